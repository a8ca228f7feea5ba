import { forwardingSettingsUrl, isOutlookHost } from '../outlook/routes';
import { addDismissed, isDismissed, loadSettings, onSettingsChanged, saveSetting, withDismissed, type Settings } from '../settings';
import { bounceList } from './bounce-list';
import { bounceReading } from './bounce-reading';
import { forwardingSettings } from './forwarding';
import type { Context } from './context';
import { panelLang } from './language';
import { HOST_TAG } from './host';
import { claimPage, extensionAlive } from './lifecycle';
import { observePage } from './observer';

/**
 * The content script's entry point. It runs on every Outlook page, so it does nothing costly at
 * start. After an extension update or reload, the newest copy takes over and older ones stop and
 * remove what they showed (lifecycle.ts); the mark on <html> says a copy is running.
 */
export const LOADED_ATTRIBUTE = 'data-oumail-help-loaded';
export const ERRORS_ATTRIBUTE = 'data-oumail-help-errors';

async function start(): Promise<void> {
  if (!isOutlookHost(location.hostname)) return;
  const root = document.documentElement;
  const controller = claimPage();
  root.setAttribute(LOADED_ATTRIBUTE, '');
  // A copy that was cut off without a word (Firefox unloads the old script outright) may have left
  // its panels behind: once, at start, clear them; this copy draws its own.
  for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();

  // Listen before reading, so a change made while the first read is under way is not lost.
  let ready = false;
  let early: Settings | null = null;
  const stopSettings = onSettingsChanged((next) => (ready ? apply(next) : (early = next)));
  let settings: Settings = await loadSettings();
  if (controller.signal.aborted) return stopSettings(); // a newer copy arrived meanwhile
  const ctx: Context = {
    settings: () => settings,
    lang: () => panelLang(settings.language),
    forwardingUrl: () => forwardingSettingsUrl(location),
    isDismissed: (keys) => isDismissed(settings.dismissed, keys),
    dismiss(keys) {
      apply({ ...settings, dismissed: withDismissed(settings.dismissed, keys) });
      void addDismissed(keys);
    },
    guard: guarded,
    turnOff(key) {
      apply({ ...settings, [key]: false });
      void saveSetting(key, false);
    },
  };

  function guarded(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      // Never let a surprise in Outlook's page stop the observer or reach Outlook's own code. The
      // count on <html> lets the real-browser tests see errors that never reach the page.
      console.error('OUMail Help:', error);
      root.setAttribute(ERRORS_ATTRIBUTE, String(Number(root.getAttribute(ERRORS_ATTRIBUTE) ?? 0) + 1));
    }
  }
  const list = bounceList(ctx);
  const reading = bounceReading(ctx);
  const forwarding = forwardingSettings(ctx);
  function apply(next: Settings): void {
    if (controller.signal.aborted) return; // a late answer from storage after this copy stopped
    settings = next;
    guarded(() => list.refresh());
    guarded(() => reading.refresh());
    guarded(() => forwarding.refresh());
  }

  controller.signal.addEventListener('abort', () => {
    list.stop();
    reading.stop();
    forwarding.stop();
    try {
      stopSettings();
    } catch {
      // The extension is gone: its listeners went with it.
    }
  });
  guarded(() => list.start());
  guarded(() => reading.update());
  guarded(() => forwarding.start(controller.signal));
  observePage((changes) => {
    if (!extensionAlive()) return controller.abort();
    guarded(() => list.update(changes));
    if (changes.pane || changes.route) guarded(() => reading.update());
    if (changes.settings || changes.route) forwarding.schedule();
  }, controller.signal);
  ready = true;
  if (early) apply(early);
}

void start();
