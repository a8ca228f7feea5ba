import browser from '../browser';

/**
 * One content script per page, across extension updates and reloads. A new copy (Firefox injects
 * one into open tabs on update) tells older copies to stop through a DOM event, which crosses the
 * isolated worlds of different extension loads; a copy whose extension went away (Chrome leaves
 * it running, cut off) notices on its next piece of work and stops quietly.
 */
const TAKEOVER_EVENT = 'oumail-help-takeover';

export function claimPage(): AbortController {
  const controller = new AbortController();
  // Told before listening, so this copy does not stop itself.
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  document.addEventListener(TAKEOVER_EVENT, () => controller.abort(), { signal: controller.signal });
  return controller;
}

let checkedAt = -Infinity;
let alive = true;

/**
 * False once the extension that loaded this script has been updated, reloaded or removed. Asked
 * on every batch of page changes, so the answer is kept for a second.
 */
export function extensionAlive(): boolean {
  const now = performance.now();
  if (alive && now - checkedAt < 1000) return true;
  checkedAt = now;
  try {
    alive = Boolean(browser.runtime?.id);
  } catch {
    alive = false;
  }
  return alive;
}
