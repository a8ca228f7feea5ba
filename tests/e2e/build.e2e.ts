import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { OUTLOOK_HOSTS } from '../../src/outlook/routes';
import { distDir } from './harness';

/** What `npm run build` wrote: two unpacked extensions from one source manifest. */
const built = (name: 'chromium' | 'firefox') => JSON.parse(readFileSync(`${distDir(name)}/manifest.json`, 'utf8')) as Record<string, any>;

describe('the builds', () => {
  it.each(['chromium', 'firefox'] as const)(
    "%s: MV3, versioned from package.json, storage only, only the hosts of Outlook and Microsoft's sign-in pages",
    (name) => {
      const m = built(name);
      expect(m.manifest_version).toBe(3);
      expect(m.version).toBe(pkg.version);
      expect(m.permissions).toEqual(['storage']);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.web_accessible_resources ?? []).toEqual([]);
      const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
      expect(matches.sort()).toEqual(
        [...OUTLOOK_HOSTS, 'login.microsoftonline.com', 'mysignins.microsoft.com'].map((h) => `https://${h}/*`).sort(),
      );
    },
  );

  it('firefox: has its gecko id and declares that it collects no data', () => {
    const gecko = built('firefox').browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('chrome: carries no Firefox-only keys', () => {
    expect(built('chromium')).not.toHaveProperty('browser_specific_settings');
  });
});

describe('npm run zip', () => {
  it('writes store archives for Chrome and Firefox and the source archive, versioned from package.json', () => {
    execFileSync('npx', ['tsx', 'scripts/zip.ts'], { stdio: 'ignore' });
    /** File names in a zip's central directory (enough to see what it holds without unpacking). */
    const entries = (file: string) => {
      const zip = readFileSync(`artifacts/${pkg.name}-${pkg.version}-${file}.zip`);
      const names: string[] = [];
      for (let i = zip.indexOf('PK\x01\x02', 0, 'latin1'); i >= 0; i = zip.indexOf('PK\x01\x02', i + 4, 'latin1')) {
        const length = zip.readUInt16LE(i + 28);
        names.push(zip.subarray(i + 46, i + 46 + length).toString('utf8'));
      }
      return names;
    };
    for (const target of ['chrome', 'firefox']) {
      const names = entries(target);
      expect(names).toContain('manifest.json');
      expect(names).toContain('_locales/ja/messages.json');
      expect(names).toContain('src/content/main.js');
      expect(names.some((n) => n.endsWith('.ts') || n.startsWith('node_modules'))).toBe(false);
    }
    const source = entries('source');
    expect(source).toContain('package-lock.json');
    expect(source).toContain('src/content/main.ts');
    expect(source.some((n) => n.startsWith('node_modules') || n.startsWith('dist/'))).toBe(false);
  });
});
