import { rowSubjectElement } from '../outlook/dom';
import { isBounceSubject } from '../report/subject';

/** A row's subject element, and whether it makes the row a bounce. */
export interface RowVerdict {
  subject: Element;
  bounce: boolean;
}

/** A message-list row is a bounce when its subject (never its preview or sender) says so. */
export function judgeRow(row: Element): RowVerdict | null {
  const subject = rowSubjectElement(row);
  return subject ? { subject, bounce: isBounceSubject(subject.textContent ?? '') } : null;
}

/** What identifies a row's message for "hide for this message": its item id and conversation id. */
export function rowMessageKeys(row: Element): string[] {
  return [row.id, row.getAttribute('data-convid') ?? ''].filter(Boolean);
}
