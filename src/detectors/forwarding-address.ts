import { checkForwardingAddress, type AddressIssue } from '../address/check';
import { HOLD, type Env, type Findings } from '../content/feature';
import { controlRow } from '../dom/labelled-control';
import { forwardingAddressInput } from '../outlook/settings';

/** The forwarding address as typed, and what is wrong with it (carrier, typo, OUMail's own domain, invalid). */
export interface ForwardingAddressProps {
  issues: AddressIssue[];
}

export function forwardingAddress(dialog: Element, env: Env): Findings<ForwardingAddressProps> {
  const input = forwardingAddressInput(dialog);
  if (!input) return [];
  // While the user is still typing, keep what is shown: judging every keystroke would flicker
  // ("no @" after the first letter) and announce half-typed addresses.
  if (env.typing(input)) return HOLD;
  const issues = checkForwardingAddress(input.value);
  if (issues.length === 0) return [];
  return [{ key: 'address', anchor: controlRow(input, dialog), place: 'after', props: { issues }, about: input }];
}
