import { tipEntry, type TipEntryId } from '../faq/tips';
import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { FaqBlocks } from '../ui/FaqBlocks';

/** The matching FAQ answer, folded: the panels' link to the FAQ (the popup cannot be opened from a page). */
export function FaqAnswerDetails({ lang, id }: { lang: Lang; id: TipEntryId }) {
  const faq = tipEntry(id, lang);
  return (
    <details class="faq" data-faq={id}>
      <summary>
        {t(lang, 'faqShow')}: {faq.title}
      </summary>
      <FaqBlocks blocks={faq.body} />
    </details>
  );
}
