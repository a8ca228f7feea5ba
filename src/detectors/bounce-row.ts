import { rowSubjectElement } from '../outlook/dom';
import { isBounceSubject, mayHoldBounceSubject } from '../report/subject';

/** What a row was judged by, and whether it is a bounce. */
export interface RowVerdict {
  /** The row's whole text when judged: while it stays the same, so does the verdict. */
  text: string;
  /** The subject element, looked for only when the row's text holds a bounce's words. */
  subject: Element | null;
  bounce: boolean;
}

/**
 * A message-list row is a bounce when its subject (never its preview or sender) says so. Most
 * rows are not: one read of the row's text rules them out without looking for the subject.
 */
export function judgeRow(row: Element): RowVerdict {
  const text = row.textContent ?? '';
  if (!mayHoldBounceSubject(text)) return { text, subject: null, bounce: false };
  const subject = rowSubjectElement(row);
  return { text, subject, bounce: !!subject && isBounceSubject(subject.textContent ?? '') };
}

/** What identifies a row's message for "hide for this message": its item id and conversation id. */
export function rowMessageKeys(row: Element): string[] {
  return [row.id, row.getAttribute('data-convid') ?? ''].filter(Boolean);
}
