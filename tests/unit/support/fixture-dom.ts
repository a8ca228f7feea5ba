import type { Env, Finding, Findings } from '../../../src/content/feature';
import { ACCOUNTS, showAccount, type Fixture, type FixtureState } from '../../fixtures/index';

/**
 * A fixture as the content script would find it, in the unit tests' DOM (happy-dom): parsed, with
 * the account of the state shown where the page shows accounts, and the page functions the state
 * names called. DOMParser runs no page script, so what a fixture's own script does on opening is
 * done here: Outlook's Settings opens over the mail view when the page is served at an options
 * route (the fixtures' DOMContentLoaded handler).
 */
export function loadState(fixture: Fixture, state: FixtureState): Document {
  const doc = new DOMParser().parseFromString(fixture.html, 'text/html');
  if (fixture.site === 'outlook' && new URL(fixture.url).pathname.includes('/options/')) {
    const template = doc.getElementById('settings') as HTMLTemplateElement | null;
    if (template) doc.body.append(template.content.cloneNode(true));
  }
  if (state.account) showAccount(doc, ACCOUNTS[state.account]);
  runCalls(doc, fixture.html, state.calls);
  return doc;
}

/** Runs the fixture's own page script against `doc` (with a stand-in window) and calls its page functions. */
function runCalls(doc: Document, html: string, calls: string[]): void {
  if (calls.length === 0) return;
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('the fixture names page functions but has no page script');
  const page: Record<string, (arg?: string) => void> = {};
  new Function('window', 'document', script)(page, doc);
  for (const call of calls) {
    const m = /^(__\w+)\((?:'([\w-]*)')?\)$/.exec(call);
    if (!m || !page[m[1]]) throw new Error(`unreadable page call ${call}`);
    page[m[1]](m[2]);
  }
}

/** What a detector may know besides the DOM: a page that just opened, nobody typing or pressing. */
export function testEnv(url: string, overrides: Partial<Env> = {}): Env {
  const { origin, pathname } = new URL(url);
  return {
    url: { origin, pathname },
    showing: () => false,
    previous: () => undefined,
    typing: () => false,
    pressedSince: () => null,
    focus: null,
    rows: null,
    changedIn: () => true,
    ...overrides,
  };
}

/** A detector's findings, with HOLD ("still typing") as none. */
export function found<P>(findings: Findings<P>): Finding<P>[] {
  return Array.isArray(findings) ? findings : [];
}
