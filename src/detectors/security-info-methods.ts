import { isOumailAccount } from '../address/oumail-account';
import {
  addMethodButton, addMethodStep, endOf, mainRegion, openDialog, pageHeading, phoneStep, readScreen, securityInfoAccount,
} from '../microsoft/security-info';

/**
 * Security info for an OUMail account: the methods list (FAQ 5 which methods, FAQ 7 how to change
 * one) or the "add method" step (FAQ 5, and where Microsoft put the phone since 2024).
 */
export interface SecurityInfoMethodsFinding {
  /** The note goes right after it: the end of the page's main region, or of the dialog on top. */
  anchor: Element;
  view: 'list' | 'add';
}

export function securityInfoMethods(root: Document): SecurityInfoMethodsFinding | null {
  const body = root.body;
  if (!body || !isOumailAccount(securityInfoAccount(root))) return null;

  // With a dialog open, the page behind it cannot be reached: speak inside the dialog or not at all.
  const dialog = openDialog(root);
  if (dialog) {
    const screen = readScreen(dialog);
    if (phoneStep(screen) || !addMethodStep(screen)) return null;
    return { anchor: endOf(dialog), view: 'add' };
  }
  const screen = readScreen(body);
  // The registration wizard (/register) shows its steps in the page itself.
  if (phoneStep(screen)) return null;
  const step = addMethodStep(screen);
  if (step) return { anchor: endOf(mainRegion(step)), view: 'add' };

  const heading = pageHeading(screen);
  if (!heading || !addMethodButton(screen)) return null;
  return { anchor: endOf(mainRegion(heading)), view: 'list' };
}
