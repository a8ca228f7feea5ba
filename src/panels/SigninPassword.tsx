import type { PanelActions } from '../content/feature';
import { HELP_DESK } from '../faq/links';
import type { Lang } from '../faq/types';
import { t } from '../i18n';
import type { SigninPasswordProps } from '../detectors/signin-password';
import { MicrosoftPageNote } from './MicrosoftPageNote';

interface Props {
  lang: Lang;
  error: SigninPasswordProps['error'];
  actions: PanelActions;
}

/**
 * Below the password step after Microsoft turned the password down: FAQ 1-2 and 2 (the same
 * password as the IT authentication system, the hour it takes to reach OUMail, another browser or
 * the cache), then whom to ask (the help desk at the end of the seed FAQ). When Microsoft says an
 * old password was typed, the hour it takes a change to arrive is what matters: it stands out.
 */
export function SigninPassword({ lang, error, actions }: Props) {
  return (
    <MicrosoftPageNote
      lang={lang}
      feature="signin-password"
      title={t(lang, 'signinPasswordTitle')}
      faq={['signin-password', 'password']}
      actions={actions}
    >
      <p>{t(lang, 'signinPasswordSame')}</p>
      <ul>
        <li class={error === 'old-password' ? 'fix' : undefined}>{t(lang, 'signinPasswordHour')}</li>
        <li>{t(lang, 'signinPasswordBrowser')}</li>
        <li>{t(lang, 'signinPasswordForgot')}</li>
      </ul>
      <p>{t(lang, 'signinPasswordAsk', HELP_DESK.email, HELP_DESK.phones.join(lang === 'ja' ? '、' : ', '))}</p>
    </MicrosoftPageNote>
  );
}
