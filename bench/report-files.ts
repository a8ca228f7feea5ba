import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Window } from 'happy-dom';
import { visibleText } from '../src/dom/visible-text';
import { decodeHeader, headerValue, headerValues, innerMessage, parseMessage, partText, walk, type Header, type MimePart } from './mime';

/**
 * One raw bounce (.eml) as the report bench needs it: what Outlook on the web would show of it,
 * and the right answer from the parts Outlook does not show.
 *
 * Shown: the report's body, that is its HTML part (parsed by happy-dom and turned into text by the
 * SAME src/dom/visible-text.ts the content script uses) or else its text/plain part, as lines. Not
 * the message/delivery-status part nor the returned message: Outlook lists those as attachments.
 *
 * Right answer: the Final-Recipient fields of the delivery-status part, or Exim's
 * X-Failed-Recipients header when there is no such part. A file with neither has no machine-readable
 * answer and is reported apart.
 */

export interface Expected {
  address: string;
  /** Action: failed (or none given), delayed, delivered, … */
  action: string;
  /** Status: of the delivery-status part. */
  status: string | null;
  /** The enhanced codes inside Diagnostic-Code (the remote server's reply, maybe quoted by a relay). */
  diagnosticCodes: string[];
  /**
   * X-Actual-Recipient when it differs: Sendmail's Final-Recipient is the address as sent and
   * X-Actual-Recipient the one it expanded to, which is the one its text shows as failed.
   */
  alias: string | null;
}

export type Kind = 'bounce' | 'delay' | 'feedback' | 'auto-reply' | 'no-answer';

export interface ReportFile {
  file: string;
  /** From the file name: "lhost-postfix-03.eml" → "lhost-postfix". */
  family: string;
  kind: Kind;
  subject: string;
  /** What the reading pane shows, as the content script reads it. */
  visible: string;
  shownAs: 'html' | 'text' | 'nothing';
  /** Failed recipients (Action failed or none given), lower case. */
  expected: Expected[];
  answerFrom: 'delivery-status' | 'x-failed-recipients' | 'none';
  /** The sender's own addresses: the report's To, the returned message's From / Return-Path / Sender, X-Postfix-Sender. */
  sender: Set<string>;
  /** Addresses before forwarding: an Original-Recipient that differs from the final one. */
  preForwarding: Set<string>;
}

const window = new Window();
const parser = new window.DOMParser();
// visible-text.ts compares node types with the global Node, as in a page.
(globalThis as { Node?: unknown }).Node ??= window.Node;

const ENHANCED_CODE = /(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?!\w|\.\d)/;
const ENHANCED_CODES = new RegExp(ENHANCED_CODE.source, 'g');

export function familyOf(file: string): string {
  return basename(file).replace(/(?:-\d+)?\.eml$/i, '');
}

export function readReportFile(path: string): ReportFile {
  const message = parseMessage(readFileSync(path));
  const subject = decodeHeader(headerValue(message.headers, 'subject') ?? '');
  const returned = returnedParts(message);
  const { expected, preForwarding, sender: dsnSender, found } = deliveryStatus(message, returned);

  let answerFrom: ReportFile['answerFrom'] = found ? 'delivery-status' : 'none';
  if (!found) {
    const failed = headerValues(message.headers, 'x-failed-recipients').flatMap(addressesOfHeader);
    if (failed.length > 0) {
      answerFrom = 'x-failed-recipients';
      for (const address of failed) expected.push({ address, action: 'failed', status: null, diagnosticCodes: [], alias: null });
    }
  }

  const sender = new Set<string>([...dsnSender, ...headerValues(message.headers, 'to').flatMap(addressesOfHeader)]);
  for (const part of returned) {
    const headers = part.type === 'text/rfc822-headers' ? headersOfText(partText(part)) : innerMessage(part).headers;
    for (const name of ['from', 'return-path', 'sender']) {
      for (const value of headerValues(headers, name)) for (const a of addressesOfHeader(value)) sender.add(a);
    }
  }
  // A report sent back to the address that failed (a forward to oneself) is not a "sender" case.
  for (const e of expected) {
    sender.delete(e.address);
    if (e.alias) sender.delete(e.alias);
  }

  const shown = shownPart(message);
  const visible = !shown ? '' : shown.type === 'text/html' ? htmlText(partText(shown)) : partText(shown).replace(/\r\n?/g, '\n');

  return {
    file: basename(path),
    family: familyOf(path),
    kind: kindOf(path, expected, answerFrom),
    subject,
    visible,
    shownAs: !shown ? 'nothing' : shown.type === 'text/html' ? 'html' : 'text',
    expected: expected.filter((e) => e.action === 'failed'),
    answerFrom,
    sender,
    preForwarding,
  };
}

function kindOf(path: string, expected: Expected[], answerFrom: ReportFile['answerFrom']): Kind {
  const name = basename(path);
  // ARF (RFC 5965) feedback reports and RFC 3834 auto-replies are not bounces; they have no
  // Final-Recipient, so the file name is what tells them apart.
  if (/^arf-/i.test(name)) return 'feedback';
  if (/^rfc3834-/i.test(name)) return 'auto-reply';
  if (answerFrom === 'none') return 'no-answer';
  if (expected.some((e) => e.action === 'failed')) return 'bounce';
  return 'delay';
}

function htmlText(html: string): string {
  const doc = parser.parseFromString(html, 'text/html');
  return doc.body ? visibleText(doc.body as unknown as Element) : '';
}

/** What a mail client shows as the body: the HTML of an alternative, else its text; never an attachment. */
function shownPart(part: MimePart): MimePart | null {
  if (part.type === 'multipart/alternative') {
    const shown = part.parts.map(shownPart).filter((p): p is MimePart => p !== null);
    return shown.find((p) => p.type === 'text/html') ?? shown[0] ?? null;
  }
  if (part.type.startsWith('multipart/')) {
    for (const child of part.parts) {
      if (isAttachment(child)) continue;
      const shown = shownPart(child);
      if (shown) return shown;
    }
    return null;
  }
  if (part.type === 'text/html' || (part.type.startsWith('text/') && part.type !== 'text/rfc822-headers')) return part;
  return null;
}

function isAttachment(part: MimePart): boolean {
  if (part.type.startsWith('message/') || part.type === 'text/rfc822-headers') return true;
  return /^\s*attachment/i.test(headerValue(part.headers, 'content-disposition') ?? '');
}

/** The returned message (message/rfc822) or its headers (text/rfc822-headers), outside any returned message. */
function returnedParts(message: MimePart): MimePart[] {
  const found: MimePart[] = [];
  const visit = (part: MimePart) => {
    if (part.type === 'message/rfc822' || part.type === 'text/rfc822-headers') {
      found.push(part);
      return;
    }
    for (const child of part.parts) visit(child);
  };
  visit(message);
  return found;
}

function deliveryStatus(message: MimePart, returned: MimePart[]) {
  const expected: Expected[] = [];
  const preForwarding = new Set<string>();
  const sender = new Set<string>();
  const insideReturned = new Set<MimePart>(returned.flatMap((p) => [...walk(p)]));
  const parts = [...walk(message)].filter((p) => !insideReturned.has(p));
  let dsnParts = parts.filter((p) => /^message\/(?:global-)?delivery-status$/.test(p.type));
  // Some servers send the fields as a text part; take them only when there is no proper one.
  if (dsnParts.length === 0) {
    dsnParts = parts.filter((p) => p.type.startsWith('text/') && /^Final-Recipient\s*:/im.test(partText(p)));
  }
  for (const part of dsnParts) {
    for (const block of partText(part)
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)) {
      const fields = headersOfText(block);
      for (const value of headerValues(fields, 'x-postfix-sender')) for (const a of addressesOfHeader(value)) sender.add(a);
      const final = headerValue(fields, 'final-recipient');
      const address = final ? addressesOfHeader(final)[0] : undefined;
      if (!address) continue;
      for (const value of headerValues(fields, 'original-recipient')) {
        for (const other of addressesOfHeader(value)) if (other !== address) preForwarding.add(other);
      }
      const actual = addressesOfHeader(headerValue(fields, 'x-actual-recipient') ?? '')[0];
      const action = (headerValue(fields, 'action') ?? 'failed').trim().toLowerCase();
      const status = (headerValue(fields, 'status') ?? '').match(ENHANCED_CODE)?.[0] ?? null;
      const diagnosticCodes = Array.from((headerValue(fields, 'diagnostic-code') ?? '').matchAll(ENHANCED_CODES), (m) => m[0]);
      if (!expected.some((e) => e.address === address)) {
        expected.push({
          address,
          action: action === 'failed' || action === 'expired' ? 'failed' : action,
          status,
          diagnosticCodes,
          alias: actual && actual !== address ? actual : null,
        });
      }
    }
  }
  for (const e of expected) {
    preForwarding.delete(e.address);
    if (e.alias) preForwarding.delete(e.alias);
  }
  return { expected, preForwarding, sender, found: dsnParts.length > 0 && expected.length > 0 };
}

function headersOfText(text: string): Header[] {
  const headers: Header[] = [];
  for (const line of text.split('\n')) {
    if (/^[ \t]/.test(line) && headers.length > 0) headers[headers.length - 1].raw += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push({ name: line.slice(0, colon).trim().toLowerCase(), raw: line.slice(colon + 1).trim() });
    }
  }
  return headers;
}

/** Addresses in a header value ("rfc822; <a@b>", "Name <a@b>, c@d"), lower case. */
function addressesOfHeader(raw: string): string[] {
  const value = decodeHeader(raw).replace(/^\s*rfc822\s*;/i, '');
  return Array.from(value.matchAll(/[^\s<>"',;:()[\]]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g), (m) => m[0].toLowerCase());
}
