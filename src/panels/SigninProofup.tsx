import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { MfaMethodChoices } from './MfaMethodChoices';
import { MicrosoftPageNote } from './MicrosoftPageNote';

interface Props {
  lang: Lang;
  onClose: () => void;
  onTurnOff: () => void;
}

/** Below "More information required": which methods OUMail offers, as FAQ 5 states them (dated). */
export function SigninProofup({ lang, onClose, onTurnOff }: Props) {
  return (
    <MicrosoftPageNote lang={lang} feature="signin-proofup" title={t(lang, 'signinProofupTitle')} faq={['mfa-methods']}
      onClose={onClose} onTurnOff={onTurnOff}>
      <p>{t(lang, 'signinProofupBody')}</p>
      <MfaMethodChoices lang={lang} />
    </MicrosoftPageNote>
  );
}
