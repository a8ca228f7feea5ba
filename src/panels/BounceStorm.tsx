import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { Announce } from './Announce';
import { FaqAnswerDetails } from './FaqAnswerDetails';
import { TipActions } from './TipActions';

interface Props {
  lang: Lang;
  count: number;
  forwardingUrl: string;
  onClose: () => void;
  onTurnOff: () => void;
}

/** Said once, above the list, when most messages on screen are bounces. */
export function BounceStorm({ lang, count, forwardingUrl, onClose, onTurnOff }: Props) {
  return (
    <section class="card storm" lang={lang} aria-labelledby="storm-title">
      <h2 id="storm-title">{t(lang, 'bounceStormTitle')}</h2>
      <Announce text={`${t(lang, 'helpName')}: ${t(lang, 'bounceStormTitle')}`} />
      <p>{t(lang, 'bounceStormBody', count)}</p>
      <p>
        <a class="primary" href={forwardingUrl}>{t(lang, 'openForwarding')}</a>
      </p>
      <FaqAnswerDetails lang={lang} id="undeliverable" />
      <TipActions lang={lang} onTurnOff={onTurnOff} />
      <button type="button" class="close" aria-label={t(lang, 'close')} title={t(lang, 'close')} onClick={onClose}>
        ×
      </button>
    </section>
  );
}
