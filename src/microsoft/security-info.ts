/**
 * Everything the extension knows about Microsoft's Security info page (mysignins.microsoft.com), in
 * one place. Where each text was seen, what is uncertain and how the code copes:
 * docs/sites/microsoft.md ("The Security info page").
 *
 * The page is a single-page app whose ids are generated per render (#id__7, #id__11), so nothing
 * here uses an id of the page's own: things are found by their text in English and Japanese and by
 * ARIA roles. The one fixed id used is the Microsoft 365 account control's, for the account.
 */
import { isShown } from '../dom/shown';

export const SECURITY_INFO_HOST = 'mysignins.microsoft.com';

export function isSecurityInfoHost(hostname: string): boolean {
  return hostname === SECURITY_INFO_HOST;
}

/**
 * Manage mode (aka.ms/mysecurityinfo → /security-info) and the registration wizard that sign-in's
 * "More information required" leads to (/register). Query strings (?tenant=, ?lng=) do not matter.
 */
export function securityInfoRoute(pathname: string): 'security-info' | 'register' | null {
  const m = /^\/(security-info|register)(?:\/|$)/i.exec(pathname);
  return m ? (m[1].toLowerCase() as 'security-info' | 'register') : null;
}

// --- Texts, per UI language, as they appear ---------------------------------------------------------
// English: UTokyo's English guides and 2025–2026 automation scripts. Japanese: UTokyo's MFA guide
// (2021–2024 wording). Microsoft renamed "Add method" to "Add sign-in method"; the Japanese
// 「サインイン方法の追加」 is our guess at the new wording, kept beside the old one.

const TEXTS = {
  /** The page's heading in manage mode. */
  pageTitle: ['Security info', 'セキュリティ情報'],
  /** The button above the methods list, and the title of the dialog it opens. */
  addMethod: ['Add sign-in method', 'Add method', 'サインイン方法の追加', '方法の追加'],
  /** The question of the "add method" dialog, above the list of methods. */
  addQuestion: ['Which method would you like to add?', 'どの方法を使用しますか?'],
  /** The phone step, above the country select and the number box. */
  phoneQuestion: ['What phone number would you like to use?', 'どの電話番号を使用しますか?'],
};

/** The country select shows the country with its calling code: "Japan (+81)". */
const CALLING_CODE = /\(\+\d{1,4}\)/;

/** The Microsoft 365 account control's current account (MeControl: #mectrl_currentAccount_secondary). */
const ACCOUNT_ADDRESS = '#mectrl_currentAccount_secondary';
/** The page header, where the account control lives. */
const BANNER = 'header, [role="banner"]';
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open]';
const HEADING = 'h1, h2, h3, h4, [role="heading"]';
const MAIN = 'main, [role="main"]';

// --- The account ------------------------------------------------------------------------------------

/**
 * The signed-in account's address as the page shows it: the account control's current account,
 * else an address in the header (the account button's label or title, or its text). Null when the
 * page shows none: then the notes stay away, because we cannot tell whose page this is.
 */
export function securityInfoAccount(doc: Document): string | null {
  const control = doc.querySelector(ACCOUNT_ADDRESS);
  const fromControl = control && firstAddress(control.textContent ?? '');
  if (fromControl) return fromControl;
  for (const banner of doc.querySelectorAll(BANNER)) {
    for (const labelled of banner.querySelectorAll('[aria-label], [title]')) {
      const address = firstAddress(`${labelled.getAttribute('aria-label') ?? ''} ${labelled.getAttribute('title') ?? ''}`);
      if (address) return address;
    }
    const address = firstAddress((banner.textContent ?? '').slice(0, 5000));
    if (address) return address;
  }
  return null;
}

/** The first word with exactly one @ and a dotted domain. Split, not searched with a regex: linear. */
function firstAddress(text: string): string | null {
  for (const word of text.slice(0, 5000).split(/[\s,;:()<>[\]"'「」()]+/)) {
    const at = word.indexOf('@');
    if (at > 0 && word.indexOf('@', at + 1) < 0 && word.indexOf('.', at) > at + 1) return word;
  }
  return null;
}

// --- What is on screen --------------------------------------------------------------------------------

/** The dialog on top (the last one open), when one is. */
export function openDialog(doc: Document): Element | null {
  const dialogs = Array.from(doc.querySelectorAll(DIALOG)).filter((dialog) => isShown(dialog));
  return dialogs[dialogs.length - 1] ?? null;
}

/**
 * The texts of TEXTS that `root` shows, each with the elements showing it, read in one walk over
 * its text nodes: the detectors run on every change, so a page is walked once per detector.
 */
interface ScreenTexts {
  root: Element;
  found: Record<keyof typeof TEXTS, Element[]>;
}

export function readScreen(root: Element): ScreenTexts {
  return { root, found: findTexts(root) };
}

/** The "Security info" heading of manage mode. */
export function pageHeading(screen: ScreenTexts): Element | null {
  // The navigation on the left has a "Security info" link too: only the heading counts.
  for (const el of screen.found.pageTitle) if (el.closest(HEADING)) return el.closest(HEADING);
  return null;
}

/** The "Add sign-in method" button above the methods list. */
export function addMethodButton(screen: ScreenTexts): Element | null {
  for (const el of screen.found.addMethod) {
    const control = el.closest('button, [role="button"], a');
    if (control) return control;
  }
  return null;
}

/** On `screen` (a dialog, or the wizard's page): the "Which method would you like to add?" step. */
export function addMethodStep(screen: ScreenTexts): Element | null {
  const [question] = screen.found.addQuestion;
  if (question) return question;
  // The 2024 dialog leads with a recommended method and may not ask the question: its title says
  // it (a heading, or what the dialog's aria-labelledby points to).
  const { root } = screen;
  const labels = (root.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const isTitle = (el: Element) => {
    if (el.closest(HEADING)) return true;
    for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
      if (node.id && labels.includes(node.id)) return true;
    }
    return false;
  };
  return screen.found.addMethod.find(isTitle) ?? null;
}

/**
 * On `screen`: the phone step, by its question, else by the country select showing a calling
 * code. Only the select's shown choice is read, never the number box.
 */
export function phoneStep(screen: ScreenTexts): Element | null {
  const [question] = screen.found.phoneQuestion;
  if (question) return question;
  for (const select of screen.root.querySelectorAll('select')) {
    const chosen = (select as HTMLSelectElement).selectedOptions[0];
    if (chosen && CALLING_CODE.test((chosen.textContent ?? '').slice(0, 200)) && isShown(select)) return select;
  }
  // A Fluent dropdown is a non-input element with role=combobox showing its choice as text.
  for (const combo of screen.root.querySelectorAll('[role="combobox"]:not(input)')) {
    if (CALLING_CODE.test((combo.textContent ?? '').slice(0, 200)) && isShown(combo)) return combo;
  }
  return null;
}

/** The page's main region around `element` (the wizard and the methods list live in it). */
export function mainRegion(element: Element): Element {
  return element.closest(MAIN) ?? element.ownerDocument.querySelector(MAIN) ?? element.parentElement ?? element;
}

/**
 * Where a note goes inside `container` (a dialog or the main region): after its last child, so it
 * sits below everything of Microsoft's and moves nothing. Inside the dialog, because a modal dialog
 * makes the rest of the page unreachable (the note's buttons live in a shadow root, so they never
 * join a form of the page's). Our own hosts are skipped, so the place stays the same once a note
 * is there.
 */
export function endOf(container: Element): Element {
  let last = container.lastElementChild;
  while (last?.hasAttribute('data-oumail-help')) last = last.previousElementSibling;
  return last ?? container;
}

// --- Text search -------------------------------------------------------------------------------------

const SKIPPED = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;
/** A page of this app holds a few thousand text nodes; more than this is not the page we know. */
const MAX_TEXT_NODES = 20_000;

/** Each text folded (NFKC, so ? and ? meet; spaces and case ignored), to the group it belongs to. */
const GROUP_OF = new Map<string, keyof typeof TEXTS>(
  (Object.keys(TEXTS) as (keyof typeof TEXTS)[]).flatMap((group) => TEXTS[group].map((text) => [fold(text), group] as const)),
);

/** Text nodes that read exactly one of TEXTS, on screen, by group. One walk: linear in the page. */
function findTexts(root: Element): Record<keyof typeof TEXTS, Element[]> {
  const found = Object.fromEntries(Object.keys(TEXTS).map((group) => [group, []])) as unknown as Record<keyof typeof TEXTS, Element[]>;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
    const value = node.nodeValue ?? '';
    // Every text we look for is short: longer ones are skipped before any folding.
    if (value.length > 80 || !value.trim()) continue;
    const group = GROUP_OF.get(fold(value));
    const parent = node.parentElement;
    if (!group || !parent || SKIPPED.test(parent.tagName.toUpperCase())) continue;
    if (isShown(parent)) found[group].push(parent);
  }
  return found;
}

function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
