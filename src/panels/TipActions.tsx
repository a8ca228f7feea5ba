import type { Lang } from '../faq/types';
import { t } from '../i18n';

/** The ways to put a tip away: for this message only, or all tips of this kind (kept in storage). */
export function TipActions({ lang, onHide, onTurnOff }: { lang: Lang; onHide?: () => void; onTurnOff: () => void }) {
  return (
    <div class="actions">
      {onHide && (
        <button type="button" class="quiet" onClick={onHide}>
          {t(lang, 'hideForMessage')}
        </button>
      )}
      <button type="button" class="quiet" onClick={onTurnOff}>
        {t(lang, 'turnOffTips')}
      </button>
    </div>
  );
}
