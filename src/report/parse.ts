/**
 * Reads the visible text of a bounce (non-delivery report) and says who did not get the message,
 * with which status code and why. The text is what Outlook shows (innerText-like, or one long line
 * with collapsed whitespace): an Exchange Online NDR in English or Japanese, or another MTA's
 * report (Postfix, Sendmail, Exim, qmail, Gmail). Source: ../shared/outlook/bounces.md.
 *
 * Addresses are only taken where the report says "this one failed" (a recipients block, the line
 * before "Remote Server returned", Final-Recipient, Postfix's "<addr>:", Gmail's "wasn't delivered
 * to addr"). Never from the original message's headers, which are cut off first: they hold the
 * sender's own address and everyone else on the To/Cc lines.
 *
 * Plain string work, no DOM: runs in Node and in the content script. Every regex is linear: no
 * unbounded quantifier at the start of a pattern or nested inside another one, so a hostile 1 MB
 * body cannot make it hang.
 */
import { carrierOf, type Carrier } from '../address/carriers';
import { causeOf, codesIn, type BounceCause, type CodeAt } from './codes';

export type { BounceCause } from './codes';

export interface FailedRecipient {
  address: string;
  code: string | null;
  cause: BounceCause;
  carrier: Carrier | null;
}

export interface BounceReport {
  /** Unique, in order of appearance; lower-cased. */
  recipients: FailedRecipient[];
  /** The first enhanced status code, e.g. '5.7.520'. */
  code: string | null;
  /** Cause of the first / main failure. */
  cause: BounceCause;
  /** The remote server's reply, whitespace collapsed, at most 300 characters. */
  serverText: string | null;
}

/** Everything that matters sits at the top of a report; the rest is the returned message. */
const MAX_INPUT = 256 * 1024;
const MAX_SERVER_TEXT = 300;
/** How far a recipients block may reach when no "Diagnostic information" heading closes it. */
const MAX_BLOCK = 1500;
/** How much text around a failure is read to find its cause. */
const MAX_SECTION = 2000;
/** A report naming more recipients than this is not one we can explain anyway. */
const MAX_RECIPIENTS = 100;

// ---------------------------------------------------------------------------------------------
// Landmarks in the report text. Japanese strings are [I] (no real report seen), so they allow
// some variation; English and other languages are [V] from Microsoft's article and Sisimai.

/**
 * Where the returned message starts. Everything after it (From:, Received:, Message-ID:, the
 * original To/Cc) is somebody else's address, never a failed recipient.
 */
const ORIGINAL_MESSAGE =
  /Original message headers|(?:元|原文|オリジナル)の\s?メッセージ\s?ヘッダー|En-têtes de message d'origine|Intestazioni originali del messaggio|Oorspronkelijke berichtkoppen|alhos originais da mensagem|Ursprüngliche Nachrichtenkopfzeilen|-- ?This is a copy of (?:the|your) message|-- ?Below this line is a copy of the message|-- ?Original message(?: follows)? ?--|-- ?Message header follows|Content-Type: ?(?:message\/rfc822|text\/rfc822-headers)|Content-Description: ?Undelivered Message/i;

/** Headings followed by a list of failed recipients. */
const RECIPIENTS_HEADING = new RegExp(
  [
    'Delivery has failed to these recipients or groups', // Exchange, en
    '(?:次|以下)の(?:受信者|宛先)[^\\n:：]{0,30}?(?:配信|送信)[^\\n:：]{0,10}?(?:失敗|できません)', // Exchange, ja [I]
    'Uw bericht kan niet worden bezorgd bij de volgende geadresseerden', // Exchange, nl
    'Falha na entrega a estes destinat', // Exchange, pt
    'The following address\\(es\\) failed', // Exim
    'following addresses had permanent fatal errors', // Sendmail
    'Delivery to the following recipients? failed', // older Gmail
    'deliver your message to the following addresses', // qmail
  ].join('|'),
  'gi',
);

/** Headings that close a recipients block: the admin diagnostics follow. */
const DIAGNOSTICS_HEADING =
  /Diagnostic information for administrators|管理者(?:向け|用)?の?診断情報|Informations de diagnostic|Informazioni di diagnostica|Diagnostische gegevens|stico para administradores|Generating server|生成サーバー/i;

// Contexts around an address, tested on short slices next to it.

const BEFORE_FINAL_RECIPIENT = /Final-Recipient\s?:\s?rfc822\s?;\s?<?$/i;
const BEFORE_ORIGINAL_RECIPIENT = /(?:Original|X-Actual)-Recipient\s?:\s?rfc822\s?;\s?<?$/i;
/** Gmail ("Your message wasn't delivered to"), Exchange's newer card ("Your message to", "Recipient Address:"). */
const BEFORE_FAILED_ADDRESS =
  /(?:Your message (?:wasn't|was not|couldn't be|could not be) delivered to|Your message to|problem delivering your message to|Recipient Address\s?:|failed permanently\s?:)\s{0,3}<?$/i;
/** A label that makes an address someone else's: the sender, a message id. */
const BEFORE_NOT_A_RECIPIENT =
  /(?:^|[\s>])(?:From|Sender|Sender Address|Reply-To|Return-Path|Envelope-From|X-Postfix-Sender|Message-ID|In-Reply-To|References|差出人|送信者)\s?:[^\n@:]{0,60}$/i;
/** Exchange diagnostics: the recipient stands right before the server's answer. */
const AFTER_EXCHANGE_RECIPIENT = /^>?\s{0,4}(?:Remote Server\b|リモート\s?サーバー|#\s?[245]\d\d\b|[^\s#]{1,100} #\s?<)/i;
/** Postfix and qmail "<addr>: host … said:", Sendmail "<addr>... User unknown". */
const BEFORE_ANGLE = /(?:^|\s)<$/;
const AFTER_ANGLE_REASON = /^>(?::|\.\.\.)/;
/** "addr へのメッセージを配信できませんでした" and the like [I]. */
const AFTER_JA_FAILED = /^>?\s?(?:さん)?\s?(?:へ|に|宛て?)の?[^\n@]{0,12}?(?:配信|送信|お届け)(?:でき|され|に失敗)/;

// Where the remote server's reply starts, most specific first.
const REPLY_MARKERS: readonly RegExp[] = [
  /Remote Server(?: at [^'\n]{0,160}?)? returned\s?/i, // Exchange, en
  /リモート\s?サーバー\s?(?:から|が|は)?\s?(?=['"‘“「])/, // Exchange, ja [I]
  /(?:Reported error|Error Details\s{1,4}Error)\s?:\s?/i, // Exchange's newer card
  /Diagnostic-Code\s?:\s?(?:[\w-]{1,20}\s?;)?\s?/i, // DSN
  /\bsaid\s?:\s?/i, // Postfix "host … said:", qmail "Remote host said:"
  /The (?:response|error) (?:from the remote server |that the other server returned )?was\s?:\s?/i, // Gmail
  /#\s?(?=[245]\d\d[ -][245]\.)/, // Exchange on-premises "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"
];

/** Where a reply ends, when there is no closing quote or line end (collapsed one-line text). */
const REPLY_END =
  /Original message headers|Diagnostic information for administrators|管理者(?:向け|用)?の?診断情報|Generating server|生成サーバー|Remote Server (?:at |returned)|Final-Recipient|Original-Recipient|Action ?: ?(?:failed|delayed)|Remote-MTA|Reporting-MTA|Diagnostic-Code|Last-Attempt-Date|X-Postfix|\(in reply to|##|#SMTP#|Content-(?:Type|Description) ?:|Original Message Details|Message Hops|DSN generated by|Message rejected by|Learn more here/i;

// ---------------------------------------------------------------------------------------------

interface Occurrence {
  address: string;
  start: number;
  end: number;
  fromOriginalRecipient: boolean;
}

const EMPTY_REPORT: BounceReport = { recipients: [], code: null, cause: 'unknown', serverText: null };

export function parseBounceReport(text: string): BounceReport {
  try {
    return parse(typeof text === 'string' ? text : '');
  } catch {
    // Nothing above should throw; this only keeps a surprise from breaking the page.
    return { ...EMPTY_REPORT, recipients: [] };
  }
}

function parse(input: string): BounceReport {
  const text = input.slice(0, MAX_INPUT).replace(/\r\n?/g, '\n');
  const body = reportPart(text);
  const codes = codesIn(body);
  const code = codes[0]?.code ?? null;
  const serverText = findServerText(body, codes);

  let occurrences = recipientOccurrences(body);
  if (occurrences.length === 0 && serverText) {
    // Last resort: the address the server names in its reply ("550 Unknown user taro@docomo.ne.jp").
    occurrences = addressesIn(serverText).map((found) => ({ ...found, start: -1, end: -1, fromOriginalRecipient: false }));
  }
  const recipients = describeRecipients(occurrences, codes, body, code);

  const mainCause = recipients.find((r) => r.cause !== 'unknown')?.cause ?? causeOf(code, body);
  return { recipients, code, cause: mainCause, serverText };
}

/** The report without the returned message. */
function reportPart(text: string): string {
  const cut = text.search(ORIGINAL_MESSAGE);
  return cut < 0 ? text : text.slice(0, cut);
}

// ---------------------------------------------------------------------------------------------
// Addresses

const LOCAL_CHAR = /[A-Za-z0-9._%+\-=!#$&*/?^~{}|]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

interface Found {
  address: string;
  start: number;
  end: number;
}

/**
 * Every address in the text, found by walking out from each "@" over a bounded number of
 * characters: linear, unlike a global address regex, which rescans a long run of letters from
 * every position.
 */
function addressesIn(text: string): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1])) start--;
    if (start > 0 && LOCAL_CHAR.test(text[start - 1])) continue; // local part too long: not an address
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[end])) end++;

    // Sentence punctuation and a dot before the local part are not part of the address.
    while (start < at && text[start] === '.') start++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    if (local && isDomain(domain)) found.push({ address: `${local}@${domain}`.toLowerCase(), start, end });
  }
  return found;
}

function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1];
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i.test(tld)) return false;
  return labels.every((label) => label.length > 0 && label.length <= 63 && !label.startsWith('-') && !label.endsWith('-'));
}

/** [start, end) ranges that follow a "these recipients failed" heading. */
function recipientBlocks(body: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (const heading of body.matchAll(RECIPIENTS_HEADING)) {
    const start = (heading.index ?? 0) + heading[0].length;
    const limit = Math.min(body.length, start + MAX_BLOCK);
    const close = body.slice(start, limit).search(DIAGNOSTICS_HEADING);
    blocks.push([start, close < 0 ? limit : start + close]);
  }
  return blocks;
}

/** Is the address at [start, end) named as a failed recipient by the text around it? */
function isFailedRecipient(body: string, found: Found, blocks: Array<[number, number]>): 'final' | 'original' | null {
  const before = body.slice(Math.max(0, found.start - 80), found.start);
  const after = body.slice(found.end, found.end + 120);
  if (BEFORE_NOT_A_RECIPIENT.test(before)) return null;
  if (BEFORE_ORIGINAL_RECIPIENT.test(before)) return 'original';
  if (
    BEFORE_FINAL_RECIPIENT.test(before) ||
    BEFORE_FAILED_ADDRESS.test(before) ||
    AFTER_EXCHANGE_RECIPIENT.test(after) ||
    (BEFORE_ANGLE.test(before) && AFTER_ANGLE_REASON.test(after)) ||
    AFTER_JA_FAILED.test(after) ||
    blocks.some(([from, to]) => found.start >= from && found.start < to)
  ) {
    return 'final';
  }
  return null;
}

function recipientOccurrences(body: string): Occurrence[] {
  const blocks = recipientBlocks(body);
  const occurrences: Occurrence[] = [];
  for (const found of addressesIn(body)) {
    const kind = isFailedRecipient(body, found, blocks);
    if (kind) occurrences.push({ ...found, fromOriginalRecipient: kind === 'original' });
  }
  // Original-Recipient is the address before aliasing or forwarding: for a forwarded message it
  // can be the student's own OUMail address. Use it only when nothing else names a recipient.
  const named = occurrences.filter((o) => !o.fromOriginalRecipient);
  return named.length > 0 ? named : occurrences;
}

// ---------------------------------------------------------------------------------------------
// Per-recipient code and cause

/**
 * Each mention of a recipient opens a section that runs to the next mention of a different
 * recipient. The first code inside one of its sections is that recipient's; a report that lists
 * all recipients first and all codes later has no such code, and the report's code is used.
 */
function describeRecipients(
  occurrences: Occurrence[],
  codes: CodeAt[],
  body: string,
  reportCode: string | null,
): FailedRecipient[] {
  const sectionEnds = sectionEndsOf(occurrences, body.length);
  const byAddress = new Map<string, { code: string | null; text: string }>();
  occurrences.forEach((occurrence, i) => {
    if (!byAddress.has(occurrence.address)) {
      if (byAddress.size >= MAX_RECIPIENTS) return;
      byAddress.set(occurrence.address, { code: null, text: '' });
    }
    const entry = byAddress.get(occurrence.address)!;
    if (occurrence.start < 0 || entry.text.length >= MAX_SECTION * 2) return;
    const end = Math.min(sectionEnds[i], occurrence.end + MAX_SECTION);
    const codeHere = codes[firstCodeFrom(codes, occurrence.end)];
    if (!entry.code && codeHere && codeHere.index < end) entry.code = codeHere.code;
    entry.text += `${body.slice(occurrence.end, end)}\n`;
  });

  return [...byAddress].map(([address, { code: ownCode, text }]) => {
    const code = ownCode ?? reportCode;
    let cause = causeOf(code, text);
    // Without a section of its own, the whole report is all there is to go on.
    if (cause === 'unknown' && !ownCode) cause = causeOf(code, body);
    return { address, code, cause, carrier: carrierOf(address) };
  });
}

/** For each occurrence, where the next mention of a different address starts. */
function sectionEndsOf(occurrences: Occurrence[], bodyEnd: number): number[] {
  const ends = new Array<number>(occurrences.length);
  for (let i = occurrences.length - 1; i >= 0; i--) {
    const next = occurrences[i + 1];
    ends[i] = !next ? bodyEnd : next.address !== occurrences[i].address ? next.start : ends[i + 1];
  }
  return ends;
}

/** Index of the first code at or after a position (binary search; codes are in text order). */
function firstCodeFrom(codes: CodeAt[], position: number): number {
  let low = 0;
  let high = codes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (codes[middle].index < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

// ---------------------------------------------------------------------------------------------
// The server's reply

function findServerText(body: string, codes: CodeAt[]): string | null {
  for (const marker of REPLY_MARKERS) {
    const match = marker.exec(body);
    if (!match) continue;
    const reply = readReply(body, match.index + match[0].length);
    if (reply) return reply;
  }
  // No marker: the line around the first code, from the reply code before it ("550 5.1.1 …").
  const first = codes[0];
  if (!first) return null;
  const lineStart = body.lastIndexOf('\n', first.index) + 1;
  const before = body.slice(Math.max(lineStart, first.index - 4), first.index);
  const start = /^[245]\d\d[ -]$/.test(before) ? first.index - 4 : first.index;
  return readReply(body, start);
}

const OPENING_QUOTES = `'"‘“「`;

/** A closing quote is followed by a space, the end, or punctuation; "wasn't" does not end a reply. */
function closingQuote(open: string): RegExp {
  if (open === '「') return /」/;
  if (open === '"' || open === '“') return /["”](?=\s|$|[がをと.,;:)」])/;
  return /['’](?=\s|$|[がをと.,;:)」])/;
}

function readReply(body: string, from: number): string | null {
  let reply = body.slice(from, from + 1200).replace(/^\s+/, '');
  const open = reply[0];
  if (open && OPENING_QUOTES.includes(open)) {
    reply = reply.slice(1);
    const close = reply.search(closingQuote(open));
    if (close >= 0) reply = reply.slice(0, close);
  }
  // A reply ends at a line that is not indented (DSN and Postfix indent continuation lines), or at
  // the next landmark when the text has no line breaks at all.
  const lineEnd = reply.search(/\n(?![ \t])/);
  if (lineEnd >= 0) reply = reply.slice(0, lineEnd);
  const landmark = reply.search(REPLY_END);
  if (landmark >= 0) reply = reply.slice(0, landmark);

  reply = reply.replace(/\s+/g, ' ').trim();
  // Exchange on-premises wraps the reply: "#<host #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#".
  if (reply.endsWith('>') && count(reply, '>') > count(reply, '<')) reply = reply.slice(0, -1).trimEnd();
  if (!reply) return null;
  return reply.length > MAX_SERVER_TEXT ? `${reply.slice(0, MAX_SERVER_TEXT - 1).trimEnd()}…` : reply;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}
