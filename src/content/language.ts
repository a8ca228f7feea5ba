import type { Lang } from '../faq/types';
import { browserLang } from '../i18n';
import type { LanguagePreference } from '../settings';

/**
 * The language panels speak: the user's choice, else the page's own UI language (a student may run
 * an English browser with Outlook in Japanese), else the browser's.
 */
export function panelLang(preference: LanguagePreference, pageLanguage: string): Lang {
  if (preference !== 'auto') return preference;
  const page = pageLanguage.toLowerCase();
  if (page) return page.startsWith('ja') ? 'ja' : 'en';
  return browserLang();
}
