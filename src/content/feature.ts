import type { FunctionComponent } from 'preact';
import type { Lang } from '../faq/types';
import type { FeatureId } from '../features';

/**
 * The feature contract: what every tip is made of. A tip is one entry of src/content/registry.ts:
 * where it applies, what it looks at, a pure detector and a pure panel. The runner (runner.ts)
 * calls the detector when what it looks at changed, and shows, moves, redraws or removes the
 * panels the detector asks for; nothing else in the content script knows about any one tip.
 */

/**
 * What a tip looks at, and so which page changes make it look again. Each site says what its
 * regions are on the page (src/outlook/site.ts, src/microsoft/site.ts).
 * - `row`: one message-list row (the detector is given each row that changed);
 * - `list`: the message list; `pane`: the reading pane; `settings`: Outlook's Settings dialog;
 * - `page`: the whole of a small page (Microsoft's sign-in and security-info pages).
 */
export type Region = 'row' | 'list' | 'pane' | 'settings' | 'page';

/** One panel a detector asks for: where its host goes and what the panel is told. */
export interface Finding<P> {
  /**
   * Tells this panel from the feature's others while it shows the same thing: the row itself for
   * a row tip (Outlook recycles row nodes, so the marker follows the row it is in), a message id, a
   * rule's text. A new key is a new panel.
   */
  key: string | Element;
  /** The host goes `place` this element. */
  anchor: Element;
  place: 'before' | 'after' | 'append';
  /** What the panel shows: plain data (compared to decide whether to draw again). */
  props: P;
  /** Keys "Hide for this message" remembers; without them the panel offers no such button. */
  messageKeys?: string[];
  /** What the tip is about: "jump" goes there, and focus goes back there when the panel closes. */
  about?: Element | null;
}

/**
 * A detector's answer: the panels it wants now, or HOLD: "the user is still typing here: keep
 * what is shown and ask me again after the pause".
 */
export type Findings<P> = Finding<P>[] | typeof HOLD;
export const HOLD = Symbol('hold');

/** What a detector may know besides the DOM it is given. All of it is read, never changed. */
export interface Env {
  /** The page's address now (Outlook moves it with pushState before it re-renders). */
  readonly url: { readonly origin: string; readonly pathname: string };
  /** Whether this feature's panel with this key is on the page now (for tips that stay once shown). */
  showing(key: string | Element): boolean;
  /** The props that panel was last drawn with, if it is on the page. */
  previous(key: string | Element): unknown;
  /** The user typed into this field less than a pause ago (see typing.ts). */
  typing(field: Element): boolean;
  /** What the user clicked or pressed Enter on, with a trusted event, since this panel showed. */
  pressedSince(key: string | Element): Element | null;
  /** Where keyboard focus is in the page (our own panels count as the element they sit in). */
  readonly focus: Element | null;
  /**
   * For tips that keep a count over rows: the rows that changed since the feature last looked, or
   * null when it must look at every row.
   */
  readonly rows: ReadonlySet<Element> | null;
  /** Whether anything inside this element changed since the feature last looked (true when unknown). */
  changedIn(element: Element): boolean;
}

export type Detector<P> = (scope: Element, env: Env) => Findings<P>;

/**
 * What a panel can do besides showing its props. Each is there only where the feature allows it.
 * Each takes the event that asked for it, and does nothing unless the user made it (isTrusted): a
 * page script cannot turn a tip off on every synced device.
 */
export interface PanelActions {
  /** Don't show this tip for this message again (stored). */
  hide?: (event: Event) => void;
  /** Close this panel for now (until the page is loaded again). */
  close: (event: Event) => void;
  /** Turn this kind of tip off (stored; the options page turns it back on). Not there when the university's policy decides. */
  turnOff?: (event: Event) => void;
  /** Move focus to what the tip is about. */
  jump?: (event: Event) => void;
  /** The last hide or turn-off asked for here could not be saved: the panel says so. */
  readonly saveFailed?: boolean;
}

export type PanelProps<P> = P & { lang: Lang; actions: PanelActions };

export interface Feature<P, Id extends FeatureId = FeatureId> {
  id: Id;
  /** The routes of its site where it applies (from the site's routes module). */
  route(pathname: string): boolean;
  region: Region;
  detect: Detector<P>;
  Panel: FunctionComponent<PanelProps<P>>;
  /** How its host sits in the page: in the line of text (a row's marker) or as a block. */
  display: 'inline' | 'block';
}

/** Keeps a feature's props type and panel in step (the registry holds features of many prop types). */
export function feature<P, Id extends FeatureId>(definition: Feature<P, Id>): Feature<P, Id> {
  return definition;
}
