import type { PanelProps } from '../content/feature';
import type { BounceStormProps } from '../detectors/bounce-storm';
import { t } from '../i18n';
import { Announce } from './Announce';
import { FaqAnswerDetails } from './FaqAnswerDetails';
import { TipActions } from './TipActions';

/** Said once, above the list, when most messages on screen are bounces. */
export function BounceStorm({ lang, count, forwardingUrl, actions }: PanelProps<BounceStormProps>) {
  return (
    <section class="card storm" lang={lang} aria-labelledby="storm-title">
      <h2 id="storm-title">{t(lang, 'bounceStormTitle')}</h2>
      <Announce text={`${t(lang, 'helpName')}: ${t(lang, 'bounceStormTitle')}`} />
      <p>{t(lang, 'bounceStormBody', count)}</p>
      <p>
        <a class="primary" href={forwardingUrl}>
          {t(lang, 'openForwarding')}
        </a>
      </p>
      <FaqAnswerDetails lang={lang} id="undeliverable" />
      <TipActions lang={lang} actions={actions} />
      <button type="button" class="close" aria-label={t(lang, 'close')} title={t(lang, 'close')} onClick={actions.close}>
        ×
      </button>
    </section>
  );
}
