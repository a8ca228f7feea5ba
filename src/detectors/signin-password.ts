import { isOumailAccount } from '../address/oumail-account';
import type { Env, Finding } from '../content/feature';
import { noteAnchor, passwordError, signedInAs, signinStep, type PasswordError } from '../microsoft/signin';

/** Microsoft turned the password down for an OUMail account (FAQ 1-2 and 2; the help center's Q1). */
export interface SigninPasswordProps {
  /** Which of Microsoft's messages it was ("Please enter your password" gets no note). */
  error: Exclude<PasswordError, 'empty'>;
}

/**
 * The account comes from the identity banner above the step, never from a box; the password box
 * is not touched at all (signinStep tells the step from its parent, the error has its own element).
 */
export function signinPassword(page: Element, _env: Env): Finding<SigninPasswordProps>[] {
  const doc = page.ownerDocument;
  const screen = signinStep(doc);
  if (screen?.step !== 'password' || !isOumailAccount(signedInAs(doc))) return [];
  const error = passwordError(doc);
  if (!error || error === 'empty') return [];
  return [{ key: 'password', anchor: noteAnchor(screen.marker), place: 'after', props: { error } }];
}
