import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import { ACCOUNTS, type AccountKind, fixtureNamed, openingPanels } from '../fixtures/index';
import {
  evaluateInPanels,
  openMarkerHelp,
  openOptions,
  openPage,
  openPopup,
  showAccount,
  startSession,
  waitForPanels,
  type Session,
} from './harness';

/**
 * axe-core on everything the extension shows: the popup and the options page (Chromium), and every
 * panel inside Outlook-like pages (Chromium and Firefox). Only our own UI is checked — the panels'
 * hosts and what is inside their shadow roots — not the fixtures around them.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeSummary {
  passes: number;
  violations: { id: string; impact: string; nodes: string[] }[];
}

async function axe(page: Page, scope: 'page' | 'panels'): Promise<AxeSummary> {
  await page.evaluate(axeSource);
  // The panels' roots are closed, so axe (which walks open roots through element.shadowRoot) is
  // shown each one as open, in this page's world and for this test only: the roots are exposed
  // through the automation protocol (panel-roots.ts) and shadowRoot answers with them.
  return evaluateInPanels(
    page,
    async (scope: string) => {
      const native = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!;
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get(this: Element) {
          return this.testRoot ?? native.get!.call(this);
        },
      });
      const a = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<any> } }).axe;
      const context = scope === 'page' ? document : { include: Array.from(document.querySelectorAll('[data-oumail-help]')) };
      const result = await a.run(context, { resultTypes: ['violations'] });
      return {
        passes: result.passes.length,
        violations: result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => n.target.join(' ')) })),
      };
    },
    scope,
  );
}

function report(what: string, summary: AxeSummary): void {
  const verdict = summary.violations.length ? `${summary.violations.length} violations` : 'no violations';
  console.log(`axe: ${what}: ${summary.passes} rules passed, ${verdict}`);
  for (const v of summary.violations) console.log(`  ✗ ${v.id} (${v.impact}) at ${v.nodes.join(', ')}`);
}

/** Every kind of panel, on the fixture that shows it (its panels and address from the fixtures index). */
const PANEL_PAGES: { what: string; file: string; account?: AccountKind; openMarker?: boolean }[] = [
  { what: 'list marker (popover open) and reading-pane diagnosis, English', file: 'inbox-item.en.html', openMarker: true },
  { what: 'reading-pane diagnosis, Japanese conversation view', file: 'inbox-conversation.ja.html' },
  { what: '"every message bounces" notice, Japanese', file: 'inbox-storm.ja.html' },
  { what: 'forwarding warnings, English', file: 'settings-forwarding.en.html' },
  { what: 'forwarding warnings, Japanese', file: 'settings-forwarding.ja.html' },
  { what: 'inbox-rule notes, English', file: 'settings-rules.en.html' },
  { what: 'sign-in: a mistyped address, English', file: 'signin-username.en.html', account: 'oumail-mistyped' },
  { what: 'sign-in: a wrong password, Japanese', file: 'signin-password-error.ja.html', account: 'oumail' },
  { what: 'sign-in: "More information required", Japanese', file: 'signin-proofup.ja.html', account: 'oumail' },
  { what: 'Security info: the phone step, Japanese', file: 'security-info-phone.ja.html', account: 'oumail' },
];

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`accessibility in ${name}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(name);
    });
    afterAll(() => session?.close());

    for (const p of PANEL_PAGES) {
      it(`panels pass axe: ${p.what}`, async () => {
        const f = fixtureNamed(p.file);
        const page = await openPage(session, f.url, f.html);
        if (p.account) await showAccount(page, ACCOUNTS[p.account]);
        await waitForPanels(page, openingPanels(f, p.account));
        if (p.openMarker) await openMarkerHelp(page);
        const summary = await axe(page, 'panels');
        report(`${name}, ${p.what}`, summary);
        expect(summary.violations).toEqual([]);
        await page.close();
      });
    }

    if (name === 'chromium') {
      it('the popup passes axe, searching and showing an answer', async () => {
        const popup = await openPopup(session);
        await popup.type('input[role="combobox"]', 'docomo');
        await popup.waitForSelector('[role="option"]');
        const searching = await axe(popup, 'page');
        report('chromium, popup with results', searching);
        await popup.keyboard.press('Enter');
        await popup.waitForSelector('article.answer');
        const answer = await axe(popup, 'page');
        report('chromium, popup answer', answer);
        await popup.click('input[role="combobox"]').catch(() => undefined);
        expect([...searching.violations, ...answer.violations]).toEqual([]);
        await popup.close();
      });

      it('the options page passes axe', async () => {
        const options = await openOptions(session);
        const summary = await axe(options, 'page');
        report('chromium, options page', summary);
        expect(summary.violations).toEqual([]);
        await options.close();
      });
    }
  });
}
