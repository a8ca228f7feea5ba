import { textCheckedDate } from '../faq/checked';
import { LINKS } from '../faq/links';
import type { Lang } from '../faq/types';
import { t } from '../i18n';

/** Which FAQ the help comes from (with its link) and when its text was last checked: the popup's and the options page's footer. */
export function Provenance({ lang }: { lang: Lang }) {
  return (
    <footer class="provenance">
      <a href={LINKS.supportFaqJa} target="_blank" rel="noopener noreferrer">
        {t(lang, 'provenanceSource')}
        <span class="visually-hidden"> {t(lang, 'opensInNewTab')}</span>
      </a>
      <br />
      {t(lang, 'provenanceChecked', textCheckedDate(lang))}
    </footer>
  );
}
