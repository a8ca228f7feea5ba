/**
 * Checks the address typed into Outlook's Settings › Mail › Forwarding › "Forward my email to" box.
 *
 * The warnings matter because a bad forwarding target loses mail quietly: carriers treat forwarded
 * mail as spoofed (their own pages; src/panels/message-sources.ts), and a mistyped address bounces.
 * An OUMail address is not wrong as such, but worth a word: forwarding to your own sends your mail
 * nowhere else, and forwarding to someone else's puts your mail in their mailbox inside the
 * university, where Microsoft's block on external forwarding (5.7.520) does not apply
 * (learn.microsoft.com, "Control automatic external email forwarding in Microsoft 365").
 * The check cannot tell which of the two it is: it only sees the address typed.
 *
 * Pure string logic: no DOM, no network. The input is whatever the user typed, so everything here
 * must stay linear-time on arbitrary text (a pasted 10,000-character string must not hang the page).
 */
import { carrierOf, CARRIER_DOMAINS, type Carrier } from './carriers';
import { areNeighbourKeys, boundedDistance } from './typing';

export type AddressIssue =
  | { kind: 'carrier'; carrier: Carrier }
  | { kind: 'typo'; suggestion: string }
  | { kind: 'oumail-address'; domain: string }
  | {
      kind: 'invalid';
      reason: 'missing-at' | 'full-width' | 'spaces' | 'bad-domain' | 'multiple-at';
      suggestion: string | null;
    };

type InvalidReason = Extract<AddressIssue, { kind: 'invalid' }>['reason'];

/**
 * OUMail's domains: students' addresses and, after graduation, alumni addresses (the help center's
 * Q1, LINKS.helpCenterSignIn in src/faq/links.ts). The university's main domain osaka-u.ac.jp and department
 * domains (ist., eng., …) are NOT here: they are staff / lab mail servers, not OUMail, so nothing
 * is said about forwarding there.
 */
export const OUMAIL_DOMAINS: readonly string[] = ['ecs.osaka-u.ac.jp', 'alumni.osaka-u.ac.jp'];

/**
 * Domains we offer as "did you mean" targets. Order breaks ties, so for an ambiguous guess the
 * one a student in Japan most likely means comes first (yahoo.co.jp before yahoo.com).
 * ymail.ne.jp is left out on purpose: we could not confirm it here.
 */
const KNOWN_DOMAINS: readonly string[] = [
  ...CARRIER_DOMAINS,
  'gmail.com',
  'yahoo.co.jp',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'outlook.com',
  'outlook.jp',
  'hotmail.com',
  'hotmail.co.jp',
  'live.jp',
  ...OUMAIL_DOMAINS,
];

/**
 * Real domains within typo distance of a known one. Someone who types these most likely means
 * them, so they are never "corrected" (mail.com and ymail.com are one letter from gmail.com).
 */
const REAL_LOOKALIKES: ReadonlySet<string> = new Set([
  'mail.com',
  'email.com',
  'ymail.com',
  'gmx.com',
  'foxmail.com', // Tencent's mail, common among students from China; two edits from hotmail.com
  'softbank.co.jp', // SoftBank's corporate domain, two edits from softbank.ne.jp
  'disney.co.jp', // Disney Japan's corporate domain, two edits from disney.ne.jp
]);

/** The university's domain: any *.osaka-u.ac.jp is a real department server (ist., eng., sci., …). */
const UNIVERSITY_DOMAIN = 'osaka-u.ac.jp';

// ---------------------------------------------------------------------------------------------

export function checkForwardingAddress(input: string): AddressIssue[] {
  if (typeof input !== 'string') return [];
  // Leading/trailing whitespace (and invisible zero-width characters pasted along with an
  // address) is not worth a warning: we just ignore it.
  const trimmed = trimInvisible(input);
  if (!trimmed) return [];

  const syntax = repairSyntax(trimmed);
  const issues: AddressIssue[] = syntax.invalid.map((reason, i) => ({
    kind: 'invalid',
    reason,
    // Each suggestion is the address with every repair applied so far, so accepting any of them
    // gets the user as far as we can; the step we could not repair has no suggestion.
    suggestion: syntax.fixed === null && i === syntax.invalid.length - 1 ? null : syntax.partial,
  }));
  if (syntax.fixed === null) return issues;

  const { local, domain } = syntax.fixed;
  let finalDomain = domain;
  const typo = typoTarget(domain);
  if (typo) {
    finalDomain = typo;
    issues.push({ kind: 'typo', suggestion: `${local}@${typo}` });
  }

  if (OUMAIL_DOMAINS.includes(finalDomain)) issues.push({ kind: 'oumail-address', domain: finalDomain });

  const carrier = carrierOf(`${local}@${finalDomain}`);
  if (carrier) {
    issues.push({ kind: 'carrier', carrier });
  }
  return issues;
}

// --- Syntax -----------------------------------------------------------------------------------

interface SyntaxResult {
  /** Reasons, in the order found. */
  invalid: InvalidReason[];
  /** The input after every repair that worked (equals the input when nothing was wrong). */
  partial: string;
  /** The repaired address, or null when some problem has no confident repair. */
  fixed: { local: string; domain: string } | null;
}

/** Characters a Japanese IME produces instead of ASCII: full-width forms, ideographic space, 。 and 、. */
const FULL_WIDTH = /[\u3000-\u3002\uFF01-\uFF64]/;
/** Whitespace, plus zero-width characters that copy-paste from web pages and chat apps brings along. */
const SPACES = /[\s\u200B-\u200D\u2060]/;
const SPACES_ALL = /[\s\u200B-\u200D\u2060]+/g;

function repairSyntax(trimmed: string): SyntaxResult {
  const invalid: InvalidReason[] = [];
  let s = trimmed;
  const fail = (reason: InvalidReason): SyntaxResult => ({ invalid: [...invalid, reason], partial: s, fixed: null });

  if (FULL_WIDTH.test(s)) {
    invalid.push('full-width');
    // NFKC turns ｔａｒｏ＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ into ASCII; 。 and 、 are not compatibility
    // characters, but in Japanese input mode they are what the "." and "," keys type.
    s = trimInvisible(s.normalize('NFKC').replace(/。/g, '.').replace(/、/g, ','));
  }

  if (SPACES.test(s)) {
    invalid.push('spaces');
    s = s.replace(SPACES_ALL, '');
  }

  const ats = countAt(s);
  if (ats === 0) {
    const glued = splitGluedDomain(s);
    if (!glued) return fail('missing-at');
    invalid.push('missing-at');
    s = glued;
  } else if (ats > 1) {
    // "taro@@docomo.ne.jp" or a stray @ at either end is a slip we can repair; two real
    // addresses run together ("a@x.jp@y.jp") are not: we cannot know which one was meant.
    const collapsed = s.replace(/@{2,}/g, '@').replace(/^@+|@+$/g, '');
    if (countAt(collapsed) !== 1) return fail('multiple-at');
    invalid.push('multiple-at');
    s = collapsed;
  }

  const at = s.indexOf('@');
  const local = s.slice(0, at);
  // "@docomo.ne.jp": the personal part is missing. The API has no closer reason than "missing-at"
  // (there is no complete local@domain address), and we cannot guess the name.
  if (!local) return fail('missing-at');

  let domain = s.slice(at + 1).toLowerCase();
  if (!isValidDomain(domain)) {
    const repaired = repairDomain(domain);
    if (!repaired) return fail('bad-domain');
    invalid.push('bad-domain');
    domain = repaired;
    s = `${local}@${domain}`;
  }

  return { invalid, partial: s, fixed: { local, domain } };
}

function countAt(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '@') n++;
  return n;
}

/** String.prototype.trim plus zero-width characters; a loop, because a regex anchored at the end backtracks quadratically. */
function trimInvisible(s: string): string {
  const invisible = (ch: string) => ch === '\u200B' || ch === '\u200C' || ch === '\u200D' || ch === '\u2060';
  let start = 0;
  let end = s.length;
  while (start < end && (invisible(s[start]) || s[start].trim() === '')) start++;
  while (end > start && (invisible(s[end - 1]) || s[end - 1].trim() === '')) end--;
  return s.slice(start, end);
}

/**
 * "tarodocomo.ne.jp" or "taro.gmail.com" (the @ forgotten or typed as a dot) → "taro@docomo.ne.jp".
 * Domains whose first label is shorter than three letters (me.com, au.com, i.softbank.jp) are
 * skipped: "taro.home.com" ends in "me.com", and "hiroshi.softbank.jp" in "i.softbank.jp", by
 * accident far more often than on purpose.
 */
function splitGluedDomain(s: string): string | null {
  const lower = s.toLowerCase();
  const candidates = KNOWN_DOMAINS.filter((d) => d.indexOf('.') > 2).sort((a, b) => b.length - a.length);
  for (const domain of candidates) {
    if (!lower.endsWith(domain)) continue;
    const local = s.slice(0, s.length - domain.length).replace(/\.$/, '');
    if (local && !local.endsWith('.')) return `${local}@${domain}`;
  }
  return null;
}

/** A domain must have at least two labels; each label is letters/digits with inner hyphens (IDN letters allowed). */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;

function isValidDomain(domain: string): boolean {
  if (domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  // An all-numeric last label means an IP address or a cut-off domain, never a mailbox domain.
  if (/^\d+$/.test(labels[labels.length - 1])) return false;
  return labels.every((label) => label.length <= 63 && LABEL.test(label));
}

/**
 * A domain that is not valid as typed. First the mechanical slips (commas for dots, doubled or
 * stray dots); if that does not give a valid domain, the nearest known domain, if it is close.
 */
function repairDomain(domain: string): string | null {
  const mechanical = domain
    .replace(/[,、。]/g, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '');
  if (isValidDomain(mechanical)) return mechanical;
  return nearestKnownIgnoringDots(mechanical);
}

/**
 * "docomonejp" → docomo.ne.jp, "gmailcom" → gmail.com (dots dropped, compared without dots), and
 * a bare name "gmail" / "docomo" → its known domain (first match in KNOWN_DOMAINS order).
 */
function nearestKnownIgnoringDots(domain: string): string | null {
  const bare = domain.replace(/\./g, '');
  if (!bare) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const known of KNOWN_DOMAINS) {
    if (known.split('.')[0] === bare) return known;
    const d = boundedDistance(bare, known.replace(/\./g, ''), maxEdits(known));
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}

// --- Typos ------------------------------------------------------------------------------------

/** Short domains (me.com, au.com, live.jp) have many real one-letter neighbours, so allow only one edit. */
function maxEdits(known: string): number {
  return known.length <= 7 ? 1 : 2;
}

/** The known domain a syntactically valid domain is probably a typo of, or null. */
function typoTarget(domain: string): string | null {
  if (KNOWN_DOMAINS.includes(domain) || REAL_LOOKALIKES.has(domain)) return null;
  if (carrierOf(`x@${domain}`)) return null; // e.g. legacy SoftBank d.vodafone.ne.jp, jp-t.ne.jp
  if (domain === UNIVERSITY_DOMAIN || domain.endsWith(`.${UNIVERSITY_DOMAIN}`)) return null;

  let best: string | null = null;
  let bestDistance = Infinity;
  for (const known of KNOWN_DOMAINS) {
    const d = typoDistance(domain, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Edit distance from a typed domain to a known one, or Infinity when it should not count as a typo.
 *
 * When only the last label differs, the user may well mean another country's domain
 * (yahoo.co.uk, hotmail.co.kr, yahoo.ca are real), so there we accept only one slip of the finger:
 * a dropped or extra letter (gmail.co, ezweb.ne.j), two swapped letters, or a neighbouring key
 * on the keyboard (docomo.ne.jo, softbank.ne.ip, gmail.con).
 */
function typoDistance(domain: string, known: string): number {
  const typed = domain.split('.');
  const wanted = known.split('.');
  const sameButLast = typed.length === wanted.length && typed.slice(0, -1).every((label, i) => label === wanted[i]);
  if (sameButLast) {
    const a = typed[typed.length - 1];
    const b = wanted[wanted.length - 1];
    if (boundedDistance(a, b, 1) !== 1) return Infinity;
    if (a.length === b.length) {
      const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
      // One differing position is a substitution (must be a neighbouring key); two are a swap.
      if (diff.length === 1 && !areNeighbourKeys(a[diff[0]], b[diff[0]])) return Infinity;
    }
    return 1;
  }
  return boundedDistance(domain, known, maxEdits(known));
}
