import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json' with { type: 'json' };
import ja from '../../_locales/ja/messages.json' with { type: 'json' };
import manifest from '../../manifest.json' with { type: 'json' };
import { camelId, FEATURES, type FeatureId } from '../../src/features';
import { FIXTURES } from '../fixtures/index';

vi.mock('../../src/browser', () => ({ default: {} }));
const { REGISTRY } = await import('../../src/content/registry');

/**
 * The conventions that make a tip one thing with one name (src/features.ts): a feature that lacks
 * any of its parts fails here, by name, before any browser starts.
 */
const pascal = (id: FeatureId) => camelId(id).replace(/^./, (c) => c.toUpperCase());

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const SOURCE = filesUnder('src').filter((f) => /\.tsx?$/.test(f));
const CODE = [...SOURCE, ...['tests', 'bench', 'scripts'].flatMap(filesUnder).filter((f) => /\.(tsx?|js)$/.test(f))];
const text = new Map(CODE.map((f) => [f, readFileSync(f, 'utf8')]));

describe('every tip has all its parts, under its one name', () => {
  for (const { id } of FEATURES) {
    describe(id, () => {
      it('has a detector named for it, bound in the registry', () => {
        const file = `src/detectors/${id}.ts`;
        expect(existsSync(file), file).toBe(true);
        expect(text.get(file), file).toMatch(new RegExp(`export function ${camelId(id)}\\(`));
        expect(REGISTRY[id].detect.name).toBe(camelId(id));
        expect(REGISTRY[id].id).toBe(id);
      });

      it('has a panel named for it, bound in the registry', () => {
        const file = `src/panels/${pascal(id)}.tsx`;
        expect(existsSync(file), file).toBe(true);
        expect(text.get(file), file).toMatch(new RegExp(`export function ${pascal(id)}\\(`));
        expect(REGISTRY[id].Panel.name).toBe(pascal(id));
      });

      it('has its title, its options label and its "on this page" line in both languages', () => {
        for (const key of [`${camelId(id)}Title`, `${camelId(id)}Option`, `${camelId(id)}Status`]) {
          expect(Object.keys(ja), `ja ${key}`).toContain(key);
          expect(Object.keys(en), `en ${key}`).toContain(key);
        }
      });

      it('has a fixture that shows it, in each language', () => {
        for (const lang of ['ja', 'en']) {
          expect(
            FIXTURES.some((f) => f.lang === lang && f.states.some((s) => (s.panels[id] ?? 0) > 0)),
            lang,
          ).toBe(true);
        }
      });

      it('has a screenshot and a line in the README', () => {
        expect(
          readdirSync('docs/screenshots').some((f) => f.startsWith(`${id}-`)),
          `docs/screenshots/${id}-*.png`,
        ).toBe(true);
        expect(readFileSync('README.md', 'utf8')).toContain(`\`${id}\``);
      });
    });
  }

  it('has no detector or panel file that is not a tip, nor a tip the registry does not know', () => {
    const ids = FEATURES.map((f) => f.id as string);
    for (const file of readdirSync('src/detectors')) expect(ids, file).toContain(file.replace(/\.ts$/, ''));
    expect(Object.keys(REGISTRY).sort()).toEqual([...ids].sort());
  });
});

describe('site knowledge stays in its site folder', () => {
  /** Things only Outlook's or Microsoft's pages have: ids, the row's attributes, Settings' dialog. */
  const SITE_WORDS =
    /#MailList|ReadingPaneContainerId|data-convid|UniqueMessageBody|ModalFocusTrapZone|#i0116|#i0118|displayName|SAOTC|login\.microsoftonline|mysignins/;
  it('keeps selectors and hosts of the sites out of the generic code', () => {
    for (const file of SOURCE) {
      if (/^src\/(outlook|microsoft)\//.test(file) || file === 'src/faq/links.ts' || file === 'src/faq/sources.ts') continue;
      const code = text.get(file)!.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(SITE_WORDS.exec(code)?.[0] ?? null, file).toBeNull();
    }
  });
});

describe('the code has nothing dead', () => {
  it('exports only what some other file uses', () => {
    const dead: string[] = [];
    for (const file of SOURCE) {
      const source = text.get(file)!;
      const names = [...source.matchAll(/^export (?:async )?(?:function|const|class|type|interface|enum) (\w+)/gm)].map((m) => m[1]);
      for (const name of names) {
        const word = new RegExp(`\\b${name}\\b`);
        const used = [...text].some(([other, code]) => other !== file && word.test(code));
        if (!used) dead.push(`${relative('.', file)}: ${name}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('uses every message it ships', () => {
    const code = SOURCE.map((f) => text.get(f)!).join('\n');
    const optionKeys = new Set(FEATURES.flatMap((f) => [`${camelId(f.id)}Option`, `${camelId(f.id)}Status`]));
    const manifestKeys = new Set([...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]));
    const unused = Object.keys(ja).filter((key) => !optionKeys.has(key) && !manifestKeys.has(key) && !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
