/**
 * Finding form controls by what their label says, however the page labels them: aria-label,
 * aria-labelledby, <label for>, a wrapping <label>, or a label and a control side by side in one
 * small container (Fluent's way). Site-neutral: the labels themselves are the site's knowledge.
 */

/** Text folded for comparing with a label: width, spaces, case and a trailing colon do not count. */
export function fold(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .replace(/[\s\u200b]+/g, ' ')
    .replace(/[:：]\s*$/, '')
    .trim()
    .toLowerCase();
}

function isLabelText(text: string | null | undefined, labels: readonly string[]): boolean {
  const folded = fold(text);
  return labels.some((label) => fold(label) === folded);
}

const CHECK_CONTROL = 'input[type="checkbox"], [role="switch"], [role="checkbox"]';
const TEXT_INPUT = 'input[type="text"], input[type="email"], input:not([type])';
const FORM_CONTROL = 'input, select, textarea, button, [role="switch"], [role="checkbox"]';

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

function labelledByText(control: Element): string {
  const ids = control.getAttribute('aria-labelledby');
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => control.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** The checkbox or switch labelled by one of `labels`. */
export function findCheckControl(root: Element, labels: readonly string[]): Element | null {
  for (const control of root.querySelectorAll(CHECK_CONTROL)) {
    if (isLabelText(control.getAttribute('aria-label'), labels)) return control;
    if (control.hasAttribute('aria-labelledby') && isLabelText(labelledByText(control), labels)) return control;
  }
  const label = labelElement(root, labels);
  if (!label) return null;
  const htmlLabel = label.closest('label');
  if (htmlLabel) {
    const forId = htmlLabel.getAttribute('for');
    const target = forId ? root.ownerDocument.getElementById(forId) : htmlLabel.querySelector(CHECK_CONTROL);
    if (target) return target;
  }
  for (let box = label.parentElement; box && box !== root; box = box.parentElement) {
    const controls = box.querySelectorAll(CHECK_CONTROL);
    if (controls.length === 1) return controls[0];
    if (controls.length > 1) break;
  }
  return null;
}

/** The text box labelled by one of `labels`, or null. */
export function findTextInput(root: Element, labels: readonly string[]): HTMLInputElement | null {
  const inputs = Array.from(root.querySelectorAll<HTMLInputElement>(TEXT_INPUT));
  for (const input of inputs) {
    if (isLabelText(input.getAttribute('aria-label'), labels)) return input;
    if (input.hasAttribute('aria-labelledby') && isLabelText(labelledByText(input), labels)) return input;
    if (input.id && isLabelText(root.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent, labels)) return input;
  }
  const label = labelElement(root, labels);
  if (!label) return null;
  for (let box = label.parentElement; box && box !== root; box = box.parentElement) {
    const found = box.querySelector<HTMLInputElement>(TEXT_INPUT);
    if (found) return found;
  }
  return null;
}

/** Every text box in `root` (for a site's last-resort rules). */
export function textInputs(root: Element): HTMLInputElement[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>(TEXT_INPUT));
}

/** A checkbox's or switch's state, from `.checked` (native) or aria-checked (ARIA widget). */
export function isOn(control: Element): boolean {
  if (control.localName === 'input') return (control as HTMLInputElement).checked;
  return control.getAttribute('aria-checked') === 'true';
}

/** A button (or ARIA button) whose text or aria-label is one of `labels`. */
export function isButtonLabelled(el: Element, labels: readonly string[]): boolean {
  const button = el.closest('button, [role="button"]');
  return !!button && (isLabelText(button.textContent, labels) || isLabelText(button.getAttribute('aria-label'), labels));
}

/**
 * Where a note about a control goes: after the largest box that holds this control (with its label
 * and the framework's wrappers) and no other control, so the note never lands inside a text
 * field's frame or between a checkbox and its label.
 */
export function controlRow(control: Element, root: Element): Element {
  let row: Element = control;
  while (row.parentElement && row.parentElement !== root && row.parentElement.querySelectorAll(FORM_CONTROL).length === 1) {
    row = row.parentElement;
  }
  return row;
}
