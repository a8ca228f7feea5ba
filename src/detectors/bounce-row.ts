import type { Env, Finding } from '../content/feature';
import { closestRow, rowMessageKeys, rowSubjectElement } from '../outlook/dom';
import { forwardingSettingsUrl } from '../outlook/routes';
import { isBounceSubject } from '../report/subject';

/** The marker on a bounce row: where the student's forwarding settings are, and whether it is a tab stop. */
export interface BounceRowProps {
  forwardingUrl: string;
  /** Only the marker of the row that has focus is a tab stop: Outlook's list stays one tab stop. */
  inTabOrder: boolean;
}

/** A message-list row is a bounce when its subject (never its preview or sender) says so. */
export function bounceRow(row: Element, env: Env): Finding<BounceRowProps>[] {
  const subject = bounceSubject(row);
  if (!subject) return [];
  return [
    {
      key: row,
      anchor: subject,
      place: 'after',
      props: { forwardingUrl: forwardingSettingsUrl(env.url), inTabOrder: !!env.focus && closestRow(env.focus) === row },
      messageKeys: rowMessageKeys(row),
      about: row,
    },
  ];
}

/**
 * The row's subject element when the row is a bounce, else null. Outlook recycles row nodes and
 * re-renders them for every change of time, preview or selection: the verdict is kept per row and
 * only made again when the subject element or its text changed.
 */
export function bounceSubject(row: Element): Element | null {
  const last = judged.get(row);
  if (last && row.contains(last.subject) && last.subject.textContent === last.text) return last.bounce ? last.subject : null;
  const subject = rowSubjectElement(row);
  if (!subject) {
    judged.delete(row);
    return null;
  }
  const text = subject.textContent;
  const bounce = isBounceSubject(text ?? '');
  judged.set(row, { subject, text, bounce });
  return bounce ? subject : null;
}

const judged = new WeakMap<Element, { subject: Element; text: string | null; bounce: boolean }>();
