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

/** False once the extension that loaded this script has been updated, reloaded or removed. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
