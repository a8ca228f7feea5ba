import { useState } from 'preact/hooks';
import { tipEntry, type TipEntryId } from '../faq/tips';
import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { FaqBlocks } from '../ui/FaqBlocks';

/**
 * The matching FAQ answer, folded: the panels' link to the FAQ (the popup cannot be opened from a
 * page). The answer is drawn when first unfolded: every bounce row carries one, and most are never
 * opened.
 */
export function FaqAnswerDetails({ lang, id }: { lang: Lang; id: TipEntryId }) {
  const [opened, setOpened] = useState(false);
  const faq = tipEntry(id, lang);
  return (
    <details class="faq" data-faq={id} onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary>{t(lang, 'faqShow', faq.title)}</summary>
      {opened && <FaqBlocks blocks={faq.body} />}
    </details>
  );
}
