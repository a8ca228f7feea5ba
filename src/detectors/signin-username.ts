import { classifyOumailAccount, type OumailAccount } from '../address/oumail-account';
import { HOLD, type Env, type Findings } from '../content/feature';
import { noteAnchor, signinStep, usernameError, usernameInput, type UsernameError } from '../microsoft/signin';

/**
 * The username step, when what is typed is a near miss of an OUMail address (FAQ 1-1; the help
 * center's Q1, LINKS.helpCenterSignIn in src/faq/links.ts), or an OUMail address Microsoft turned down.
 */
interface SigninUsernameProps {
  /** What the address looks like: never `other` or `empty` (then there is no note). */
  account: OumailAccount;
  /** Microsoft's own error under the box, when it shows one (the student pressed Next). */
  microsoftError: UsernameError | null;
}

/**
 * Reads the username box's value: the only typed value the extension ever looks at, here in the
 * page and nowhere else (nothing is kept). Another organisation's or a personal address, and an
 * empty box, give nothing. While the student is still typing (and Microsoft has said nothing),
 * nothing new is said: a half-typed address is no mistake.
 */
export function signinUsername(page: Element, env: Env): Findings<SigninUsernameProps> {
  const doc = page.ownerDocument;
  if (signinStep(doc)?.step !== 'username') return [];
  const input = usernameInput(doc);
  if (!input) return [];
  const microsoftError = usernameError(doc);
  if (!microsoftError && env.typing(input)) return HOLD;
  const account = classifyOumailAccount(input.value);
  if (account.kind === 'other' || account.kind === 'empty') return [];
  // A well-formed OUMail address needs a word only when Microsoft does not accept it.
  if (account.kind === 'oumail' && !microsoftError) return [];
  return [{ key: 'username', anchor: noteAnchor(input), place: 'after', props: { account, microsoftError }, about: input }];
}
