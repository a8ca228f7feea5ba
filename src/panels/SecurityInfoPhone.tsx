import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { MicrosoftPageNote } from './MicrosoftPageNote';

interface Props {
  lang: Lang;
  onClose: () => void;
  onTurnOff: () => void;
}

/** Below the phone step of Security info: the leading 0, and the advice for going abroad (FAQ 6). */
export function SecurityInfoPhone({ lang, onClose, onTurnOff }: Props) {
  return (
    <MicrosoftPageNote lang={lang} feature="security-info-phone" title={t(lang, 'securityInfoPhoneTitle')} faq={['mfa-phone-zero']}
      onClose={onClose} onTurnOff={onTurnOff}>
      <p>{t(lang, 'securityInfoPhoneBody')}</p>
      <p>{t(lang, 'securityInfoPhoneAbroad')}</p>
    </MicrosoftPageNote>
  );
}
