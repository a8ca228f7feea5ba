import type { Lang } from '../faq/types';
import { browserLang } from '../i18n';
import { outlookLanguage } from '../outlook/dom';
import type { LanguagePreference } from '../settings';

/**
 * The language panels speak: the user's choice, else Outlook's own UI language (a student may run
 * an English browser with Outlook in Japanese), else the browser's.
 */
export function panelLang(preference: LanguagePreference): Lang {
  if (preference !== 'auto') return preference;
  const outlook = outlookLanguage().toLowerCase();
  if (outlook) return outlook.startsWith('ja') ? 'ja' : 'en';
  return browserLang();
}
