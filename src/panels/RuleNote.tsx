import type { Carrier } from '../address/carriers';
import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { CarrierAdvice } from './CarrierAdvice';

/** Under an inbox rule that forwards: a warning when it also removes the original, else a note. */
export function RuleNote({ lang, removesOriginal, carrier }: { lang: Lang; removesOriginal: boolean; carrier: Carrier | null }) {
  return (
    <section class={`card${removesOriginal ? ' warning' : ' note-card'}`} lang={lang} aria-labelledby="rule-title">
      <h2 id="rule-title">{t(lang, removesOriginal ? 'rulesForwardRemoveTitle' : 'rulesForwardTitle')}</h2>
      <p>{t(lang, removesOriginal ? 'rulesForwardRemoveBody' : 'rulesForwardBody')}</p>
      {carrier && <CarrierAdvice lang={lang} carrier={carrier} part="fix" />}
    </section>
  );
}
