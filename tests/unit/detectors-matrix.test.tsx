// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../src/content/feature';
import { FEATURES, type FeatureId } from '../../src/features';
import { FIXTURES } from '../fixtures/index';
import { found, loadState, testEnv } from './support/fixture-dom';

vi.mock('../../src/browser', () => ({ default: { i18n: { getUILanguage: () => 'en-US' } } }));
const { REGISTRY, SITES } = await import('../../src/content/registry');

/**
 * Every detector on every fixture, in every state the fixture's header names: a panel exactly
 * where the header says, nothing anywhere else — including every detector of one site on the
 * pages of the others. Each panel found is drawn in both languages.
 */
function panelsOn(doc: Document, url: string, feature: Feature<unknown>, siteOfFixture: string, siteOfFeature: string) {
  const env = testEnv(url);
  const site = SITES[siteOfFeature as keyof typeof SITES];
  const { pathname } = new URL(url);
  // On its own site a feature runs only where its route applies, as the runner does.
  if (siteOfFixture === siteOfFeature && !feature.route(pathname)) return [];
  if (feature.region === 'row') return site.rows(doc).flatMap((row) => found(feature.detect(row, env)));
  const scope = site.scope(feature.region, doc, pathname);
  return scope ? found(feature.detect(scope, env)) : [];
}

describe('detectors × fixtures', () => {
  for (const fixture of FIXTURES) {
    for (const state of fixture.states) {
      const wanted =
        Object.entries(state.panels)
          .map(([id, n]) => `${id} ×${n}`)
          .join(', ') || 'nothing';
      const who = state.account ? `, ${state.account} account` : '';
      it(`${fixture.file}, ${state.label}${who}: ${wanted}`, () => {
        const doc = loadState(fixture, state);
        for (const { id, site } of FEATURES) {
          const feature = REGISTRY[id] as Feature<unknown>;
          const findings = panelsOn(doc, fixture.url, feature, fixture.site, site);
          expect(findings.length, id).toBe(state.panels[id as FeatureId] ?? 0);
          for (const finding of findings) {
            expect(finding.anchor.isConnected, id).toBe(true);
            expect(finding.anchor.closest('[data-oumail-help]'), `${id} anchored in a panel`).toBeNull();
            if (site !== 'outlook') {
              // Notes on Microsoft's pages go outside Microsoft's form, and inside the dialog where the header says.
              const host = finding.place === 'append' ? finding.anchor : finding.anchor.parentElement;
              expect(host?.closest('form') ?? null, `${id} inside a form`).toBeNull();
              expect(!!finding.anchor.closest('[role="dialog"]'), `${id} inside the dialog`).toBe(state.insideDialog.includes(id));
            }
            for (const lang of ['ja', 'en'] as const) {
              const box = document.createElement('div');
              render(<feature.Panel {...(finding.props as object)} lang={lang} actions={{ close() {}, turnOff() {} }} />, box);
              expect(box.querySelector('h2')?.textContent?.trim(), `${id} heading in ${lang}`).toBeTruthy();
              expect(box.querySelector('[lang]')?.getAttribute('lang'), `${id} speaks ${lang}`).toBe(lang);
              render(null, box);
            }
          }
        }
      });
    }
  }

  it('covers every feature with at least one fixture where it shows, in both languages', () => {
    for (const { id } of FEATURES) {
      for (const lang of ['ja', 'en'] as const) {
        const shows = FIXTURES.some((f) => f.lang === lang && f.states.some((s) => (s.panels[id] ?? 0) > 0));
        expect(shows, `${id} in ${lang}`).toBe(true);
      }
    }
  });
});
