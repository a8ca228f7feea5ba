import browser from '../browser';

/**
 * One content script per page, across extension updates and reloads. A copy whose extension went
 * away (updated, reloaded or removed: Chrome leaves the old script running, cut off) stops quietly
 * and takes its panels with it. A new copy says it has arrived with a DOM event, which crosses the
 * isolated worlds of different extension loads; the event only makes older copies look at their
 * own extension. A page can send the same event, but it cannot make a live copy's extension go
 * away, so it cannot switch the extension off.
 */
const TAKEOVER_EVENT = 'oumail-help-takeover';

export function claimPage(): AbortController {
  const controller = new AbortController();
  // Told before listening, so this copy does not hear itself.
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  document.addEventListener(
    TAKEOVER_EVENT,
    () => {
      if (!extensionAlive(true)) controller.abort();
    },
    { signal: controller.signal },
  );
  return controller;
}

let checkedAt = Number.NEGATIVE_INFINITY;
let alive = true;

/**
 * False once the extension that loaded this script has been updated, reloaded or removed. Asked
 * on every batch of page changes, so the answer is kept for a second unless `now` is asked for.
 */
export function extensionAlive(now = false): boolean {
  const t = performance.now();
  if (alive && !now && t - checkedAt < 1000) return true;
  checkedAt = t;
  try {
    alive = Boolean(browser.runtime?.id);
  } catch {
    alive = false;
  }
  return alive;
}
