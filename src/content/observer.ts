import { closestRow, MESSAGE_LIST, READING_PANE, rowsIn } from '../outlook/dom';
import { optionsPage } from '../outlook/routes';
import { HOST_TAG } from './host';
import { PAGE_OBSERVER_OPTIONS } from './observer-options';

/**
 * The one observer for the whole page. It looks only at what each mutation touched: the rows it
 * happened in (or added), whether it was inside the message list or the reading pane, and whether
 * the URL changed. Nothing is re-scanned when nothing relevant changed.
 */
export interface PageChanges {
  /** Rows whose content changed or that were added. */
  rows: Set<Element>;
  /** Something in the message list changed (rows added, removed or recycled). */
  list: boolean;
  /** Something in (or the whole of) the reading pane changed. */
  pane: boolean;
  /** location.href changed (Outlook navigates with pushState). */
  route: boolean;
  /** Something changed while Settings is open (its dialog comes late, and re-renders often). */
  settings: boolean;
}

export function observePage(onChanges: (changes: PageChanges) => void, signal: AbortSignal): void {
  let href = location.href;
  let inSettings = optionsPage(location.pathname) !== null;
  let readAt = performance.now();
  // Reading location is not free in a content script's world, and Outlook mutates the page many
  // times a second: read it at most every 50 ms here. The timer below catches the rest.
  const routeChanged = (force = false) => {
    const t = performance.now();
    if (!force && t - readAt < 50) return false;
    readAt = t;
    const now = location.href;
    if (now === href) return false;
    href = now;
    inSettings = optionsPage(location.pathname) !== null;
    return true;
  };

  const observer = new MutationObserver((records) => {
    const changes: PageChanges = { rows: new Set(), list: false, pane: false, route: routeChanged(), settings: false };
    for (const record of records) {
      if (record.type === 'attributes') {
        // Only aria-checked is observed: an ARIA switch or checkbox was flipped.
        if (inSettings) changes.settings = true;
        continue;
      }
      classify(record, changes);
      if (inSettings && !changes.settings && !onlyOurs(record)) changes.settings = true;
    }
    if (changes.rows.size || changes.list || changes.pane || changes.route || changes.settings) onChanges(changes);
  });
  observer.observe(document.documentElement, PAGE_OBSERVER_OPTIONS);

  // A route change with no DOM change yet (the pane re-renders ~100–300 ms later): the
  // Navigation API where there is one, popstate, and a slow poll as the last resort.
  const onRoute = () => {
    if (routeChanged(true)) onChanges({ rows: new Set(), list: false, pane: true, route: true, settings: true });
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onRoute, { signal });
  addEventListener('popstate', onRoute, { signal });
  const poll = setInterval(onRoute, 250);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(poll);
  });
}

function classify(record: MutationRecord, changes: PageChanges): void {
  const target = record.target;
  // (Changes inside our shadow roots never reach a document observer; our hosts' own insertion
  // and removal are skipped by onlyOurs.)
  const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (!el) return;

  if (record.type === 'childList' && onlyOurs(record)) return;

  const row = closestRow(el);
  if (row) {
    changes.rows.add(row);
    changes.list = true;
    return;
  }
  const inList = !!el.closest(MESSAGE_LIST);
  if (inList) changes.list = true;
  else if (el.closest(READING_PANE)) changes.pane = true;

  const added = record.addedNodes;
  for (let i = 0; i < added.length; i++) {
    if (added[i].nodeType !== 1 || (added[i] as Element).localName === HOST_TAG) continue;
    const node = added[i] as Element;
    const rows = rowsIn(node);
    for (const r of rows) changes.rows.add(r);
    // Inside the list, or holding rows, it is not the reading pane or a new list.
    if (inList || rows.length) continue;
    if (!changes.pane && (node.matches(READING_PANE) || node.querySelector(READING_PANE))) changes.pane = true;
    if (!changes.list && (node.matches(MESSAGE_LIST) || node.querySelector(MESSAGE_LIST))) changes.list = true;
  }
  const removed = record.removedNodes;
  if (!inList && !changes.pane) {
    for (let i = 0; i < removed.length; i++) {
      const node = removed[i] as Element;
      if (node.nodeType === 1 && (node.matches(READING_PANE) || node.querySelector(READING_PANE))) changes.pane = true;
    }
  }
}

/** A mutation that only added or removed our own hosts. */
function onlyOurs(record: MutationRecord): boolean {
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (let i = 0; i < addedNodes.length; i++) if ((addedNodes[i] as Element).localName !== HOST_TAG) return false;
  for (let i = 0; i < removedNodes.length; i++) if ((removedNodes[i] as Element).localName !== HOST_TAG) return false;
  return true;
}
