import { checkForwardingAddress, type AddressIssue } from '../address/check';
import { findAddressInput } from '../outlook/settings';

/** The forwarding address as typed, and what is wrong with it (carrier, typo, own domain, invalid). */
export interface AddressState {
  input: HTMLInputElement | null;
  value: string;
  issues: AddressIssue[];
}

export function forwardingAddressState(dialog: Element): AddressState {
  const input = findAddressInput(dialog);
  const value = input?.value ?? '';
  return { input, value, issues: input ? checkForwardingAddress(value) : [] };
}
