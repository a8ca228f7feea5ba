import { classifyOumailAccount, type OumailAccount } from '../address/oumail-account';
import { noteAnchor, signinStep, usernameError, usernameInput, type UsernameError } from '../microsoft/signin';

/**
 * The username step, when what is typed is a near miss of an OUMail address (FAQ 1-1; the help
 * center's Q1 in ../shared/seed/newer-facts.md), or an OUMail address Microsoft turned down.
 */
export interface SigninUsernameFinding {
  /** Microsoft's form: the note goes right after it. */
  anchor: Element;
  /** What the address looks like: never `other` or `empty` (then there is no finding). */
  account: OumailAccount;
  /** Microsoft's own error under the box, when it shows one (the student pressed Next). */
  microsoftError: UsernameError | null;
  /**
   * The box has focus: the student may still be typing. The runtime waits for a pause or for Next
   * before it shows a note for a half-typed address; Microsoft's error means Next was pressed.
   */
  focused: boolean;
}

/**
 * Reads the username box's value: the only typed value the extension ever looks at, here in the
 * page and nowhere else. Another organisation's or a personal address, and an empty box, give null.
 */
export function signinUsername(root: Document): SigninUsernameFinding | null {
  if (signinStep(root)?.step !== 'username') return null;
  const input = usernameInput(root);
  if (!input) return null;
  const account = classifyOumailAccount(input.value);
  if (account.kind === 'other' || account.kind === 'empty') return null;
  const microsoftError = usernameError(root);
  // A well-formed OUMail address needs a word only when Microsoft does not accept it.
  if (account.kind === 'oumail' && !microsoftError) return null;
  return { anchor: noteAnchor(input), account, microsoftError, focused: root.activeElement === input };
}
