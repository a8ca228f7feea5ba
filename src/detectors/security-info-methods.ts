import { isOumailAccount } from '../address/oumail-account';
import type { Env, Finding } from '../content/feature';
import {
  addMethodButton,
  addMethodStep,
  endOf,
  mainRegion,
  openDialog,
  pageHeading,
  phoneStep,
  readScreen,
  securityInfoAccount,
} from '../microsoft/security-info';

/**
 * Security info for an OUMail account: the methods list (FAQ 5 which methods, FAQ 7 how to change
 * one) or the "add method" step (FAQ 5, and where Microsoft put the phone since 2024).
 */
export interface SecurityInfoMethodsProps {
  view: 'list' | 'add';
}

/** The note goes right after `anchor`: the end of the page's main region, or of the dialog on top. */
const note = (anchor: Element, view: SecurityInfoMethodsProps['view']): Finding<SecurityInfoMethodsProps>[] => [
  { key: view, anchor, place: 'after', props: { view } },
];

export function securityInfoMethods(page: Element, _env: Env): Finding<SecurityInfoMethodsProps>[] {
  const root = page.ownerDocument;
  const body = root.body;
  if (!body || !isOumailAccount(securityInfoAccount(root))) return [];

  // With a dialog open, the page behind it cannot be reached: speak inside the dialog or not at all.
  const dialog = openDialog(root);
  if (dialog) {
    const screen = readScreen(dialog);
    if (phoneStep(screen) || !addMethodStep(screen)) return [];
    return note(endOf(dialog), 'add');
  }
  const screen = readScreen(body);
  // The registration wizard (/register) shows its steps in the page itself.
  if (phoneStep(screen)) return [];
  const step = addMethodStep(screen);
  if (step) return note(endOf(mainRegion(step)), 'add');

  const heading = pageHeading(screen);
  if (!heading || !addMethodButton(screen)) return [];
  return note(endOf(mainRegion(heading)), 'list');
}
