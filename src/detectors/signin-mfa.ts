import { isOumailAccount } from '../address/oumail-account';
import type { Env, Finding } from '../content/feature';
import { noteAnchor, signedInAs, signinStep } from '../microsoft/signin';

/**
 * A multi-factor step for an OUMail account: "Changed your phone number or your phone?" (FAQ 1-3
 * and 7; the help center's Q1: the check goes to an old number or phone → ask for a reset).
 */
export interface SigninMfaProps {
  /** "Verify your identity", "Approve sign in request" or "Enter code". */
  step: 'proofs' | 'approve' | 'code';
}

const STEPS = { 'mfa-proofs': 'proofs', 'mfa-approve': 'approve', 'mfa-code': 'code' } as const;

export function signinMfa(page: Element, _env: Env): Finding<SigninMfaProps>[] {
  const doc = page.ownerDocument;
  const screen = signinStep(doc);
  if (!screen || !(screen.step in STEPS) || !isOumailAccount(signedInAs(doc))) return [];
  // One key for every MFA step: the note stays in place as the student moves between them.
  return [{ key: 'mfa', anchor: noteAnchor(screen.marker), place: 'after', props: { step: STEPS[screen.step as keyof typeof STEPS] } }];
}
