/**
 * Everything the extension knows about Microsoft's sign-in page for work and school accounts
 * (login.microsoftonline.com), in one place. Where each id and text was seen, what is uncertain and
 * how the code copes: docs/sites/microsoft.md ("The sign-in page").
 *
 * The page is one app whose steps replace each other without the URL changing, so the step on
 * screen is told from the elements present, never from the address. It keys on the ids the page
 * has kept for years (every sign-in script of 2025–2026 still uses them) and never on class names
 * or placeholders, which tenant branding can replace.
 *
 * The password box is never read here: it is only looked up by selector, to tell the password step
 * from the others, and its visibility is judged from its parent.
 */
import { isShown as isShownInPage } from '../dom/shown';

export const SIGNIN_HOST = 'login.microsoftonline.com';

export function isSigninHost(hostname: string): boolean {
  return hostname === SIGNIN_HOST;
}

/**
 * `<meta name="PageID">` (seen in saved pages and fixtures of public code): ConvergedSignIn
 * (username and password), ConvergedTFA (the MFA steps), ConvergedProofUpRedirect ("More
 * information required"), and the three below. The id is set when the page loads and stays as it
 * is when the app switches steps in place, so it only rules out pages without a step we help with:
 * "Stay signed in?", its sibling interrupt, and the service error page.
 */
const PAGES_WITHOUT_STEPS: readonly string[] = ['KmsiInterrupt', 'CmsiInterrupt', 'ConvergedError'];

// --- Elements per step ---------------------------------------------------------------------------
// Each list holds alternatives, most specific first. Hidden copies kept for password managers carry
// .moveOffScreen (the username step holds a hidden password box, and the other way round) and never
// count.

/**
 * The username box: input#i0116[name=loginfmt][type=email] (aws-azure-login, az2aws, CyberDrain
 * Check's rules; docs/sites/microsoft.md, "The elements per step").
 */
const USERNAME_INPUT = [
  '#i0116:not(.moveOffScreen)',
  'input[name="loginfmt"]:not(.moveOffScreen)', // same box by its form name (aws-azure-login)
].join(',');

/** Microsoft's own error under the username: div#usernameError inside [role=alert] (aws-azure-login; public code). */
const USERNAME_ERROR = '#usernameError';

/**
 * The password box, to tell the step only: input#i0118[name=passwd][type=password] (aws-azure-login;
 * shadow578/ms365-css-designer signin.tsx). Never read: no value, no attribute beyond this selector.
 */
const PASSWORD_INPUT = [
  '#i0118:not(.moveOffScreen)',
  'input[name="passwd"]:not(.moveOffScreen)', // same box by its form name (aws-azure-login)
].join(',');

/** Microsoft's error on the password step: div#passwordError, holding a reset link (shadow578 signin.tsx). */
const PASSWORD_ERROR = '#passwordError';

/** The account the later steps are for, in the identity banner (shadow578 signin.tsx; on MFA screens assumed [?]). */
const IDENTITY = '#displayName';

/** "Verify your identity": the list of ways to be checked (public code; ids of the SAOTCS family). */
const MFA_PROOFS = ['#idDiv_SAOTCS_Proofs', '#idDiv_SAOTCS_Title'].join(',');
/** "Approve sign in request": the Authenticator push, with or without a number to match (public code). */
const MFA_APPROVE = ['#idDiv_SAOTCAS_Title', '#idDiv_SAOTCAS_Description', '#idRichContext_DisplaySign'].join(',');
/** "Enter code": the one-time code from SMS or the app (aws-azure-login; public code). */
const MFA_CODE = ['#idTxtBx_SAOTCC_OTC', 'input[name="otc"]', '#idDiv_SAOTCC_Description'].join(',');
/** "More information required": the registration interrupt's Next, or its "Ask later" (public code). */
const PROOF_UP = ['#idSubmit_ProofUp_Redirect', '#btnAskLater'].join(',');

export type SigninStep = 'username' | 'password' | 'mfa-proofs' | 'mfa-approve' | 'mfa-code' | 'proofup';

interface SigninScreen {
  step: SigninStep;
  /** The element that showed the step: the username box, an MFA title, … (never the password box). */
  marker: Element;
}

/**
 * The step on screen, latest in the flow first: a leftover of an earlier step never wins over the
 * one the student is on. Null on pages without a step we help with (Stay signed in?, errors).
 */
export function signinStep(doc: Document): SigninScreen | null {
  const pageId = doc.querySelector('meta[name="PageID"]')?.getAttribute('content') ?? '';
  if (PAGES_WITHOUT_STEPS.includes(pageId)) return null;

  const proofUp = shown(doc, PROOF_UP);
  if (proofUp) return { step: 'proofup', marker: proofUp };
  const code = shown(doc, MFA_CODE);
  if (code) return { step: 'mfa-code', marker: code };
  const approve = shown(doc, MFA_APPROVE);
  if (approve) return { step: 'mfa-approve', marker: approve };
  const proofs = shown(doc, MFA_PROOFS);
  if (proofs) return { step: 'mfa-proofs', marker: proofs };
  // The password box is judged by its parent, so the box itself is never touched.
  const password = doc.querySelector(PASSWORD_INPUT)?.parentElement;
  if (password && isShown(password)) return { step: 'password', marker: password };
  const username = shown(doc, USERNAME_INPUT);
  if (username) return { step: 'username', marker: username };
  return null;
}

/** The username box on the username step (the only box whose value the extension reads). */
export function usernameInput(doc: Document): HTMLInputElement | null {
  const input = shown(doc, USERNAME_INPUT);
  // By tag name: parsed documents have no window of their own to take HTMLInputElement from.
  return input?.tagName === 'INPUT' ? (input as HTMLInputElement) : null;
}

/** The address in the identity banner of the later steps, or null when the page shows none. */
export function signedInAs(doc: Document): string | null {
  const banner = doc.querySelector(IDENTITY);
  if (!banner || !isShown(banner)) return null;
  const text = (banner.textContent ?? '').trim() || (banner.getAttribute('title') ?? '').trim();
  return text || null;
}

/**
 * Where a note goes: right after Microsoft's form, so nothing of the form is covered or moved.
 * The form wraps every step (it stays while the steps switch); a page without one gets the note
 * after the outermost container of the step.
 */
export function noteAnchor(marker: Element): Element {
  const form = marker.closest('form');
  if (form) return form;
  let top = marker;
  while (top.parentElement && top.parentElement !== top.ownerDocument.body && top.parentElement !== top.ownerDocument.documentElement) {
    top = top.parentElement;
  }
  return top;
}

// --- Microsoft's error texts ----------------------------------------------------------------------
// As they appear on the page, per UI language; each is matched by its first sentence, folded
// (NFKC, straight apostrophes, no spaces, lower case), so a changed second sentence still counts.
// An error text we do not know is 'other': the note falls back to what the address itself shows.

export type UsernameError = 'may-be-incorrect' | 'not-found' | 'no-such-microsoft-account' | 'invalid' | 'other';

const USERNAME_ERRORS: Record<Exclude<UsernameError, 'other'>, string[]> = {
  // Account not found in a verified domain (AADSTS50034 family).
  'may-be-incorrect': ['This username may be incorrect.', 'このユーザー名は間違っている可能性があります。'],
  // The domain is not known to Entra (falls back to personal accounts), and its variant with local accounts hidden.
  'not-found': [
    "We couldn't find an account with that username.",
    "We didn't find that email address in your organization.",
    'そのユーザー名のアカウントが見つかりませんでした。',
  ],
  // The personal-account flow.
  'no-such-microsoft-account': ["That Microsoft account doesn't exist.", 'その Microsoft アカウントは存在しません。'],
  // Empty or malformed (no Japanese occurrence was found: it reads as 'other' in Japanese).
  invalid: ['Enter a valid email address, phone number, or Skype name.'],
};

export type PasswordError = 'wrong-password' | 'old-password' | 'empty' | 'other';

const PASSWORD_ERRORS: Record<Exclude<PasswordError, 'other'>, string[]> = {
  // AADSTS50126; the client shows the same text when the account is not found at this step.
  'wrong-password': ['Your account or password is incorrect.', 'アカウントまたはパスワードが正しくありません。'],
  'old-password': ['Looks like you entered your old password.'],
  empty: ['Please enter your password.'],
};

/** Microsoft's error under the username, when one is on screen. */
export function usernameError(doc: Document): UsernameError | null {
  return errorKind(doc, USERNAME_ERROR, USERNAME_ERRORS);
}

/** Microsoft's error on the password step, when one is on screen (read from its own element, never the box). */
export function passwordError(doc: Document): PasswordError | null {
  return errorKind(doc, PASSWORD_ERROR, PASSWORD_ERRORS);
}

function errorKind<K extends string>(doc: Document, selector: string, texts: Record<K, string[]>): K | 'other' | null {
  const element = doc.querySelector(selector);
  if (!element || !isShown(element)) return null;
  const text = fold((element.textContent ?? '').slice(0, 2000));
  if (!text) return null;
  for (const kind of Object.keys(texts) as K[]) {
    if (texts[kind].some((known) => text.startsWith(fold(known)))) return kind;
  }
  return 'other';
}

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** The page's UI language: `<meta name="LocLC">` (en-US, ja-JP), else `<html lang>`. */
export function signinLanguage(doc: Document): 'ja' | 'en' | null {
  const code = doc.querySelector('meta[name="LocLC"]')?.getAttribute('content') || doc.documentElement.lang || '';
  if (!code) return null;
  return code.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

// --- Visibility ------------------------------------------------------------------------------------

function shown(doc: Document, selector: string): Element | null {
  for (const element of doc.querySelectorAll(selector)) if (isShown(element)) return element;
  return null;
}

/** The app hides what is not on screen with `hidden`, inline display:none (Knockout's visible binding) or .moveOffScreen. */
function isShown(element: Element): boolean {
  return isShownInPage(element, 'moveOffScreen');
}
