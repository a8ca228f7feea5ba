import { isOumailAccount } from '../address/oumail-account';
import { endOf, mainRegion, openDialog, phoneStep, readScreen, securityInfoAccount } from '../microsoft/security-info';

/** The phone step of Security info for an OUMail account: the leading 0 and going abroad (FAQ 6). */
export interface SecurityInfoPhoneFinding {
  /** The note goes right after it: the end of the dialog, or of the wizard's main region. */
  anchor: Element;
}

/** Never reads the number box: the step is told by its question or by the country select. */
export function securityInfoPhone(root: Document): SecurityInfoPhoneFinding | null {
  const body = root.body;
  if (!body || !isOumailAccount(securityInfoAccount(root))) return null;
  const dialog = openDialog(root);
  const step = phoneStep(readScreen(dialog ?? body));
  if (!step) return null;
  return { anchor: dialog ? endOf(dialog) : endOf(mainRegion(step)) };
}
