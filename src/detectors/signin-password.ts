import { isOumailAccount } from '../address/oumail-account';
import { noteAnchor, passwordError, signedInAs, signinStep, type PasswordError } from '../microsoft/signin';

/** Microsoft turned the password down for an OUMail account (FAQ 1-2 and 2; newer-facts, help center Q1). */
export interface SigninPasswordFinding {
  /** Microsoft's form: the note goes right after it. */
  anchor: Element;
  /** Which of Microsoft's messages it was ("Please enter your password" gets no note). */
  error: Exclude<PasswordError, 'empty'>;
}

/**
 * The account comes from the identity banner above the step, never from a box; the password box
 * is not touched at all (signinStep tells the step from its parent, the error has its own element).
 */
export function signinPassword(root: Document): SigninPasswordFinding | null {
  const screen = signinStep(root);
  if (screen?.step !== 'password' || !isOumailAccount(signedInAs(root))) return null;
  const error = passwordError(root);
  if (!error || error === 'empty') return null;
  return { anchor: noteAnchor(screen.marker), error };
}
