import { render, type ComponentChild } from 'preact';
import css from '../panels/panels.css?inline';

/**
 * A panel's home in Outlook's page: a host element carrying `data-oumail-help="<id>"`, an open
 * shadow root with our stylesheet, and Preact rendering inside it (the hypothesis/client pattern).
 * Neither side's CSS reaches the other, and events from our UI stop at the host so Outlook never
 * reacts to them (a click on a list marker must not open the message, Enter must not either).
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
  render(vnode: ComponentChild): void;
  destroy(): void;
}

/** The tag is our own, so Outlook's selectors for div/span never style or count it. */
export const HOST_TAG = 'oumail-help';

/** The hosts this copy of the content script made: anything else that looks like one is not ours. */
const ours = new WeakSet<Node>();

export function isOurHost(node: Node): boolean {
  return ours.has(node);
}

/** A mutation that only added or removed our own hosts. */
export function onlyOurHosts(record: MutationRecord): boolean {
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (let i = 0; i < addedNodes.length; i++) if (!ours.has(addedNodes[i])) return false;
  for (let i = 0; i < removedNodes.length; i++) if (!ours.has(removedNodes[i])) return false;
  return true;
}

/**
 * `focusTarget` names where keyboard focus goes if the host is removed while focused (a row,
 * the message body, the control a warning is about); without one, the nearest focusable thing.
 */
export function createHost(id: string, display: 'inline' | 'block', focusTarget?: () => Element | null): Host {
  const element = document.createElement(HOST_TAG);
  ours.add(element);
  element.setAttribute('data-oumail-help', id);
  element.style.display = display === 'inline' ? 'inline-block' : 'block';
  const root = element.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  container.className = display;
  root.append(style, container);
  for (const type of STOPPED_EVENTS) element.addEventListener(type, (e) => e.stopPropagation());
  return {
    element,
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

function focusNear(element: Element): void {
  const candidates = [
    element.parentElement?.closest('[tabindex]'),
    element.nextElementSibling?.matches('[tabindex]')
      ? element.nextElementSibling
      : element.nextElementSibling?.querySelector('[tabindex]'),
    element.parentElement?.querySelector('[tabindex]:not(oumail-help)'),
  ];
  const target = candidates.find((c): c is HTMLElement => !!c && c !== element && !element.contains(c));
  target?.focus({ preventScroll: true });
}
