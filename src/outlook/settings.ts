/**
 * What the extension knows about Outlook's Settings dialog (Settings › Mail › Forwarding and
 * Rules): its labels per UI language and where its parts are. Described in docs/sites/outlook.md.
 * Settings opens as a Fluent modal over the mail view by a route change, and its controls come in
 * two kinds depending on the build: native inputs, or ARIA widgets (role=switch / role=checkbox
 * with aria-checked), labelled by `for`, by `aria-labelledby`, or by wrapping. So controls are
 * found by what their label says (src/dom/labelled-control.ts), never by class names.
 */
import { findCheckControl, findTextInput, fold, isButtonLabelled, textInputs } from '../dom/labelled-control';

/** The Settings dialog: Fluent v8's modal id, or any modal dialog. */
const SETTINGS_DIALOG = ['[id^="ModalFocusTrapZone"]', '[role="dialog"]'].join(',');

/** Visible labels, per UI language. Matched after folding spaces and case; a label may carry a colon. */
const LABELS = {
  enableForwarding: ['Enable forwarding', '転送を有効にする'],
  keepCopy: ['Keep a copy of forwarded messages', '転送されたメッセージのコピーを保持する'],
  // 「メールの転送先」 (Kyoto's manual) and 「メール転送先」 (Kobe's) were both seen.
  forwardTo: ['Forward my email to', 'メールの転送先', 'メール転送先'],
  save: ['Save', '保存'],
} as const;

/** Words of a rule's actions that send mail on (the Japanese for the first two is unverified, so match loosely). */
const RULE_FORWARD_WORDS = ['Forward to', 'Forward as attachment', 'Redirect to', '転送', 'リダイレクト'];
/** Actions that take the original out of the inbox. */
const RULE_REMOVE_WORDS = ['Delete', 'Permanently delete', 'Move to', '削除', '移動'];

/** Words that tell the Forwarding and the Rules pages' dialogs from others. */
export const PAGE_WORDS = {
  forwarding: [...LABELS.enableForwarding, ...LABELS.keepCopy],
  rules: [...RULE_FORWARD_WORDS, ...RULE_REMOVE_WORDS, 'Rules', 'ルール'],
} as const;

/**
 * Where Settings' controls are: the topmost dialog that says any of `words` (Outlook may keep
 * other dialogs around), or null while there is none (the dialog comes after the route). Never
 * the whole page: that would scan all of Outlook on every change.
 */
export function settingsRoot(words: readonly string[], doc: Document = document): Element | null {
  const dialogs = Array.from(doc.querySelectorAll(SETTINGS_DIALOG));
  // Folded like the labels (case, width, spacing), so a build that writes "Enable Forwarding" is found.
  const folded = words.map(fold);
  for (let i = dialogs.length - 1; i >= 0; i--) {
    const text = fold(dialogs[i].textContent);
    if (folded.some((w) => text.includes(w))) return dialogs[i];
  }
  return null;
}

/** "Enable forwarding" and "Keep a copy of forwarded messages". */
export function forwardingControls(dialog: Element): { enable: Element | null; keepCopy: Element | null } {
  return { enable: findCheckControl(dialog, LABELS.enableForwarding), keepCopy: findCheckControl(dialog, LABELS.keepCopy) };
}

/** The "Forward my email to" box: the text input labelled so, or the one whose placeholder asks for an address. */
export function forwardingAddressInput(dialog: Element): HTMLInputElement | null {
  // "Enter an email address" is the English placeholder; any placeholder with @ or "mail" will do.
  return findTextInput(dialog, LABELS.forwardTo) ?? textInputs(dialog).find((i) => /@|mail|メール/i.test(i.placeholder)) ?? null;
}

/** The Settings pane's Save button (or something inside it). */
export function isSaveButton(el: Element): boolean {
  return isButtonLabelled(el, LABELS.save);
}

/** Each rule in the Rules pane: list items or rows, else the box around each rule's on/off switch. */
export function ruleItems(dialog: Element): Element[] {
  const items = Array.from(dialog.querySelectorAll('[role="listitem"], [role="row"], li'));
  if (items.length) return items.filter((item) => !items.some((other) => other !== item && other.contains(item)));
  return Array.from(dialog.querySelectorAll('[role="switch"]')).map((s) => s.parentElement ?? s);
}

/** What a rule does, from its text: whether it sends mail on, and whether it takes the original away. */
export function ruleActions(rule: Element): { forwards: boolean; removesOriginal: boolean } {
  const text = fold(rule.textContent);
  const has = (words: readonly string[]) => words.some((w) => text.includes(fold(w)));
  return { forwards: has(RULE_FORWARD_WORDS), removesOriginal: has(RULE_REMOVE_WORDS) };
}
