import { FEATURES, type FeatureId, type Site } from '../features';
import {
  addDismissed,
  isDismissed,
  isManaged,
  loadPolicy,
  NO_POLICY,
  type Policy,
  loadSettings,
  onSettingsChanged,
  saveSetting,
  withDismissed,
  type Settings,
} from '../settings';
import browser from '../browser';
import { isStatusRequest } from '../page-status';
import { HOST_CLASS } from './host';
import { panelLang } from './language';
import { claimPage, extensionAlive } from './lifecycle';
import { observePage } from './observer';
import { REGISTRY, SITES } from './registry';
import { runFeatures } from './runner';

/**
 * The content script's entry point. It runs on every page of the sites it knows, so it does
 * nothing costly at start: it finds its site, reads the settings, and runs that site's features
 * (registry.ts) whenever the one observer says what they look at changed. After an extension
 * update or reload, the newest copy takes over and older ones stop and remove what they showed
 * (lifecycle.ts).
 *
 * A page never learns from us that the extension is installed, until a tip shows. Only in a
 * browser driven by automation (navigator.webdriver: the real-browser tests) does it say on
 * <html> that it runs and how many errors it caught, and, when asked (the SETTLE_EVENT), that it
 * has finished the work asked of it so far.
 */
const AUTOMATED = navigator.webdriver === true;
const LOADED_ATTRIBUTE = 'data-oumail-help-loaded';
const ERRORS_ATTRIBUTE = 'data-oumail-help-errors';
const SETTLED_ATTRIBUTE = 'data-oumail-help-settled';
const SETTLE_EVENT = 'oumail-help-settle';

async function start(): Promise<void> {
  const siteName = (Object.keys(SITES) as Site[]).find((name) => SITES[name].hosts.includes(location.hostname));
  const site = siteName && SITES[siteName];
  if (!site) return;
  const root = document.documentElement;
  const controller = claimPage();
  if (AUTOMATED) root.setAttribute(LOADED_ATTRIBUTE, '');
  // A copy that was cut off without a word (Firefox unloads the old script outright) may have left
  // its panels behind: once, at start, clear them; this copy draws its own.
  for (const stale of document.querySelectorAll(`.${HOST_CLASS}[data-oumail-help]`)) stale.remove();

  // Listen before reading, so a change made while the first read is under way is not lost.
  let ready = false;
  let early: Settings | null = null;
  let policy: Policy = NO_POLICY;
  // (A policy that changes while the page is open, an administrator's new rule, is followed too.)
  const stopSettings = onSettingsChanged((next) => {
    void loadPolicy().then((nextPolicy) => {
      policy = nextPolicy;
      if (ready) apply(next);
      else early = next;
    });
  });
  let settings: Settings;
  [settings, policy] = await Promise.all([loadSettings(), loadPolicy()]);
  if (controller.signal.aborted) return stopSettings(); // a newer copy arrived meanwhile

  function guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      // Never let a surprise in the page stop the observer or reach the page's own code. The count
      // on <html> lets the real-browser tests see errors that never reach the page.
      console.error('OUMail Help:', error);
      if (AUTOMATED) root.setAttribute(ERRORS_ATTRIBUTE, String(Number(root.getAttribute(ERRORS_ATTRIBUTE) ?? 0) + 1));
    }
  }

  /** Features whose last hide or turn-off storage refused to save. */
  const saveFailures = new Set<FeatureId>();
  /**
   * A test asked "tell me when you are done" (the token of its request): answered once the batch
   * of changes that carried the request is handled and nothing is left to do — no timer pending,
   * no route unseen. Nothing at all is done here for a page under no automation.
   */
  let asked: string | null = null;
  if (AUTOMATED) {
    document.addEventListener(SETTLE_EVENT, (event) => {
      asked = String((event as CustomEvent).detail);
    });
  }
  function settled(): void {
    if (asked === null) return;
    if (runner.busy() || (!!observed && observed.seen() !== location.href)) return;
    root.setAttribute(SETTLED_ATTRIBUTE, asked);
    asked = null;
  }
  let observed: { seen(): string } | null = null;

  const features = FEATURES.filter((f) => f.site === siteName).map((f) => REGISTRY[f.id]);
  const runner = runFeatures(
    site,
    features,
    {
      settings: () => settings,
      lang: () => panelLang(settings.language, site.uiLanguage(document)),
      isDismissed: (keys) => isDismissed(settings.dismissed, keys),
      dismiss(id, keys) {
        const before = settings.dismissed;
        apply({ ...settings, dismissed: withDismissed(settings.dismissed, keys) });
        addDismissed(keys).then(
          () => saveFailures.delete(id),
          () => {
            // Storage refused (its quota, its writes per minute): the tip comes back and says so.
            saveFailures.add(id);
            apply({ ...settings, dismissed: before });
          },
        );
      },
      turnOff(id) {
        apply({ ...settings, [id]: false });
        saveSetting(id, false).then(
          () => saveFailures.delete(id),
          () => {
            saveFailures.add(id);
            apply({ ...settings, [id]: true });
          },
        );
      },
      saveFailed: (id) => saveFailures.has(id),
      canTurnOff: (id) => !isManaged(id, policy),
      guard,
      settled,
    },
    controller.signal,
  );

  function apply(next: Settings): void {
    if (controller.signal.aborted) return; // a late answer from storage after this copy stopped
    settings = next;
    runner.all();
  }

  // The popup asks what this page shows; the answer is what the runner already holds (no scan).
  const answer = (message: unknown) => (isStatusRequest(message) ? Promise.resolve(runner.status()) : undefined);
  browser.runtime.onMessage.addListener(answer);

  controller.signal.addEventListener('abort', () => {
    runner.stop();
    try {
      browser.runtime.onMessage.removeListener(answer);
      stopSettings();
    } catch {
      // The extension is gone: its listeners went with it.
    }
  });
  runner.all();
  observed = observePage(
    site,
    (changes) => {
      if (!extensionAlive()) return controller.abort();
      runner.update(changes);
    },
    controller.signal,
    settled,
  );
  ready = true;
  if (early) apply(early);
}

void start();
