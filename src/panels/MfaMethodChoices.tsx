import type { Lang } from '../faq/types';
import { t } from '../i18n';

/**
 * FAQ 5's three methods, in its order, with its dated note (as of April 2022): shared by the
 * "More information required" note and the Security info notes.
 */
export function MfaMethodChoices({ lang }: { lang: Lang }) {
  return (
    <>
      <p>{t(lang, 'mfaMethodsIntro')}</p>
      <ol>
        <li>{t(lang, 'mfaMethodsCall')}</li>
        <li>{t(lang, 'mfaMethodsSms')}</li>
        <li>{t(lang, 'mfaMethodsApp')}</li>
      </ol>
      <p class="note">{t(lang, 'mfaMethodsApril2022')}</p>
    </>
  );
}
