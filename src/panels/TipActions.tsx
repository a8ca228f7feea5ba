import type { PanelActions } from '../content/feature';
import type { Lang } from '../faq/types';
import { t } from '../i18n';

/**
 * The ways to put a tip away: for this message only (where the tip allows it), or all tips of this
 * kind (kept in storage). `before` runs first (a popover closes itself).
 */
export function TipActions({ lang, actions, before }: { lang: Lang; actions: PanelActions; before?: () => void }) {
  const { hide, turnOff, saveFailed } = actions;
  return (
    <div class="actions">
      {saveFailed && (
        <p class="save-failed" role="alert">
          {t(lang, 'saveFailed')}
        </p>
      )}
      {hide && (
        <button
          type="button"
          class="quiet"
          onClick={(event) => {
            before?.();
            hide(event);
          }}
        >
          {t(lang, 'hideForMessage')}
        </button>
      )}
      {turnOff && (
        <button
          type="button"
          class="quiet"
          onClick={(event) => {
            before?.();
            turnOff(event);
          }}
        >
          {t(lang, 'turnOffTips')}
        </button>
      )}
    </div>
  );
}
