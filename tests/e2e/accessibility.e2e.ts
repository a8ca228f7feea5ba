import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import { fixture, openMarkerHelp, openOptions, openPage, openPopup, startSession, waitForPanels, type Session } from './harness';

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
  return page.evaluate(async (scope: string) => {
    const a = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<any> } }).axe;
    const context = scope === 'page' ? document : { include: Array.from(document.querySelectorAll('[data-oumail-help]')) };
    const result = await a.run(context, { resultTypes: ['violations'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => n.target.join(' ')) })),
    };
  }, scope);
}

function report(what: string, summary: AxeSummary): void {
  const verdict = summary.violations.length ? `${summary.violations.length} violations` : 'no violations';
  console.log(`axe: ${what}: ${summary.passes} rules passed, ${verdict}`);
  for (const v of summary.violations) console.log(`  ✗ ${v.id} (${v.impact}) at ${v.nodes.join(', ')}`);
}

const PANEL_PAGES = [
  {
    what: 'list marker (popover open) and reading-pane diagnosis, English',
    url: 'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA001%3D',
    file: 'inbox-item.en.html',
    panels: { 'bounce-row': 2, 'bounce-open': 1 },
    openMarker: true,
  },
  {
    what: 'reading-pane diagnosis, Japanese conversation view',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93Conv002',
    file: 'inbox-conversation.ja.html',
    panels: { 'bounce-row': 2, 'bounce-open': 1 },
    openMarker: false,
  },
  {
    what: '"every message bounces" notice, Japanese',
    url: 'https://outlook.office.com/mail/inbox',
    file: 'inbox-storm.ja.html',
    panels: { 'bounce-row': 6, 'bounce-storm': 1 },
    openMarker: false,
  },
  {
    what: 'forwarding warnings, English',
    url: 'https://outlook.office.com/mail/options/mail/forwarding',
    file: 'settings-forwarding.en.html',
    panels: { 'forwarding-without-copy': 1, 'forwarding-address': 1 },
    openMarker: false,
  },
  {
    what: 'forwarding warnings, Japanese',
    url: 'https://outlook.office.com/mail/options/mail/forwarding',
    file: 'settings-forwarding.ja.html',
    panels: { 'forwarding-without-copy': 1, 'forwarding-address': 1 },
    openMarker: false,
  },
  {
    what: 'inbox-rule notes, English',
    url: 'https://outlook.office.com/mail/options/mail/rules',
    file: 'settings-rules.en.html',
    panels: { 'rules-forward': 2 },
    openMarker: false,
  },
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
        const page = await openPage(session, p.url, fixture(p.file));
        await waitForPanels(page, p.panels);
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
