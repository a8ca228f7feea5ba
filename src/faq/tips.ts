import { forwardMissing as forwardMissingEn, undeliverable as undeliverableEn } from './entries.en';
import { forwardMissing as forwardMissingJa, undeliverable as undeliverableJa } from './entries.ja';
import type { FaqEntry, Lang } from './types';

/**
 * The FAQ entries the panels inside Outlook show. Imported one by one so the content script, which
 * runs on every Outlook page, does not carry the whole FAQ.
 */
export type TipEntryId = 'undeliverable' | 'forward-missing';

const TIPS: Record<Lang, Record<TipEntryId, FaqEntry>> = {
  ja: { undeliverable: undeliverableJa, 'forward-missing': forwardMissingJa },
  en: { undeliverable: undeliverableEn, 'forward-missing': forwardMissingEn },
};

export function tipEntry(id: TipEntryId, lang: Lang): FaqEntry {
  return TIPS[lang][id];
}
