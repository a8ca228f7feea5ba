import { CARRIERS_WITH_FORWARD_SETTING, type Carrier } from '../address/carriers';
import type { Lang } from '../faq/types';
import { t, type MessageKey } from '../i18n';

export const CARRIER_NAME: Record<Carrier, MessageKey> = {
  docomo: 'carrierDocomo',
  au: 'carrierAu',
  softbank: 'carrierSoftbank',
  ymobile: 'carrierYmobile',
};

/** The carrier's own setting for forwarded mail (../shared/outlook/bounces.md §1d, with sources). */
const CARRIER_SETTING: Partial<Record<Carrier, MessageKey>> = {
  docomo: 'carrierSettingDocomo',
  au: 'carrierSettingAu',
  softbank: 'carrierSettingSoftbank',
};

/** What to do about a mobile carrier's filter (FAQ 3-2), and the carrier's setting where it has one. */
export function CarrierAdvice({ lang, carrier, part }: { lang: Lang; carrier: Carrier; part: 'why' | 'fix' | 'both' }) {
  const name = t(lang, CARRIER_NAME[carrier]);
  const setting = CARRIERS_WITH_FORWARD_SETTING.includes(carrier) ? CARRIER_SETTING[carrier] : undefined;
  return (
    <>
      {part !== 'fix' && <p class="carrier" data-carrier={carrier}>{t(lang, 'carrierAdvice', name)}</p>}
      {part !== 'why' && <p>{t(lang, 'carrierFix')}</p>}
      {part !== 'why' && setting && <p class="carrier-setting">{t(lang, 'carrierSetting', name, t(lang, setting))}</p>}
    </>
  );
}
