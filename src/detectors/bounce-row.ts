import { rowSubject } from '../outlook/dom';
import { isBounceSubject } from '../report/subject';

/** A message-list row is a bounce when its subject (never its preview or sender) says so. */
export function isBounceRow(row: Element): boolean {
  const subject = rowSubject(row);
  return subject !== null && isBounceSubject(subject);
}

/** What identifies a row's message for "hide for this message": its item id and conversation id. */
export function rowMessageKeys(row: Element): string[] {
  return [row.id, row.getAttribute('data-convid') ?? ''].filter(Boolean);
}
