import { isOurHost } from './host';

/**
 * What the user is doing, as far as tips need to know: where focus is, what they last pressed, and
 * whether they are still typing into a field (a check that judged every keystroke would flicker and
 * announce half-typed addresses). Only trusted events count: a page script cannot fake the user.
 * Nothing typed is read here; a detector reads a field's value itself, when the pause is over.
 */
export const TYPING_PAUSE_MS = 600;

export interface UserInput {
  readonly focus: Element | null;
  /** The last trusted click or Enter on the page, and when. */
  readonly pressed: { target: Element; at: number } | null;
  typing(field: Element): boolean;
}

export function watchUserInput(
  signal: AbortSignal,
  on: { focus(before: Element | null, now: Element | null): void; input(target: Element): void },
): UserInput {
  const typedAt = new WeakMap<Element, number>();
  let focus: Element | null = document.activeElement;
  let pressed: UserInput['pressed'] = null;
  const listen = (type: string, handler: (event: Event, target: Element) => void) =>
    document.addEventListener(
      type,
      (event) => {
        const target = event.target;
        if (event.isTrusted && target instanceof Element) handler(event, target);
      },
      { capture: true, signal },
    );

  listen('focusin', (_, target) => {
    const before = focus;
    focus = target;
    on.focus(before, target);
  });
  listen('input', (_, target) => {
    typedAt.set(target, performance.now());
    on.input(target);
  });
  // A native checkbox's .checked changes without any mutation: its change and click say so.
  listen('change', (_, target) => on.input(target));
  const press = (target: Element) => {
    // Clicks in our own panels are not the user acting on the page.
    if (isOurHost(target)) return;
    pressed = { target, at: performance.now() };
    on.input(target);
  };
  listen('click', (_, target) => press(target));
  listen('keydown', (event, target) => {
    if ((event as KeyboardEvent).key === 'Enter' && !(event as KeyboardEvent).isComposing) press(target);
  });

  return {
    get focus() {
      return focus;
    },
    get pressed() {
      return pressed;
    },
    typing(field) {
      const at = typedAt.get(field);
      return at !== undefined && field === document.activeElement && performance.now() - at < TYPING_PAUSE_MS;
    },
  };
}
