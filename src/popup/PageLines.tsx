import { camelId, FEATURES, type FeatureId } from '../features';
import type { FaqId, Lang } from '../faq/types';
import { t, type MessageKey } from '../i18n';
import type { PageStatus } from '../page-status';

/**
 * "On this page": what the extension shows in the tab the popup opened over, one line per tip,
 * each opening the tip's FAQ answer here in the popup. Nothing when the tab shows nothing.
 */
export function PageLines({ lang, status, onOpen }: { lang: Lang; status: PageStatus; onOpen: (id: FaqId) => void }) {
  if (status.length === 0) return null;
  return (
    <section class="page-status" aria-labelledby="page-status-heading">
      <h2 id="page-status-heading">{t(lang, 'pageStatusHeading')}</h2>
      <ul>
        {status.map((tip) => (
          <li key={tip.id} data-tip={tip.id}>
            <button type="button" class="page-line" onClick={() => onOpen(faqOf(tip.id))}>
              <span>{lineOf(lang, tip)}</span>
              <span class="open">{t(lang, 'pageStatusOpen')}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function faqOf(id: FeatureId): FaqId {
  return FEATURES.find((f) => f.id === id)!.faq;
}

/** What the line says: the tip's own `…Status` message, with its count (`…StatusOne` for one) or the address that failed. */
function lineOf(lang: Lang, { id, count, props }: PageStatus[number]): string {
  const key: MessageKey = `${camelId(id)}Status`;
  if (id === 'bounce-open') {
    const address = (props as { report?: { recipients?: { address?: string }[] } } | undefined)?.report?.recipients?.[0]?.address;
    return address ? t(lang, key, address) : t(lang, 'bounceOpenTitle');
  }
  if (count === 1 && id === 'bounce-row') return t(lang, 'bounceRowStatusOne');
  if (count === 1 && id === 'rules-forward') return t(lang, 'rulesForwardStatusOne');
  return t(lang, key, count);
}
