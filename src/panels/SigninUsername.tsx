import type { PanelActions } from '../content/feature';
import type { OumailAccount, OumailAccountKind } from '../address/oumail-account';
import { LINKS } from '../faq/links';
import type { Lang } from '../faq/types';
import { t, type MessageKey } from '../i18n';
import type { UsernameError } from '../microsoft/signin';
import { MicrosoftPageNote } from './MicrosoftPageNote';

interface Props {
  lang: Lang;
  account: OumailAccount;
  microsoftError: UsernameError | null;
  actions: PanelActions;
}

/** What is wrong with the address as typed (FAQ 1-1; the help center's Q1). */
const KIND_TEXT: Partial<Record<OumailAccountKind, MessageKey>> = {
  'missing-ecs': 'signinUsernameMissingEcs',
  'ecs-typo': 'signinUsernameEcsTypo',
  'full-width': 'signinUsernameFullWidth',
  space: 'signinUsernameSpace',
  'no-domain': 'signinUsernameNoDomain',
  'no-id': 'signinUsernameNoId',
  alumni: 'signinUsernameAlumni',
};

/**
 * For a well-formed OUMail address that Microsoft turned down: what its message means (help
 * center Q1). "May be incorrect" → the personal ID, or an alumni address; "does not exist" →
 * another browser, or the cache and cookies.
 */
const OUMAIL_ERROR_TEXT: Record<UsernameError, MessageKey> = {
  'may-be-incorrect': 'signinUsernameErrorPersonalId',
  'not-found': 'signinUsernameErrorNotExist',
  'no-such-microsoft-account': 'signinUsernameErrorNotExist',
  invalid: 'signinUsernameErrorCheckId',
  other: 'signinUsernameErrorCheckId',
};

/** Beside the username step: the OUMail address form, which part is wrong, and what to type. */
export function SigninUsername({ lang, account, microsoftError, actions }: Props) {
  const kindText = KIND_TEXT[account.kind];
  return (
    <MicrosoftPageNote
      lang={lang}
      feature="signin-username"
      title={t(lang, 'signinUsernameTitle')}
      faq={['signin-email']}
      actions={actions}
    >
      {kindText && (
        <p class="issue" data-issue={account.kind}>
          {t(lang, kindText)}
        </p>
      )}
      {account.kind === 'oumail' && microsoftError && (
        <p class="issue" data-issue={`oumail-${microsoftError}`}>
          {t(lang, OUMAIL_ERROR_TEXT[microsoftError])}
        </p>
      )}
      {account.suggestion && <p class="suggestion">{t(lang, 'signinUsernameSuggestion', account.suggestion)}</p>}
      <p>{t(lang, 'signinUsernameForm')}</p>
      {account.kind !== 'oumail' && microsoftError && <p>{t(lang, 'signinUsernameErrorRetype')}</p>}
      <p>
        <a href={LINKS.helpCenterSignIn} target="_blank" rel="noopener noreferrer">
          {t(lang, 'signinUsernameHelpLink')}
        </a>{' '}
        <span class="muted">{t(lang, 'opensInNewTab')}</span>
      </p>
    </MicrosoftPageNote>
  );
}
