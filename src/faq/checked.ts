import type { Lang } from './types';

/** The day the help's text was last checked against its sources: the one place the popup and the options page read it from. */
const TEXT_CHECKED = '2026-12-02';

/** TEXT_CHECKED as the help desk would write it: 2026年12月2日, 2 December 2026. */
export function textCheckedDate(lang: Lang): string {
  const format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${TEXT_CHECKED}T00:00:00Z`));
}
