import { forwardingAddressState } from '../detectors/forwarding-address';
import { keepCopyState } from '../detectors/forwarding-without-copy';
import { forwardingRules } from '../detectors/rules-forward';
import { optionsPage } from '../outlook/routes';
import { controlRow, isSaveButton, PAGE_WORDS, settingsRoot } from '../outlook/settings';
import { AddressCheck } from '../panels/AddressCheck';
import { KeepCopyWarning } from '../panels/KeepCopyWarning';
import { RuleNote } from '../panels/RuleNote';
import type { Context } from './context';
import { createHost, type Host } from './host';

/**
 * Warnings on Settings › Mail › Forwarding and Rules. Settings opens over the mail view by a
 * route change, its controls may come well after the URL, and it can be opened and closed many
 * times: so everything is judged again from the controls' live state whenever the dialog
 * changes, a control is used, or the route changes. The extension never changes a setting.
 */
export function forwardingSettings(ctx: Context) {
  let keepCopy: Host | null = null;
  let address: Host | null = null;
  const rules = new Map<Element, Host>();
  /** Save was pressed while the risky state was set; cleared when the state is fixed. */
  let saving = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** When the user last typed in the address box: the check waits for a pause in typing. */
  let typedAt = -Infinity;
  const TYPING_PAUSE = 600;

  const drop = (host: Host | null): null => {
    host?.destroy();
    return null;
  };

  /** Puts `host` right after `anchor`, creating it if needed (a detached one is put back as it is). */
  function place(host: Host | null, id: string, anchor: Element): Host {
    host ??= createHost(id, 'block');
    if (anchor.nextSibling !== host.element) anchor.after(host.element);
    return host;
  }

  function updateForwarding(dialog: Element | null): void {
    if (!dialog || !ctx.settings().forwardingWarnings) {
      keepCopy = drop(keepCopy);
      address = drop(address);
      saving = false;
      return;
    }
    const state = keepCopyState(dialog);
    if (state.risky && state.keepCopy) {
      const control = state.keepCopy;
      keepCopy = place(keepCopy, 'forwarding-keep-copy', controlRow(control, dialog));
      keepCopy.render(
        <KeepCopyWarning
          lang={ctx.lang()}
          saving={saving}
          onJump={() => {
            control.scrollIntoView({ block: 'center' });
            (control as HTMLElement).focus();
          }}
        />,
      );
    } else {
      keepCopy = drop(keepCopy);
      saving = false;
    }

    const typed = forwardingAddressState(dialog);
    // While the user is still typing, keep what is shown: judging every keystroke would flicker
    // ("no @" after the first letter) and announce half-typed addresses.
    const typing = typed.input === document.activeElement && performance.now() - typedAt < TYPING_PAUSE;
    if (typing) {
      later(TYPING_PAUSE);
    } else if (typed.input && typed.issues.length) {
      address = place(address, 'forwarding-address', controlRow(typed.input, dialog));
      address.render(<AddressCheck lang={ctx.lang()} issues={typed.issues} />);
    } else {
      address = drop(address);
    }
  }

  function updateRules(dialog: Element | null): void {
    const found = dialog && ctx.settings().rulesNotes ? forwardingRules(dialog) : [];
    const keep = new Set(found.map((f) => f.rule));
    for (const [rule, host] of rules) {
      if (!keep.has(rule) || !rule.isConnected) {
        host.destroy();
        rules.delete(rule);
      }
    }
    for (const { rule, removesOriginal, carrier } of found) {
      let host = rules.get(rule);
      if (!host) {
        host = createHost('rules-forward', 'block');
        rules.set(rule, host);
      }
      if (host.element.parentElement !== rule || rule.lastElementChild !== host.element) rule.append(host.element);
      host.render(<RuleNote lang={ctx.lang()} removesOriginal={removesOriginal} carrier={carrier} />);
    }
  }

  function update(): void {
    const page = optionsPage(location.pathname);
    updateForwarding(page === 'forwarding' ? settingsRoot(PAGE_WORDS.forwarding) : null);
    updateRules(page === 'rules' ? settingsRoot(PAGE_WORDS.rules) : null);
  }

  /** Many changes arrive together while the dialog renders: judge once they have landed. */
  function later(delay: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped) ctx.guard(update);
    }, delay);
  }
  function schedule(): void {
    if (timer === undefined) later(0);
  }

  return {
    start(signal: AbortSignal): void {
      // A native checkbox's .checked changes without any mutation: listen for the user's input.
      for (const type of ['input', 'change', 'click']) {
        document.addEventListener(
          type,
          (event) => {
            if (!optionsPage(location.pathname)) return;
            const target = event.target as Element | null;
            if (type === 'click' && target && isSaveButton(target) && keepCopy) saving = true;
            if (type === 'input' && target?.localName === 'input' && (target as HTMLInputElement).type !== 'checkbox') typedAt = performance.now();
            schedule();
          },
          { capture: true, signal },
        );
      }
      update();
    },
    schedule,
    refresh: update,
    stop(): void {
      stopped = true;
      clearTimeout(timer);
      keepCopy = drop(keepCopy);
      address = drop(address);
      for (const host of rules.values()) host.destroy();
      rules.clear();
    },
  };
}
