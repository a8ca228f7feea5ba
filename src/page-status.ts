import browser from './browser';
import type { FeatureId } from './features';

/**
 * The popup asks the tab it opened over what the extension shows there, through the extension's
 * own messaging: no `tabs` permission (a tab's id needs none) and no host permission. A tab where
 * the content script does not run (any other site, a page that has not loaded it) answers nothing,
 * and the popup is the plain popup at once.
 */
const STATUS_REQUEST = 'oumail-help:status';

/** Per tip shown on the page: how many panels, and the props of the first (its detector's data). */
export type PageStatus = { id: FeatureId; count: number; props: unknown }[];

export function isStatusRequest(message: unknown): boolean {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === STATUS_REQUEST;
}

/** The tab the popup is about: the active tab (or `?tab=<id>` when the popup is opened as a page, as the tests do). */
async function targetTab(): Promise<number | null> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** What the page in the tab shows, or an empty list when it says nothing within half a second. */
export async function askPage(): Promise<PageStatus> {
  try {
    const tab = await targetTab();
    if (tab === null) return [];
    const reply = await Promise.race([
      browser.tabs.sendMessage(tab, { type: STATUS_REQUEST }) as Promise<unknown>,
      new Promise<null>((done) => setTimeout(() => done(null), 500)),
    ]);
    return Array.isArray(reply) ? (reply as PageStatus) : [];
  } catch {
    return []; // no content script there
  }
}
