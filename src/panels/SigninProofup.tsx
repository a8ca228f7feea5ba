import type { PanelActions } from '../content/feature';
import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { MfaMethodChoices } from './MfaMethodChoices';
import { MicrosoftPageNote } from './MicrosoftPageNote';

interface Props {
  lang: Lang;
  actions: PanelActions;
}

/** Below "More information required": which methods OUMail offers, as FAQ 5 states them (dated). */
export function SigninProofup({ lang, actions }: Props) {
  return (
    <MicrosoftPageNote lang={lang} feature="signin-proofup" title={t(lang, 'signinProofupTitle')} faq={['mfa-methods']} actions={actions}>
      <p>{t(lang, 'signinProofupBody')}</p>
      <MfaMethodChoices lang={lang} />
    </MicrosoftPageNote>
  );
}
