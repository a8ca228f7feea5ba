import type { PanelActions } from '../content/feature';
import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { MicrosoftPageNote } from './MicrosoftPageNote';

interface Props {
  lang: Lang;
  actions: PanelActions;
}

/** Below the phone step of Security info: the leading 0, and the advice for going abroad (FAQ 6). */
export function SecurityInfoPhone({ lang, actions }: Props) {
  return (
    <MicrosoftPageNote
      lang={lang}
      feature="security-info-phone"
      title={t(lang, 'securityInfoPhoneTitle')}
      faq={['mfa-phone-zero']}
      actions={actions}
    >
      <p>{t(lang, 'securityInfoPhoneBody')}</p>
      <p>{t(lang, 'securityInfoPhoneAbroad')}</p>
    </MicrosoftPageNote>
  );
}
