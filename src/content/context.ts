import type { Lang } from '../faq/types';
import type { Settings } from '../settings';

/** What the content script's features share: the live settings and how to change them. */
export interface Context {
  settings(): Settings;
  lang(): Lang;
  forwardingUrl(): string;
  /** Hide tips for these message keys (stored, so it holds in every tab and after a reload). */
  dismiss(keys: string[]): void;
  turnOff(key: 'listMarkers' | 'readingPane' | 'stormNotice' | 'forwardingWarnings' | 'rulesNotes'): void;
  /** Runs `fn`, counting instead of throwing any error (Outlook's page must never see ours). */
  guard(fn: () => void): void;
  isDismissed(keys: string[]): boolean;
}
