import type { Env, Finding } from '../content/feature';
import { controlRow, isOn } from '../dom/labelled-control';
import { forwardingControls, isSaveButton } from '../outlook/settings';

/**
 * Forwarding on and "Keep a copy of forwarded messages" off (FAQ 3-1, 3-2): nothing stays in
 * OUMail, and whatever the target rejects is lost. Judged from the controls' current state, saved
 * or not; the extension never changes a setting.
 */
export interface ForwardingWithoutCopyProps {
  /** Save was pressed while the warning showed: say it louder, until the state is fixed. */
  saving: boolean;
}

const KEY = 'keep-copy';

export function forwardingWithoutCopy(dialog: Element, env: Env): Finding<ForwardingWithoutCopyProps>[] {
  const { enable, keepCopy } = forwardingControls(dialog);
  if (!enable || !keepCopy || !isOn(enable) || isOn(keepCopy)) return [];
  const before = env.previous(KEY) as ForwardingWithoutCopyProps | undefined;
  const pressed = env.pressedSince(KEY);
  const saving = !!before?.saving || (!!pressed && isSaveButton(pressed));
  return [{ key: KEY, anchor: controlRow(keepCopy, dialog), place: 'after', props: { saving }, about: keepCopy }];
}
