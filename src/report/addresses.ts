/**
 * Finding e-mail addresses in a report's text without a global address regex: such a regex
 * rescans a long run of letters from every position, which a hostile 1 MB body turns into
 * seconds. Here each "@" is walked out from over a bounded number of characters, so a scan is
 * linear in the text.
 */

export interface Found {
  /** Lower case; an RFC 2047 encoded local part ("=?utf-8?B?…?=") is decoded. */
  address: string;
  start: number;
  end: number;
}

/**
 * Characters of a local part. "/" and "|" are left out on purpose: in a report they belong to
 * paths and pipes ("/home/u/.forward", "|/usr/bin/procmail"), not to addresses.
 */
const LOCAL_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-=!#$&*?^~{}\'"';
const DOMAIN_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-';

/** A lookup table per character class: a regex call per character is what made long runs slow. */
function table(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
const LOCAL = table(LOCAL_CHARS);
const DOMAIN = table(DOMAIN_CHARS);
const isLocal = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 && LOCAL[c] === 1;
};
const isDomainChar = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 && DOMAIN[c] === 1;
};
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Every address in `text`, in order, at most `limit` of them. */
export function addressesIn(text: string, limit: number): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf('@'); at >= 0 && found.length < limit; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocal(text, start - 1)) start--;
    if (start > 0 && isLocal(text, start - 1)) continue; // local part too long: not an address
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text, end)) end++;
    if (end === at + 1 || start === at) continue;

    // Quotes, sentence punctuation and a dot before the local part are not part of the address;
    // a quoted local part ("neko..nyaan"@example.org) keeps its quotes.
    const quoted = text[start] === '"' && text[at - 1] === '"';
    if (!quoted) {
      while (start < at && (text[start] === '.' || text[start] === "'" || text[start] === '"')) start++;
    }
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    if (!local || local.includes("'") || (!quoted && local.includes('"')) || !isDomain(domain)) continue;
    found.push({ address: `${decodeLocal(local)}@${domain}`.toLowerCase(), start, end });
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

/** Some servers write a non-ASCII local part as an RFC 2047 word: "=?utf-8?B?8J+QiA==?=". */
const ENCODED_LOCAL = /^=\?utf-8\?([bq])\?([^?]{1,60})\?=$/i;

function decodeLocal(local: string): string {
  const match = ENCODED_LOCAL.exec(local);
  if (!match) return local;
  try {
    const [, kind, data] = match;
    const bytes =
      kind.toLowerCase() === 'b'
        ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
        : Uint8Array.from(
            data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            (c) => c.charCodeAt(0),
          );
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return local;
  }
}
