/**
 * Is what was typed on Microsoft's sign-in page an OUMail account, a slip on the way to one, or
 * somebody else's account? The answer decides whether the extension says anything at all on
 * login.microsoftonline.com, a page every Microsoft 365 organisation shares: for `other` and
 * `empty` it must stay silent.
 *
 * The OUMail address is the Osaka University personal ID followed by @ecs.osaka-u.ac.jp, typed in
 * full; graduates' addresses become …@alumni.osaka-u.ac.jp (the help center's Q1,
 * LINKS.helpCenterSignIn in src/faq/links.ts). No source gives the personal ID's format, so nothing here assumes one: "no @" is all
 * that `no-domain` means.
 *
 * Pure string code. The input is whatever was typed (or what a page shows), so everything is
 * linear in its length: one NFKC pass, loops and splits, and an edit distance that gives up as soon
 * as the lengths differ too much.
 */
import { areNeighbourKeys, boundedDistance } from './typing';

export type OumailAccountKind =
  /** …@ecs.osaka-u.ac.jp: the OUMail form (upper or lower case, as Microsoft accepts both). */
  | 'oumail'
  /** …@osaka-u.ac.jp: the university's domain without "ecs.". */
  | 'missing-ecs'
  /** A slip in ecs.osaka-u.ac.jp or osaka-u.ac.jp: ecs.osaka-u.jp, ecs.osaka.ac.jp, ecs-osaka-u.ac.jp, esc.…, …ac.jo. */
  | 'ecs-typo'
  /** Full-width characters (an IME left on): ｔａｒｏ＠ｅｃｓ．… */
  | 'full-width'
  /** A space or an invisible character inside the address. */
  | 'space'
  /** No @ at all: perhaps the personal ID alone. */
  | 'no-domain'
  /** @ecs.osaka-u.ac.jp with nothing before it. */
  | 'no-id'
  /** …@alumni.osaka-u.ac.jp: a graduate's address, not the student OUMail form. */
  | 'alumni'
  /** Any other organisation's or a personal address: the extension says nothing. */
  | 'other'
  | 'empty';

export interface OumailAccount {
  kind: OumailAccountKind;
  /**
   * The address in the OUMail form, where it can be worked out from what was typed (the typed
   * personal ID with the right domain, or the input with its full-width characters and spaces
   * repaired). Null when there is nothing to suggest (`no-domain`: we do not know the ID's format).
   */
  suggestion: string | null;
}

const OUMAIL_DOMAIN = 'ecs.osaka-u.ac.jp';
const ALUMNI_DOMAIN = 'alumni.osaka-u.ac.jp';
const UNIVERSITY_DOMAIN = 'osaka-u.ac.jp';

/** Longer than any address Microsoft's username box takes (its maxlength is 113): not an address. */
const MAX_LENGTH = 320;

const SILENT: OumailAccount = { kind: 'other', suggestion: null };

export function classifyOumailAccount(input: string): OumailAccount {
  if (typeof input !== 'string') return SILENT;
  const trimmed = trimInvisible(input);
  if (!trimmed) return { kind: 'empty', suggestion: null };
  if (trimmed.length > MAX_LENGTH) return SILENT;

  // What an IME types instead of ASCII, then spaces. The repaired text is judged as if typed
  // correctly, and the note speaks of the characters only when it is (nearly) an OUMail address.
  if (FULL_WIDTH.test(trimmed)) return afterRepair('full-width', removeSpaces(repairFullWidth(trimmed)));
  if (SPACE.test(trimmed)) return afterRepair('space', removeSpaces(trimmed));
  return classifyAscii(trimmed);
}

function afterRepair(kind: 'full-width' | 'space', repaired: string): OumailAccount {
  const inner = classifyAscii(repaired);
  if (inner.kind === 'other' || inner.kind === 'empty') return SILENT;
  // A repaired OUMail address is its own suggestion; a near miss brings the corrected one.
  return { kind, suggestion: inner.kind === 'oumail' ? repaired : inner.suggestion };
}

/** The OUMail form exactly: the only accounts the notes on later steps and on Security info speak to. */
export function isOumailAccount(address: string | null | undefined): boolean {
  return typeof address === 'string' && classifyOumailAccount(address).kind === 'oumail';
}

// --- Characters --------------------------------------------------------------------------------

/**
 * Full-width forms (ＡＢＣ＠．), the ideographic space and 。、, and the dash-like characters a
 * Japanese IME gives for "-": ー (katakana long vowel), ‐ ‑ ‒ – — ― and − (minus).
 */
const FULL_WIDTH = /[\u3000-\u3002\uFF01-\uFF64\u30FC\u2010-\u2015\u2212]/;
const DASHES = /[\u30FC\u2010-\u2015\u2212]/g;
/** Whitespace, plus zero-width characters that copy-paste from web pages and chat apps brings along. */
const SPACE = /[\s\u200B-\u200D\u2060\uFEFF]/;
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF]+/g;

function repairFullWidth(s: string): string {
  // NFKC turns ｔａｒｏ＠ｅｃｓ．ｏｓａｋａ into ASCII; 。 and ー are not compatibility characters,
  // but in Japanese input mode they are what the "." and "-" keys type.
  return s.normalize('NFKC').replace(/。/g, '.').replace(/、/g, ',').replace(DASHES, '-');
}

function removeSpaces(s: string): string {
  return s.replace(SPACES, '');
}

/** String.prototype.trim plus zero-width characters; a loop, because an end-anchored regex backtracks. */
function trimInvisible(s: string): string {
  const blank = (ch: string) => ch.trim() === '' || /[\u200B-\u200D\u2060\uFEFF]/.test(ch);
  let start = 0;
  let end = s.length;
  while (start < end && blank(s[start])) start++;
  while (end > start && blank(s[end - 1])) end--;
  return s.slice(start, end);
}

// --- The address -------------------------------------------------------------------------------

function classifyAscii(s: string): OumailAccount {
  const at = s.indexOf('@');
  if (at < 0) return { kind: 'no-domain', suggestion: null };
  // Two @ are two addresses run together or something else entirely: we cannot know which was meant.
  if (s.indexOf('@', at + 1) >= 0) return SILENT;

  const local = s.slice(0, at);
  const domain = s.slice(at + 1).toLowerCase();
  const suggestion = local ? `${local}@${OUMAIL_DOMAIN}` : null;

  let kind: OumailAccountKind;
  if (domain === OUMAIL_DOMAIN) kind = 'oumail';
  else if (domain === ALUMNI_DOMAIN) kind = 'alumni';
  else if (domain === UNIVERSITY_DOMAIN) kind = 'missing-ecs';
  else if (isOumailDomainTypo(domain)) kind = 'ecs-typo';
  else return SILENT;
  if (!local) return { kind: 'no-id', suggestion: null };
  return { kind, suggestion: kind === 'missing-ecs' || kind === 'ecs-typo' ? suggestion : null };
}

/**
 * A slip on the way to ecs.osaka-u.ac.jp (or to the university's domain itself). Compared without
 * the separators, so ecs-osaka-u.ac.jp and ecsosaka-u.ac.jp count, within two edits: ecs.osaka-u.jp,
 * ecs.osaka.ac.jp, ecs.osaka-u.ac.jo, osaka-u.jp, oosaka-u.ac.jp.
 */
function isOumailDomainTypo(domain: string): boolean {
  const labels = domain.split('.');
  // The university's own subdomains (ist., eng., sci., … of osaka-u.ac.jp) are real department and
  // staff mail domains: only a slip of the fingers on "ecs" itself counts.
  if (domain.endsWith(`.${UNIVERSITY_DOMAIN}`)) {
    return labels.length === 4 && isEcsSlip(labels[0]);
  }
  if (isNeighbourSchool(labels)) return false;
  const bare = domain.replace(/[.\-_,]/g, '');
  return boundedDistance(bare, 'ecsosakauacjp', 2) <= 2 || boundedDistance(bare, 'osakauacjp', 2) <= 2;
}

/**
 * Other schools are named the same way as this one (osaka-cu.ac.jp, Osaka City University;
 * osaka-pu.ac.jp, Osaka Prefecture University; osaka-ue.ac.jp, Osaka University of Economics), one
 * letter from osaka-u.ac.jp. Any osaka-<letters>.ac.jp other than osaka-u, and its subdomains, is
 * taken for a real school of its own: silence is the safe mistake there.
 */
function isNeighbourSchool(labels: string[]): boolean {
  const n = labels.length;
  if (n < 3 || labels[n - 1] !== 'jp' || labels[n - 2] !== 'ac') return false;
  const m = /^osaka[-_]?([a-z]+)$/.exec(labels[n - 3]);
  return !!m && m[1] !== 'u';
}

/**
 * "esc", "ces", "eecs", "ecss", "ecd", "wcs": two letters swapped, one doubled, or one replaced by
 * its neighbour on the keyboard. Dropped letters ("cs", "es") are left out: short department names
 * look like that.
 */
function isEcsSlip(label: string): boolean {
  if (label === 'ecs') return false;
  if (label.length === 3) {
    const diff = [0, 1, 2].filter((i) => label[i] !== 'ecs'[i]);
    if (diff.length === 2 && diff[1] === diff[0] + 1) return label[diff[0]] === 'ecs'[diff[1]] && label[diff[1]] === 'ecs'[diff[0]];
    return diff.length === 1 && areNeighbourKeys(label[diff[0]], 'ecs'[diff[0]]);
  }
  return label.length === 4 && ['eecs', 'eccs', 'ecss'].includes(label);
}
