import { isOumailAccount } from '../address/oumail-account';
import { noteAnchor, signedInAs, signinStep } from '../microsoft/signin';

/** "More information required" for an OUMail account: which method to set up (FAQ 5, with its dates). */
export interface SigninProofupFinding {
  /** Microsoft's form: the note goes right after it. */
  anchor: Element;
}

export function signinProofup(root: Document): SigninProofupFinding | null {
  const screen = signinStep(root);
  if (screen?.step !== 'proofup' || !isOumailAccount(signedInAs(root))) return null;
  return { anchor: noteAnchor(screen.marker) };
}
