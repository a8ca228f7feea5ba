/**
 * What the extension knows about Outlook on the web's mail view: the message list, its rows and
 * the reading pane. Described, with where each was seen, in docs/sites/outlook.md. Lean on ids,
 * roles and data-* attributes; generated class names (jGG6V, TtcXM…) churn between builds and are
 * never used. Each selector lists its alternatives with where they were seen.
 */

/** A message-list row. */
export const LIST_ROW = [
  '[role="option"][data-convid]', // every capture 2025–2026 (item id in `id`, conversation id here)
  '[role="option"][data-focusable-row]', // same rows; kept in case data-convid goes
].join(',');

/** The message list: the region around the virtualised listbox. */
export const MESSAGE_LIST = [
  '#MailList', // stable id (real inbox snapshots, mailvelope)
  '[data-app-section="MessageList"]', // language-neutral region marker
].join(',');

/** The reading pane in the mail view, and the stand-alone read view's item container. */
export const READING_PANE = [
  '#ReadingPaneContainerId', // the normal reading pane (item and conversation views)
  '#ItemReadingPaneContainer', // the deeplink read view has only this (no role=main)
].join(',');

/** The subject heading of the open message or conversation. */
const PANE_SUBJECT = [
  '[role="heading"] span[title]', // real read-A: <div role=heading aria-level=2><span title="subject">
  '[role="heading"][id$="_SUBJECT"]', // MSG_…_SUBJECT / CONV_…_SUBJECT (enterprise builds)
  '[id$="_SUBJECT"]',
].join(',');

/** A message body in the reading pane (one per expanded message in conversation view). */
const PANE_BODY = '[id^="UniqueMessageBody"]';

/** What the extension inserts into Outlook's page: never read as Outlook's own content. */
const OUR_HOST = '[data-oumail-help]';

export function closestRow(node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // One attribute selector walks up faster than the list in LIST_ROW; the row is checked after.
  const option = el?.closest('[role="option"]');
  return option?.matches(LIST_ROW) ? option : null;
}

/** One address, or several separated by ";" or ",": the title of a list row's sender. */
const SENDER_TITLE = /^\s*[^\s@;,]+@[^\s@;,]+(?:\s*[;,]\s*[^\s@;,]+@[^\s@;,]+)*\s*$/;

/**
 * A row's subject element. In every capture the row holds the sender as <span title="address">,
 * then the subject as <span title=""> (or title = the subject when it is cut off), then the time as
 * <span title="date">; the preview is a span without a title. So the subject is the first titled
 * span after the sender that is not a date: the preview and the sender never count.
 */
export function rowSubjectElement(row: Element): Element | null {
  let afterSender = false;
  for (const span of row.querySelectorAll('span[title]')) {
    const title = span.getAttribute('title') ?? '';
    // A sender's title is an address (or a list of them); a cut-off subject's title may hold an
    // address among other words ("Undeliverable: mail to taro@example.com").
    if (SENDER_TITLE.test(title)) {
      afterSender = true;
      continue;
    }
    // (Our markers keep their spans in shadow roots, out of this query's reach.)
    if (!afterSender) continue;
    if (title === '' || title === (span.textContent ?? '').trim()) return span;
    return null; // the next titled span is the time: this row has no subject line
  }
  return null;
}

/** Rows inside a node that was added to the page (or the node itself). */
export function rowsIn(node: Element): Element[] {
  if (node.getAttribute('role') === 'option') return node.matches(LIST_ROW) ? [node] : []; // rows do not nest
  if (!node.firstElementChild) return [];
  // A virtualised list mounts each row in a wrapper: the first row is found at once, and the walk
  // from it skips the insides of rows (where no row can be) instead of matching every element.
  const rows: Element[] = [];
  for (let row = node.querySelector('[role="option"]'); row; row = nextRowAfter(row, node)) if (row.matches(LIST_ROW)) rows.push(row);
  return rows;
}

/** The next [role=option] after `row` and all that is inside it, within `root`. */
function nextRowAfter(row: Element, root: Element): Element | null {
  for (let node = nextOutside(row, root); node; ) {
    if (node.getAttribute('role') === 'option') return node;
    node = node.firstElementChild ?? nextOutside(node, root);
  }
  return null;
}

/** By id first: getElementById is a lookup, a selector list walks the whole document. */
export function messageList(doc: Document = document): Element | null {
  return doc.getElementById('MailList') ?? doc.querySelector('[data-app-section="MessageList"]');
}

export function listRows(list: Element): Element[] {
  return Array.from(list.querySelectorAll(LIST_ROW));
}

export function readingPane(doc: Document = document): Element | null {
  return doc.getElementById('ReadingPaneContainerId') ?? doc.getElementById('ItemReadingPaneContainer');
}

/**
 * How many rows the list holds, counting no further than `limit`: enough to decide "most rows
 * are bounces" without touching thousands of rows. Rows do not nest, so their insides are skipped.
 */
export function countRows(list: Element, limit: number): number {
  let count = 0;
  let node: Element | null = list.firstElementChild;
  while (node && count < limit) {
    if (node.matches(LIST_ROW)) {
      count++;
      node = nextOutside(node, list);
    } else {
      node = node.firstElementChild ?? nextOutside(node, list);
    }
  }
  return count;
}

/** The next element after `node` and everything inside it, staying within `root`. */
function nextOutside(node: Element, root: Element): Element | null {
  for (let n: Element | null = node; n && n !== root; n = n.parentElement) {
    if (n.nextElementSibling) return n.nextElementSibling;
  }
  return null;
}

export function paneSubject(pane: Element): string | null {
  const el = pane.querySelector(PANE_SUBJECT);
  if (!el) return null;
  return el.getAttribute('title') || el.textContent;
}

export function paneBodies(pane: Element): Element[] {
  return Array.from(pane.querySelectorAll(PANE_BODY)).filter((b) => !b.closest(OUR_HOST));
}

/** Outlook's UI language, from <html lang> (Outlook sets it from the user's language setting). */
export function outlookLanguage(doc: Document = document): string {
  return doc.documentElement.lang || '';
}

/** Where the "every message bounces" notice goes: right before the scrolling list. */
export function listAnchor(list: Element): Element | null {
  if (list.id === 'MailList') return list;
  let first = list.firstElementChild;
  while (first?.hasAttribute('data-oumail-help')) first = first.nextElementSibling;
  return list.querySelector('#MailList') ?? list.querySelector('[role="listbox"]') ?? first;
}

/** Where the diagnosis of an open bounce goes: right above the message body's document. */
export function bodyAnchor(body: Element): Element {
  return body.closest('[role="document"]') ?? body;
}

/** What identifies a row's message for "hide for this message": its item id and conversation id. */
export function rowMessageKeys(row: Element): string[] {
  return [row.id, row.getAttribute('data-convid') ?? ''].filter(Boolean);
}
