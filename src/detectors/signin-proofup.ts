import { isOumailAccount } from '../address/oumail-account';
import type { Env, Finding } from '../content/feature';
import { noteAnchor, signedInAs, signinStep } from '../microsoft/signin';

/** "More information required" for an OUMail account: which method to set up (FAQ 5, with its dates). */
type SigninProofupProps = Record<string, never>;

export function signinProofup(page: Element, _env: Env): Finding<SigninProofupProps>[] {
  const doc = page.ownerDocument;
  const screen = signinStep(doc);
  if (screen?.step !== 'proofup' || !isOumailAccount(signedInAs(doc))) return [];
  return [{ key: 'proofup', anchor: noteAnchor(screen.marker), place: 'after', props: {} }];
}
