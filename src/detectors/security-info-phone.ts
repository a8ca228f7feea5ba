import { isOumailAccount } from '../address/oumail-account';
import type { Env, Finding } from '../content/feature';
import { endOf, mainRegion, openDialog, phoneStep, readScreen, securityInfoAccount } from '../microsoft/security-info';

/** The phone step of Security info for an OUMail account: the leading 0 and going abroad (FAQ 6). */
type SecurityInfoPhoneProps = Record<string, never>;

/** Never reads the number box: the step is told by its question or by the country select. */
export function securityInfoPhone(page: Element, _env: Env): Finding<SecurityInfoPhoneProps>[] {
  const root = page.ownerDocument;
  const body = root.body;
  if (!body || !isOumailAccount(securityInfoAccount(root))) return [];
  const dialog = openDialog(root);
  const step = phoneStep(readScreen(dialog ?? body));
  if (!step) return [];
  // The note goes right after the end of the dialog, or of the wizard's main region.
  return [{ key: 'phone', anchor: dialog ? endOf(dialog) : endOf(mainRegion(step)), place: 'after', props: {} }];
}
