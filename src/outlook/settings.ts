/**
 * What the extension knows about Outlook's Settings dialog (Settings › Mail › Forwarding and
 * Rules). Sources: ../shared/outlook/owa-dom.md §1.3, §2.2 "Settings/forwarding pane", §3.1–3.2.
 * Settings opens as a Fluent modal over the mail view by a route change, and its controls come in
 * two kinds depending on the build: native inputs, or ARIA widgets (role=switch / role=checkbox
 * with aria-checked), labelled by `for`, by `aria-labelledby`, or by wrapping. So controls are
 * found by what their label says, in English and Japanese, never by class names.
 */

/** The Settings dialog: Fluent v8's modal id, or any modal dialog. */
export const SETTINGS_DIALOG = ['[id^="ModalFocusTrapZone"]', '[role="dialog"]'].join(',');



/** Visible labels, per UI language. Matched after folding spaces and case; a label may carry a colon. */
export const LABELS = {
  enableForwarding: ['Enable forwarding', '転送を有効にする'],
  keepCopy: ['Keep a copy of forwarded messages', '転送されたメッセージのコピーを保持する'],
  // 「メールの転送先」 (Kyoto's manual) and 「メール転送先」 (Kobe's) were both seen.
  forwardTo: ['Forward my email to', 'メールの転送先', 'メール転送先'],
  save: ['Save', '保存'],
} as const;

/** Words of a rule's actions that send mail on (§3.2; the Japanese for the first two is unverified, so match loosely). */
export const RULE_FORWARD_WORDS = ['Forward to', 'Forward as attachment', 'Redirect to', '転送', 'リダイレクト'];
/** Actions that take the original out of the inbox. */
export const RULE_REMOVE_WORDS = ['Delete', 'Permanently delete', 'Move to', '削除', '移動'];

const CONTROL = 'input[type="checkbox"], [role="switch"], [role="checkbox"]';

export function fold(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(/[\s\u200b]+/g, ' ').replace(/[:：]\s*$/, '').trim().toLowerCase();
}

function isLabelText(text: string | null | undefined, labels: readonly string[]): boolean {
  const folded = fold(text);
  return labels.some((label) => fold(label) === folded);
}

/**
 * The innermost element whose text is one of `labels` (a <label>, a <span>, …): a row that only
 * wraps a label has the same text, so keep going down while a child still says it all.
 */
function labelElement(root: Element, labels: readonly string[]): Element | null {
  const longest = Math.max(...labels.map((l) => l.length)) + 8;
  for (const el of root.querySelectorAll('label, span, div, p')) {
    const text = el.textContent ?? '';
    if (text.length > longest || !isLabelText(text, labels)) continue;
    let inner: Element = el;
    for (;;) {
      const child = Array.from(inner.children).find((c) => isLabelText(c.textContent, labels));
      if (!child) return inner;
      inner = child;
    }
  }
  return null;
}

/**
 * The control (checkbox or switch) labelled by one of `labels`, whichever way it is labelled:
 * aria-label, aria-labelledby, <label for>, a wrapping <label>, or, as the last resort, the
 * control that shares the label's container.
 */
export function findControl(root: Element, labels: readonly string[]): Element | null {
  for (const control of root.querySelectorAll(CONTROL)) {
    if (isLabelText(control.getAttribute('aria-label'), labels)) return control;
    const ids = control.getAttribute('aria-labelledby');
    if (ids && isLabelText(ids.split(/\s+/).map((id) => control.ownerDocument.getElementById(id)?.textContent ?? '').join(' '), labels)) {
      return control;
    }
  }
  const label = labelElement(root, labels);
  if (!label) return null;
  const htmlLabel = label.closest('label');
  if (htmlLabel) {
    const forId = htmlLabel.getAttribute('for');
    const target = forId ? root.ownerDocument.getElementById(forId) : htmlLabel.querySelector(CONTROL);
    if (target) return target;
  }
  // Fluent puts the label and the control side by side in one small container.
  for (let box = label.parentElement; box && box !== root; box = box.parentElement) {
    const controls = box.querySelectorAll(CONTROL);
    if (controls.length === 1) return controls[0];
    if (controls.length > 1) break;
  }
  return null;
}

/** A checkbox's or switch's state, from `.checked` (native) or aria-checked (ARIA widget). */
export function isOn(control: Element): boolean {
  if (control instanceof HTMLInputElement || control.localName === 'input') return (control as HTMLInputElement).checked;
  return control.getAttribute('aria-checked') === 'true';
}

/** The "Forward my email to" box: the text input after its label, or the one asking for an address. */
export function findAddressInput(root: Element): HTMLInputElement | null {
  const inputs = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="text"], input[type="email"], input:not([type])'));
  for (const input of inputs) {
    if (isLabelText(input.getAttribute('aria-label'), LABELS.forwardTo)) return input;
    const ids = input.getAttribute('aria-labelledby');
    if (ids && isLabelText(root.ownerDocument.getElementById(ids.split(/\s+/)[0])?.textContent, LABELS.forwardTo)) return input;
    if (input.id && isLabelText(root.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent, LABELS.forwardTo)) return input;
  }
  const label = labelElement(root, LABELS.forwardTo);
  if (label) {
    for (let box = label.parentElement; box && box !== root; box = box.parentElement) {
      const found = box.querySelector<HTMLInputElement>('input[type="text"], input[type="email"], input:not([type])');
      if (found) return found;
    }
  }
  // "Enter an email address" is the English placeholder; any placeholder with @ or "mail" will do.
  return inputs.find((i) => /@|mail|メール/i.test(i.placeholder)) ?? null;
}

/** The Save button of the Settings pane. */
export function isSaveButton(el: Element): boolean {
  const button = el.closest('button, [role="button"]');
  return !!button && (isLabelText(button.textContent, LABELS.save) || isLabelText(button.getAttribute('aria-label'), LABELS.save));
}

const FORM_CONTROL = 'input, select, textarea, button, [role="switch"], [role="checkbox"]';

/**
 * Where a warning about a control goes: after the largest box that holds this control (with its
 * label and Fluent's wrappers) and no other control, so the warning never lands inside a text
 * field's frame or between a checkbox and its label.
 */
export function controlRow(control: Element, root: Element): Element {
  let row: Element = control;
  while (row.parentElement && row.parentElement !== root && row.parentElement.querySelectorAll(FORM_CONTROL).length === 1) {
    row = row.parentElement;
  }
  return row;
}

/**
 * Where Settings' controls are: the topmost dialog that says any of `words` (Outlook may keep
 * other dialogs around), or null while there is none (the dialog comes after the route). Never
 * the whole page: that would scan all of Outlook on every change.
 */
export function settingsRoot(words: readonly string[], doc: Document = document): Element | null {
  const dialogs = Array.from(doc.querySelectorAll(SETTINGS_DIALOG));
  for (let i = dialogs.length - 1; i >= 0; i--) {
    const text = dialogs[i].textContent ?? '';
    if (words.some((w) => text.includes(w))) return dialogs[i];
  }
  return null;
}

/** Words that tell the Forwarding and the Rules pages' dialogs from others. */
export const PAGE_WORDS = {
  forwarding: [...LABELS.enableForwarding, ...LABELS.keepCopy],
  rules: [...RULE_FORWARD_WORDS, ...RULE_REMOVE_WORDS, 'Rules', 'ルール'],
} as const;
