import { touch, type PageChanges, type SiteDom } from '../content/site';
import { isOurHost, lostHosts, onlyOurHosts } from '../content/host';
import { PAGE_OBSERVER_OPTIONS } from '../content/observer-options';
import { closestRow, listRows, outlookLanguage, MESSAGE_LIST, messageList, READING_PANE, readingPane, rowsIn } from './dom';
import { optionsPage, OUTLOOK_HOSTS } from './routes';
import { PAGE_WORDS, settingsRoot } from './settings';

/**
 * Outlook on the web as the runner sees it: its regions (the message list and its rows, the reading
 * pane, the Settings dialog) and which of them a DOM change touched.
 */
export const outlookSite: SiteDom = {
  hosts: OUTLOOK_HOSTS,
  observe: PAGE_OBSERVER_OPTIONS,
  classify(record, changes, pathname) {
    const inSettings = optionsPage(pathname) !== null;
    if (record.type === 'attributes') {
      if (inSettings) changes.settings = true;
      return;
    }
    if (record.type === 'childList' && onlyOurHosts(record)) {
      lostHosts(record, changes.lost);
      return;
    }
    classifyInMail(record, changes);
    // Settings opens over the mail view and renders late and often: any change while it is open.
    if (inSettings) changes.settings = true;
  },
  scope(region, doc, pathname) {
    if (region === 'list') return messageList(doc);
    if (region === 'pane') return readingPane(doc);
    if (region === 'settings') {
      const page = optionsPage(pathname);
      return page === 'forwarding' || page === 'rules' ? settingsRoot(PAGE_WORDS[page], doc) : null;
    }
    return null;
  },
  rows(doc) {
    const list = messageList(doc);
    return list ? listRows(list) : [];
  },
  rowOf: closestRow,
  uiLanguage: outlookLanguage,
};

/** The rows a change happened in or added, and whether it was in the message list or the reading pane. */
function classifyInMail(record: MutationRecord, changes: PageChanges): void {
  const target = record.target;
  // (Changes inside our shadow roots never reach a document observer.)
  const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (!el) return;

  const row = closestRow(el);
  if (row) {
    changes.rows.add(row);
    changes.list = true;
    return;
  }
  const inList = !!el.closest(MESSAGE_LIST);
  if (inList) changes.list = true;
  else if (el.closest(READING_PANE)) {
    changes.pane = true;
    touch(changes, el);
  }

  const added = record.addedNodes;
  for (let i = 0; i < added.length; i++) {
    if (added[i].nodeType !== 1 || isOurHost(added[i])) continue;
    const node = added[i] as Element;
    const rows = rowsIn(node);
    for (const r of rows) changes.rows.add(r);
    if (rows.length) changes.list = true;
    // Inside the list, or holding rows, it is not the reading pane or a new list.
    if (inList || rows.length) continue;
    if (node.matches(READING_PANE) || node.querySelector(READING_PANE)) {
      changes.pane = true;
      touch(changes, node);
    }
    if (!changes.list && (node.matches(MESSAGE_LIST) || node.querySelector(MESSAGE_LIST))) changes.list = true;
  }
  if (inList || changes.pane) return;
  const removed = record.removedNodes;
  for (let i = 0; i < removed.length; i++) {
    const node = removed[i] as Element;
    if (node.nodeType !== 1) continue;
    if (node.matches(READING_PANE) || node.querySelector(READING_PANE)) changes.pane = true;
    if (node.matches(MESSAGE_LIST) || node.querySelector(MESSAGE_LIST)) changes.list = true;
  }
}
