import { render, type ComponentChild } from 'preact';
import css from '../panels/panels.css?inline';

/**
 * A panel's home in someone else's page: a host element carrying `data-oumail-help="<id>"`, a
 * closed shadow root with our stylesheet, and Preact rendering inside it (the hypothesis/client
 * pattern). Neither side's CSS reaches the other; the page cannot read or rewrite what is inside
 * (the root is closed) nor make it its own (the host is a plain <span> or <div>, which no custom
 * element definition can upgrade); events from our UI stop at the host so the page never reacts
 * to them (a click on a list marker must not open the message, Enter must not either).
 */
const STOPPED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'dragstart',
] as const;

export interface Host {
  readonly element: HTMLElement;
  /** The closed shadow root (only this copy of the content script holds it). */
  readonly root: ShadowRoot;
  render(vnode: ComponentChild): void;
  destroy(): void;
}

/**
 * The class every host carries: with a live collection, "is there anything of ours in this row" is
 * a length check. The class is never relied on to tell ours from a copy (see `ours`).
 */
export const HOST_CLASS = 'oumail-help';

/** The attribute every host carries, naming its tip: `data-oumail-help="bounce-row"`. */
export const HOST_ATTRIBUTE = 'data-oumail-help';

/** The hosts this copy of the content script made: anything else that looks like one is not ours. */
const ours = new WeakSet<Node>();

export function isOurHost(node: Node): boolean {
  return ours.has(node);
}

/** Our hosts this mutation took off the page (the page's doing when we did not destroy them: see mounts). */
export function lostHosts(record: MutationRecord, into: Element[]): void {
  const removed = record.removedNodes;
  for (let i = 0; i < removed.length; i++) {
    const node = removed[i];
    if (ours.has(node) && !node.isConnected) into.push(node as Element);
  }
}

/**
 * Whether a mutation brought something marked as a host of ours but not made by us: an element
 * added that is or holds one, or an element of the page's given the mark (our hosts carry it from
 * before they are put on the page, so no record ever shows them getting it).
 */
export function addsStrangers(record: MutationRecord): boolean {
  if (record.type === 'attributes') {
    const target = record.target as Element;
    return record.attributeName === HOST_ATTRIBUTE && !ours.has(target) && target.hasAttribute(HOST_ATTRIBUTE);
  }
  const added = record.addedNodes;
  for (let i = 0; i < added.length; i++) {
    const node = added[i];
    if (node.nodeType !== 1 || ours.has(node)) continue;
    const el = node as Element;
    if (el.hasAttribute(HOST_ATTRIBUTE) || el.querySelector(`[${HOST_ATTRIBUTE}]`) !== null) return true;
  }
  return false;
}

/** A mutation that only added or removed our own hosts. */
export function onlyOurHosts(record: MutationRecord): boolean {
  // Most records are the page's own: its first node says so, and nothing more is read.
  const addedNodes = record.addedNodes;
  const first = addedNodes[0] ?? record.removedNodes[0];
  if (!first || !ours.has(first)) return false;
  const removedNodes = record.removedNodes;
  for (let i = 0; i < addedNodes.length; i++) if (!ours.has(addedNodes[i])) return false;
  for (let i = 0; i < removedNodes.length; i++) if (!ours.has(removedNodes[i])) return false;
  return true;
}

/**
 * `focusTarget` names where keyboard focus goes if the host is removed while focused (a row,
 * the message body, the control a warning is about); without one, the nearest focusable thing.
 */
export function createHost(id: string, display: 'inline' | 'block', focusTarget?: () => Element | null): Host {
  const element = document.createElement(display === 'inline' ? 'span' : 'div');
  ours.add(element);
  element.className = HOST_CLASS;
  element.setAttribute(HOST_ATTRIBUTE, id);
  // The page's CSS for spans and divs must not reach the host itself either.
  element.style.cssText = `all: initial; display: ${display === 'inline' ? 'inline-block' : 'block'}`;
  const root = element.attachShadow({ mode: 'closed' });
  adoptStyles(root);
  const container = document.createElement('div');
  container.className = display;
  root.append(container);
  for (const type of STOPPED_EVENTS) element.addEventListener(type, (e) => e.stopPropagation());
  return {
    element,
    root,
    render: (vnode) => render(vnode, container),
    destroy() {
      // Closing a panel from inside it must not drop keyboard users on <body>: give focus to the
      // nearest focusable thing of Outlook's (the row, the message body, the list).
      if (document.activeElement === element) {
        const target = focusTarget?.();
        if (target instanceof HTMLElement && (target.tabIndex >= 0 || target.hasAttribute('tabindex')))
          target.focus({ preventScroll: true });
        else focusNear(element);
      }
      render(null, container);
      element.remove();
    },
  };
}

/**
 * One stylesheet for every panel: a constructed sheet adopted by each root, so a list of a hundred
 * markers parses and holds panels.css once. Where a browser will not adopt a sheet built in the
 * content script's world (Firefox's Xray wrappers have refused it), each root gets a <style>.
 */
let shared: CSSStyleSheet | null | undefined;
function adoptStyles(root: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    } catch {
      shared = null;
    }
  }
  if (shared) {
    try {
      root.adoptedStyleSheets = [shared];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // fall through to a <style>
    }
    shared = null;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

function focusNear(element: Element): void {
  const candidates = [
    element.parentElement?.closest('[tabindex]'),
    element.nextElementSibling?.matches('[tabindex]')
      ? element.nextElementSibling
      : element.nextElementSibling?.querySelector('[tabindex]'),
    element.parentElement?.querySelector('[tabindex]:not(.oumail-help)'),
  ];
  const target = candidates.find((c): c is HTMLElement => !!c && c !== element && !element.contains(c));
  target?.focus({ preventScroll: true });
}
