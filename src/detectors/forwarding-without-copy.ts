import { findControl, isOn, LABELS } from '../outlook/settings';

/**
 * Forwarding on and "Keep a copy of forwarded messages" off (FAQ 3-2): nothing stays in OUMail,
 * and whatever the target rejects is lost. Judged from the controls' current state, saved or not.
 */
export interface KeepCopyState {
  enable: Element | null;
  keepCopy: Element | null;
  risky: boolean;
}

export function keepCopyState(dialog: Element): KeepCopyState {
  const enable = findControl(dialog, LABELS.enableForwarding);
  const keepCopy = findControl(dialog, LABELS.keepCopy);
  return { enable, keepCopy, risky: !!enable && !!keepCopy && isOn(enable) && !isOn(keepCopy) };
}
