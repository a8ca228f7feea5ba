import { isOumailAccount } from '../address/oumail-account';
import { noteAnchor, signedInAs, signinStep } from '../microsoft/signin';

/**
 * A multi-factor step for an OUMail account: "Changed your phone number or your phone?" (FAQ 1-3
 * and 7; newer-facts, help center Q1: the check goes to an old number or phone → ask for a reset).
 */
export interface SigninMfaFinding {
  /** Microsoft's form: the note goes right after it. */
  anchor: Element;
  /** "Verify your identity", "Approve sign in request" or "Enter code". */
  step: 'proofs' | 'approve' | 'code';
}

const STEPS = { 'mfa-proofs': 'proofs', 'mfa-approve': 'approve', 'mfa-code': 'code' } as const;

export function signinMfa(root: Document): SigninMfaFinding | null {
  const screen = signinStep(root);
  if (!screen || !(screen.step in STEPS) || !isOumailAccount(signedInAs(root))) return null;
  return { anchor: noteAnchor(screen.marker), step: STEPS[screen.step as keyof typeof STEPS] };
}
