import type { Lang } from '../faq/types';
import { t } from '../i18n';

/**
 * In Microsoft Edge, where extensions cannot run on *.cloud.microsoft since Edge 150 (July 2026;
 * microsoft/MicrosoftEdge-Extensions issue 644): what works, and how to get Outlook's tips back.
 * Told from the browser's own brand list (or its user agent where that list is missing).
 */
export function isEdge(nav: Navigator = navigator): boolean {
  const brands = (nav as Navigator & { userAgentData?: { brands?: { brand: string }[] } }).userAgentData?.brands;
  if (brands?.length) return brands.some((b) => b.brand === 'Microsoft Edge');
  return / Edg\//.test(nav.userAgent);
}

export function EdgeNote({ lang }: { lang: Lang }) {
  if (!isEdge()) return null;
  return (
    <p class="edge-note" role="note">
      {t(lang, 'edgeNote')}
    </p>
  );
}
