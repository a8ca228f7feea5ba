import type { Region } from './feature';

/**
 * What the runner asks of a site (src/outlook/site.ts, src/microsoft/site.ts): where each region is
 * on its page, and which regions one DOM change touched. Everything that knows the site's DOM is
 * behind this.
 */
export interface PageChanges {
  /** Message-list rows whose content changed or that were added (row tips look at each). */
  rows: Set<Element>;
  list: boolean;
  pane: boolean;
  settings: boolean;
  page: boolean;
  /** location.href changed (single-page apps navigate with pushState). */
  route: boolean;
  /** Where in the reading pane the changes were (null: too many to list, anywhere). */
  touched: Node[] | null;
  /** Our hosts that something else took off the page: they are put back. */
  lost: Element[];
  /**
   * Something added, or an element given the attribute, carries `data-oumail-help` without being
   * ours (a page's look-alike): the places changed are searched for such elements, which are
   * removed. Without it, not searched.
   */
  strangers: boolean;
}

export function noChanges(): PageChanges {
  return { rows: new Set(), list: false, pane: false, settings: false, page: false, route: false, touched: [], lost: [], strangers: false };
}

/** How many changed places a batch lists before it says "anywhere". */
const MAX_TOUCHED = 64;

export function touch(changes: PageChanges, node: Node): void {
  if (!changes.touched) return;
  if (changes.touched.length < MAX_TOUCHED) changes.touched.push(node);
  else changes.touched = null;
}

export interface SiteDom {
  /** The hosts the site is served from (the manifest's matches say the same). */
  readonly hosts: readonly string[];
  /** What the page's one MutationObserver watches on this site. */
  readonly observe: MutationObserverInit;
  /**
   * Sorts a batch of mutations into what they touched. `pathname` is the route as last read
   * (Outlook's Settings counts every change while it is open). Called for every batch, on every
   * record: keep it cheap.
   */
  classify(records: readonly MutationRecord[], changes: PageChanges, pathname: string): void;
  /** The element a region covers now, or null when it is not on the page. */
  scope(region: Exclude<Region, 'row'>, doc: Document, pathname: string): Element | null;
  /** Row tips: every row on the page now, and the row a node is in. */
  rows(doc: Document): Element[];
  rowOf(node: Node): Element | null;
  /** The page's own UI language ('ja-JP', 'en'…), or '' when it does not say. */
  uiLanguage(doc: Document): string;
}
