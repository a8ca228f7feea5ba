/**
 * Reads the visible text of a bounce (non-delivery report) and says who did not get the message,
 * with which status code and why. The text is what Outlook shows (innerText-like, or one long line
 * with collapsed whitespace): an Exchange Online NDR in English or Japanese, or another server's
 * report (Postfix, Sendmail, Exim, qmail, Gmail, Amazon SES, Domino, au / KDDI, m-FILTER, …).
 * Sources: docs/reports.md, and the real reports it names (Sisimai's set-of-emails).
 *
 * An address is named only where the report says "this one failed", in this order of trust:
 * 1. a DSN Final-Recipient field, a recipients list after a heading, an address that starts its
 *    line, a label ("Recipient:", "Could not be delivered to:", "wasn't delivered to"), or
 *    Exchange's diagnostics (the address, maybe a host line, then "Remote Server returned");
 * 2. only when nothing does that: Original-Recipient (the address before forwarding);
 * 3. then, for wordings never seen: addresses after a word of failure or inside the server's reply.
 * Never the sender's own address (From / Return-Path / MAIL FROM / envelope-from anywhere in the
 * text, the sender quoted in a reply), never the address before aliasing or forwarding ("expanded
 * from", "generated from"), never a contact address, and never anything in the returned message,
 * which is cut off first.
 *
 * Plain string work, no DOM: runs in Node and in the content script. Every regex is linear and is
 * tested on bounded slices next to an address; the input and the number of addresses looked at are
 * capped, so a hostile 1 MB body cannot make it hang.
 */
import { carrierOf, type Carrier } from '../address/carriers';
import { addressesIn, type Found } from './addresses';
import { causeOf, codesIn, type BounceCause, type CodeAt } from './codes';
import {
  CONTACT_AFTER,
  CONTACT_BEFORE,
  DIAGNOSTICS_HEADING,
  FAILED_AFTER,
  FAILED_LABEL,
  FAILURE_WORD,
  BARE_NAME,
  LINE_START,
  MESSAGE_TO_LABEL,
  ORIGINAL_RECIPIENT,
  PRE_FORWARDING,
  RECIPIENTS_HEADING,
  REPLY_BEFORE,
  RETURNED_MESSAGE,
  SENDER_AFTER,
  SENDER_BEFORE,
} from './phrases';

export type { BounceCause } from './codes';

export interface FailedRecipient {
  address: string;
  code: string | null;
  cause: BounceCause;
  carrier: Carrier | null;
}

export interface BounceReport {
  /** Unique, in order of appearance; lower-cased; at most MAX_RECIPIENTS. */
  recipients: FailedRecipient[];
  /** How many more failed addresses the report names beyond those in `recipients`. */
  more: number;
  /** The code of the first recipient, else the report's most specific one, e.g. '5.7.520'. */
  code: string | null;
  /** Cause of the first / main failure. */
  cause: BounceCause;
  /** The remote server's reply, whitespace collapsed, at most 300 characters. */
  serverText: string | null;
}

/** Everything that matters sits at the top of a report; the rest is the returned message. */
const MAX_INPUT = 256 * 1024;
const MAX_SERVER_TEXT = 300;
/** Addresses whose context is read in the report part; a longer list is only counted after that. */
const MAX_READ = 2000;
/** Addresses counted at all. */
const MAX_COUNTED = 20_000;
/** How far into the returned message the sender's From / Return-Path is looked for. */
const MAX_RETURNED = 32 * 1024;
/** How far a recipients block may reach when no "Diagnostic information" heading closes it. */
const MAX_BLOCK = 2000;
/** How much text around a failure is read to find its cause. */
const MAX_SECTION = 2000;
/** A report naming more recipients than this is counted, not listed. */
const MAX_RECIPIENTS = 100;
/** The last-resort rule reads this far after a word of failure. */
const MAX_LEAD = 400;

const EMPTY_REPORT: BounceReport = { recipients: [], more: 0, code: null, cause: 'unknown', serverText: null };

export function parseBounceReport(text: string): BounceReport {
  try {
    const input = typeof text === 'string' ? text : '';
    const report = parse(input);
    if (report.recipients.length > 0) return report;
    // A report forwarded inside another message ("Return-Path: <>" and the real report below):
    // when the top names nobody, read what follows its first header block once more.
    const inner = forwardedReport(input);
    return inner && inner.recipients.length > 0 ? inner : report;
  } catch {
    // Nothing above should throw; this only keeps a surprise from breaking the page.
    return { ...EMPTY_REPORT, recipients: [] };
  }
}

interface Occurrence extends Found {
  kind: Trust;
}

/** How sure the text is that an address failed; lower is surer; SENDER means it is the sender's. */
type Trust = 0 | 1 | 2 | 3;
const NAMED: Trust = 0;
const ORIGINAL: Trust = 1;
const WEAK: Trust = 2;
const SENDER: Trust = 3;

function parse(input: string): BounceReport {
  // Same-length replacements only, so positions stay comparable: NBSP and the ideographic space
  // become spaces, a full-width at sign an ASCII one.
  const text = input
    .slice(0, MAX_INPUT)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/＠/g, '@');
  const cut = reportEnd(text);
  const body = text.slice(0, cut);
  const returned = text.slice(cut, cut + MAX_RETURNED);
  const found = addressesIn(body, MAX_COUNTED);
  const inBody = found.slice(0, MAX_READ);
  const sender = senderAddresses(body, inBody);
  for (const address of senderAddresses(returned, addressesIn(returned, 500))) sender.add(address);
  const occurrences = chooseRecipients(body, inBody, sender, returned);
  const codes = codesIn(body);
  const serverText = findServerText(body, codes);

  const distinct = new Set(occurrences.map((o) => o.address));
  // A list longer than what was read: count the rest of it cheaply, one list entry per line.
  if (found.length > MAX_READ && occurrences.some((o) => o.kind === NAMED)) {
    for (const more of found.slice(MAX_READ)) {
      if (!sender.has(more.address) && LINE_START.test(linePrefix(body, more.start))) distinct.add(more.address);
    }
  }
  const kept = new Set([...distinct].slice(0, MAX_RECIPIENTS));
  const recipients = describeRecipients(
    occurrences.filter((o) => kept.has(o.address)),
    codes,
    body,
  );
  const code = recipients[0]?.code ?? bestCode(codes, 0, body.length);
  const mainCause = recipients.find((r) => r.cause !== 'unknown')?.cause ?? causeOf(code, body.slice(0, MAX_SECTION * 4));
  return { recipients, more: distinct.size - recipients.length, code, cause: mainCause, serverText };
}

function forwardedReport(input: string): BounceReport | null {
  const text = input.slice(0, MAX_INPUT);
  const cut = reportEnd(text);
  if (cut >= text.length) return null;
  const rest = text.slice(cut);
  const blank = rest.search(/\n[ \t]*\n/);
  return blank < 0 ? null : parse(rest.slice(blank + 1));
}

/** Where the report ends and the returned message starts (a marker at the very top is ignored). */
function reportEnd(text: string): number {
  const match = RETURNED_MESSAGE.exec(text);
  if (!match) return text.length;
  if (match.index > 0) return match.index;
  const rest = RETURNED_MESSAGE.exec(text.slice(1));
  return rest ? rest.index + 1 : text.length;
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** The text right before an address on its line (at most 120 characters). */
function linePrefix(text: string, start: number): string {
  return text.slice(lineStartWithin(text, start, 120), start);
}

/** Where the line holding `position` starts, looking back at most `limit` characters (lastIndexOf would scan the whole text). */
function lineStartWithin(text: string, position: number, limit: number): number {
  const floor = Math.max(0, position - limit);
  for (let i = position - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

/** The sender's own addresses, wherever the text names them as such (also in the returned message). */
function senderAddresses(text: string, all: Found[]): Set<string> {
  const sender = new Set<string>();
  for (const found of all) {
    const before = text.slice(Math.max(0, found.start - 80), found.start);
    if (SENDER_BEFORE.test(before)) sender.add(found.address);
  }
  return sender;
}

/** [start, end) ranges that follow a "these recipients failed" heading. */
function recipientBlocks(body: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  RECIPIENTS_HEADING.lastIndex = 0;
  for (let heading = RECIPIENTS_HEADING.exec(body); heading && blocks.length < 200; heading = RECIPIENTS_HEADING.exec(body)) {
    const start = heading.index + heading[0].length;
    const limit = Math.min(body.length, start + MAX_BLOCK);
    const close = body.slice(start, limit).search(DIAGNOSTICS_HEADING);
    blocks.push([start, close < 0 ? limit : start + close]);
    if (heading[0].length === 0) RECIPIENTS_HEADING.lastIndex++;
  }
  return blocks;
}

function inBlock(blocks: Array<[number, number]>, position: number): [number, number] | null {
  for (const block of blocks) if (position >= block[0] && position < block[1]) return block;
  return null;
}

/** How the text around one occurrence names it, or null when it says it is not a failed recipient. */
function trustOf(body: string, found: Found, blocks: Array<[number, number]>, leads: number[]): Trust | null {
  const before = body.slice(Math.max(0, found.start - 120), found.start);
  const after = body.slice(found.end, found.end + 160);
  const line = linePrefix(body, found.start);
  if (SENDER_BEFORE.test(before) || SENDER_AFTER.test(after)) return SENDER;
  if (CONTACT_BEFORE.test(line) || CONTACT_AFTER.test(after)) return null;
  if (ORIGINAL_RECIPIENT.test(before) || PRE_FORWARDING.test(before)) return ORIGINAL;

  const inReply = REPLY_BEFORE.test(line) || continuesReply(body, found.start, line);
  if (FAILED_LABEL.test(before) || MESSAGE_TO_LABEL.test(before) || FAILED_AFTER.test(after) || sameAddressInBrackets(after, found.address))
    return NAMED;
  if (!inReply && LINE_START.test(line)) return NAMED;
  const block = inBlock(blocks, found.start);
  // Right after a heading on the same line ("… permanent errors: a@b.c"), as in collapsed text.
  if (block && found.start - block[0] <= 6 && !body.slice(block[0], found.start).includes('\n')) return NAMED;

  if (inReply || leads.some((lead) => found.start >= lead && found.start - lead <= MAX_LEAD)) return WEAK;
  return null;
}

/**
 * An indented line right under a line of a server's reply is more of that reply (Postfix and DSN
 * fields indent their continuation lines): "said: 553 5.1.8\n    <sender@…>… Domain of sender".
 */
function continuesReply(body: string, start: number, line: string): boolean {
  if (!/^[ \t]{4}/.test(line)) return false;
  const lineStart = start - line.length;
  if (lineStart <= 0) return false;
  const previous = body.slice(lineStartWithin(body, lineStart - 1, 200), lineStart - 1);
  return REPLY_BEFORE.test(previous) && !RECIPIENTS_HEADING_LINE.test(previous);
}

/** A heading line ends a reply even when it says "failed" or "error". */
const RECIPIENTS_HEADING_LINE = new RegExp(RECIPIENTS_HEADING.source, 'i');

/** Exchange lists "a@b.c (a@b.c)". */
function sameAddressInBrackets(after: string, address: string): boolean {
  const match = /^\s?\(\s?([^\s()]{1,254})\s?\)/.exec(after);
  return !!match && match[1].toLowerCase() === address;
}

/** Where each word of failure ends, for the last-resort rule (at most a few hundred). */
function failureLeads(body: string): number[] {
  const leads: number[] = [];
  const pattern = new RegExp(FAILURE_WORD.source, 'gi');
  for (let match = pattern.exec(body); match && leads.length < 500; match = pattern.exec(body)) {
    leads.push(match.index + match[0].length);
  }
  return leads;
}

function chooseRecipients(body: string, inBody: Found[], sender: Set<string>, returned: string): Occurrence[] {
  const blocks = recipientBlocks(body);
  const leads = failureLeads(body);
  const all: Occurrence[] = [];
  const preForwarding = new Set<string>();
  for (const found of inBody) {
    const kind = trustOf(body, found, blocks, leads);
    // The sender quoted in a reply is the sender wherever else the report names it.
    if (kind === SENDER) sender.add(found.address);
    else if (kind === ORIGINAL) preForwarding.add(found.address);
    if (kind !== null && kind !== SENDER) all.push({ ...found, kind });
  }
  // An address before forwarding or aliasing is named only when nothing else is (a pipe or a
  // file it expanded to is not an address).
  const usable = all.filter((o) => !sender.has(o.address) && (o.kind === ORIGINAL || !preForwarding.has(o.address)));
  for (const trust of [NAMED, ORIGINAL] as const) {
    const chosen = usable.filter((o) => o.kind === trust);
    if (chosen.length > 0) return chosen;
  }
  const group = groupFromReturnedMessage(body, returned, sender);
  if (group) return [group];
  return usable.filter((o) => o.kind === WEAK);
}

/**
 * A report that names a group only by its name, "(libnyaa)": the failed address is the returned
 * message's recipient with that local part (on its To or Cc line).
 */
function groupFromReturnedMessage(body: string, returned: string, sender: Set<string>): Occurrence | null {
  const names = new Set(Array.from(body.slice(0, 4000).matchAll(BARE_NAME), (m) => m[1].toLowerCase()));
  if (names.size === 0) return null;
  for (const found of addressesIn(returned, 200)) {
    const line = linePrefix(returned, found.start);
    if (!/^\s{0,4}(?:To|Cc)\s?:/i.test(line) || sender.has(found.address)) continue;
    if (names.has(found.address.slice(0, found.address.indexOf('@')))) return { ...found, start: -1, end: -1, kind: WEAK };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Per-recipient code and cause

/**
 * Each mention of a recipient opens a section that runs to the next mention of a different
 * recipient. The recipient's code is the most specific one in its sections: a remote server's
 * 5.1.1 quoted inside a relay's generic 5.0.0 or 5.1.0 is the one that explains. A report that
 * lists all recipients first and all codes later gives them the report's code.
 */
function describeRecipients(occurrences: Occurrence[], codes: CodeAt[], body: string): FailedRecipient[] {
  const sectionEnds = sectionEndsOf(occurrences, body.length);
  const reportCode = bestCode(codes, 0, body.length);
  const byAddress = new Map<string, { specific: string | null; generic: string | null; text: string }>();
  occurrences.forEach((occurrence, i) => {
    let entry = byAddress.get(occurrence.address);
    if (!entry) {
      entry = { specific: null, generic: null, text: '' };
      byAddress.set(occurrence.address, entry);
    }
    if (occurrence.start < 0 || entry.text.length >= MAX_SECTION * 2) return;
    const end = Math.min(sectionEnds[i], occurrence.end + MAX_SECTION);
    for (let c = firstCodeFrom(codes, occurrence.end); c < codes.length && codes[c].index < end && !entry.specific; c++) {
      if (isGeneric(codes[c].code)) entry.generic ??= codes[c].code;
      else entry.specific = codes[c].code;
    }
    entry.text += `${body.slice(occurrence.end, end)}\n`;
  });

  return [...byAddress].map(([address, { specific, generic, text }]) => {
    const ownCode = specific ?? generic;
    const code = ownCode ?? reportCode;
    let cause = causeOf(code, text, address);
    // Without a section of its own, the report's opening is all there is to go on.
    if (cause === 'unknown' && !ownCode) cause = causeOf(code, body.slice(0, MAX_SECTION * 4), address);
    return { address, code, cause, carrier: carrierOf(address) };
  });
}

/** x.y.0 says only "something about the address / the mailbox / policy". */
function isGeneric(code: string): boolean {
  return code.endsWith('.0');
}

/** The first specific code in [from, to), else the first generic one there. */
function bestCode(codes: CodeAt[], from: number, to: number): string | null {
  let generic: string | null = null;
  for (let c = firstCodeFrom(codes, from); c < codes.length && codes[c].index < to; c++) {
    if (!isGeneric(codes[c].code)) return codes[c].code;
    generic ??= codes[c].code;
  }
  return generic;
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
