import { FAQ_EN } from './entries.en';
import { FAQ_JA } from './entries.ja';
import type { FaqEntry, FaqId, Lang } from './types';

export const FAQ: Record<Lang, readonly FaqEntry[]> = { ja: FAQ_JA, en: FAQ_EN };

export function faqEntry(id: FaqId, lang: Lang): FaqEntry {
  const entry = FAQ[lang].find((e) => e.id === id);
  if (!entry) throw new Error(`No FAQ entry ${id} in ${lang}`);
  return entry;
}
