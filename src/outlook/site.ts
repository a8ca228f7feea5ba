import { touch, type PageChanges, type SiteDom } from '../content/site';
import { addsStrangers, isOurHost, lostHosts, onlyOurHosts } from '../content/host';
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
  classify(records, changes, pathname) {
    const inSettings = optionsPage(pathname) !== null;
    // Where each target is. A batch's records share a few targets (a list that re-renders touches
    // one container many times): each is placed once.
    const places = new Map<Element, Place>();
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (record.type === 'attributes' && record.attributeName === 'aria-checked') {
        // An ARIA switch or checkbox was flipped.
        if (inSettings) changes.settings = true;
        continue;
      }
      if (record.type === 'childList' && onlyOurHosts(record)) {
        lostHosts(record, changes.lost);
        continue;
      }
      if (!changes.strangers && addsStrangers(record)) changes.strangers = true;
      // Settings opens over the mail view and renders late and often: any change while it is open.
      if (inSettings) changes.settings = true;
      const target = record.target;
      // (Changes inside our shadow roots never reach a document observer.)
      const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
      if (!el) continue;
      let place = places.get(el);
      if (place === undefined) {
        place = placeOf(el);
        places.set(el, place);
      }
      if (place === 'list') {
        changes.list = true;
        addedRows(record, changes);
      } else if (place === 'pane') {
        changes.pane = true;
        touch(changes, el);
      } else if (place === 'elsewhere') {
        addedOrRemovedRegions(record, changes);
      } else {
        changes.rows.add(place);
        changes.list = true;
      }
    }
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

/** A change's place: inside a row (the row), elsewhere in the message list, in the reading pane, or elsewhere. */
type Place = Element | 'list' | 'pane' | 'elsewhere';

function placeOf(el: Element): Place {
  const row = closestRow(el);
  if (row) return row;
  if (el.closest(MESSAGE_LIST)) return 'list';
  if (el.closest(READING_PANE)) return 'pane';
  return 'elsewhere';
}

/** Rows added to the list (Outlook's virtualised list mounts them as the user scrolls). */
function addedRows(record: MutationRecord, changes: PageChanges): void {
  const added = record.addedNodes;
  for (let i = 0; i < added.length; i++) {
    const node = added[i];
    if (node.nodeType !== 1 || isOurHost(node)) continue;
    for (const row of rowsIn(node as Element)) changes.rows.add(row);
  }
}

/** Outside the list and the pane, a change matters only if it brought or took away one of them. */
function addedOrRemovedRegions(record: MutationRecord, changes: PageChanges): void {
  for (const nodes of [record.addedNodes, record.removedNodes]) {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Element;
      if (node.nodeType !== 1 || isOurHost(node)) continue;
      const inside = !!node.firstElementChild;
      if (node.matches(READING_PANE) || (inside && node.querySelector(READING_PANE))) {
        changes.pane = true;
        touch(changes, node);
      }
      const list = node.matches(MESSAGE_LIST) ? node : inside ? node.querySelector(MESSAGE_LIST) : null;
      if (list) {
        changes.list = true;
        if (nodes === record.addedNodes) for (const row of rowsIn(list)) changes.rows.add(row);
      }
    }
  }
}
