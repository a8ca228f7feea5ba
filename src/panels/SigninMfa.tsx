import type { PanelActions } from '../content/feature';
import { LINKS } from '../faq/links';
import type { Lang } from '../faq/types';
import { t } from '../i18n';
import type { SigninMfaProps } from '../detectors/signin-mfa';
import { MicrosoftPageNote } from './MicrosoftPageNote';

interface Props {
  lang: Lang;
  step: SigninMfaProps['step'];
  actions: PanelActions;
}

/**
 * Below a multi-factor step: when the check goes to an old number or phone, ask for a reset
 * (FAQ 1-3; the help center's Q1); while one can still sign in, change it oneself (FAQ 7).
 */
export function SigninMfa({ lang, step, actions }: Props) {
  return (
    <MicrosoftPageNote
      lang={lang}
      feature="signin-mfa"
      title={t(lang, 'signinMfaTitle')}
      faq={['signin-mfa', 'mfa-change']}
      actions={actions}
    >
      <p data-step={step}>{t(lang, 'signinMfaBody')}</p>
      <p>
        {t(lang, 'signinMfaHow')}{' '}
        <a href={LINKS.supportFaqJa} target="_blank" rel="noopener noreferrer">
          {t(lang, 'signinMfaLink')}
        </a>{' '}
        <span class="muted">{t(lang, 'opensInNewTab')}</span>
      </p>
      <p>{t(lang, 'signinMfaStillIn')}</p>
    </MicrosoftPageNote>
  );
}
