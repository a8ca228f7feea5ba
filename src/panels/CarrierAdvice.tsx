import type { Carrier } from '../address/carriers';
import type { Lang } from '../faq/types';
import { t, type MessageKey } from '../i18n';

export const CARRIER_NAME: Record<Carrier, MessageKey> = {
  docomo: 'carrierDocomo',
  au: 'carrierAu',
  softbank: 'carrierSoftbank',
  ymobile: 'carrierYmobile',
};

/**
 * What the carrier itself says about forwarded mail, where we could read it on the carrier's own
 * page (sources in ./message-sources.ts). The other carriers get the university's general advice only.
 */
const CARRIER_WHY: Partial<Record<Carrier, MessageKey>> = {
  docomo: 'carrierWhyDocomo',
  au: 'carrierWhyAu',
  softbank: 'carrierWhySoftbank',
};

/**
 * The carrier's own setting for receiving forwarded mail, named as the carrier's page names it.
 * au is not here: its page says the recommended filter refuses forwarded mail, but we could not
 * confirm on an au page which setting lets it through.
 */
const CARRIER_SETTING: Partial<Record<Carrier, MessageKey>> = {
  docomo: 'carrierSettingDocomo',
  softbank: 'carrierSettingSoftbank',
};

/** What to do about a mobile carrier's filter: the same advice as FAQ 3-2, and the carrier's setting where it has one. */
export function CarrierAdvice({ lang, carrier, part }: { lang: Lang; carrier: Carrier; part: 'why' | 'fix' | 'both' }) {
  const name = t(lang, CARRIER_NAME[carrier]);
  const why = CARRIER_WHY[carrier];
  const setting = CARRIER_SETTING[carrier];
  return (
    <>
      {part !== 'fix' && (
        <p class="carrier" data-carrier={carrier}>
          {t(lang, 'carrierAdvice', name)}
        </p>
      )}
      {part !== 'fix' && why && <p>{t(lang, why)}</p>}
      {part !== 'why' && <p>{t(lang, 'carrierFix')}</p>}
      {part !== 'why' && setting && <p class="carrier-setting">{t(lang, 'carrierSetting', name, t(lang, setting))}</p>}
    </>
  );
}
