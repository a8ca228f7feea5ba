/**
 * A small MIME reader for the report bench: enough of RFC 2045–2047 to take a raw bounce (.eml)
 * apart the way a mail client does. Multipart nesting, quoted-printable and base64 bodies, RFC 2047
 * encoded words in headers, and charsets through TextDecoder (iso-2022-jp, shift_jis, euc-jp, …).
 *
 * Real bounces are often damaged, so it is forgiving where a client is: a boundary that lost its
 * leading spaces still splits the parts, a body saved as UTF-8 under an ISO-2022-JP or ASCII label
 * is read as UTF-8, an unknown charset falls back to UTF-8, and a multipart without its boundary is
 * read as one text part.
 *
 * Everything is kept as a "binary string" (one char per byte, latin1) until a part's text is asked
 * for, so that base64 and 8-bit bodies keep their bytes.
 */

export interface Header {
  /** Lower case. */
  name: string;
  /** Unfolded, still encoded (RFC 2047 words and 8-bit bytes as latin1 chars). */
  raw: string;
}

export interface MimePart {
  headers: Header[];
  /** Lower case, e.g. "text/plain"; "text/plain" when the part has none. */
  type: string;
  params: Record<string, string>;
  /** The body as bytes (latin1 string), transfer encoding still applied. */
  rawBody: string;
  parts: MimePart[];
}

export function parseMessage(bytes: Uint8Array): MimePart {
  return parsePart(Buffer.from(bytes).toString('latin1'), 'text/plain');
}

function parsePart(source: string, defaultType: string): MimePart {
  const split = /\r?\n\r?\n/.exec(source);
  // A part that starts with its blank line has no headers at all.
  const headerText = split ? source.slice(0, split.index) : source;
  const rawBody = split ? source.slice(split.index + split[0].length) : '';
  const headers = parseHeaders(headerText);
  const contentType = headerValue(headers, 'content-type');
  const { type, params } = contentType ? parseContentType(contentType) : { type: defaultType, params: {} };
  const part: MimePart = { headers, type, params, rawBody, parts: [] };
  if (type.startsWith('multipart/')) {
    const childDefault = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    const pieces = params.boundary ? splitMultipart(rawBody, params.boundary) : null;
    if (pieces) part.parts = pieces.map((piece) => parsePart(piece, childDefault));
    else part.type = 'text/plain'; // no usable boundary: a client shows it as text
  }
  return part;
}

function parseHeaders(text: string): Header[] {
  const headers: Header[] = [];
  for (const line of text.split(/\r?\n/)) {
    // A folded line starts with a space. One damaged report lost that space before a parameter
    // ("boundary=…" on a line of its own), so a line that is not "Name:" continues the field too.
    const field = /^[!-9;-~]{1,80}:/.test(line);
    if ((/^[ \t]/.test(line) || !field) && headers.length > 0) {
      headers[headers.length - 1].raw += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (!field) continue; // an mbox "From " line or junk
    headers.push({ name: line.slice(0, colon).trim().toLowerCase(), raw: line.slice(colon + 1).trim() });
  }
  return headers;
}

export function headerValue(headers: Header[], name: string): string | null {
  return headers.find((h) => h.name === name)?.raw ?? null;
}

export function headerValues(headers: Header[], name: string): string[] {
  return headers.filter((h) => h.name === name).map((h) => h.raw);
}

function parseContentType(value: string): { type: string; params: Record<string, string> } {
  const [head, ...rest] = splitParams(value);
  const params: Record<string, string> = {};
  for (const piece of rest) {
    const eq = piece.indexOf('=');
    if (eq < 0) continue;
    let name = piece.slice(0, eq).trim().toLowerCase();
    let val = piece.slice(eq + 1).trim();
    if (val.startsWith('"')) val = val.slice(1, val.endsWith('"') ? -1 : undefined).replace(/\\(.)/g, '$1');
    if (name.endsWith('*')) {
      // RFC 2231: charset'lang'percent-encoded; only the charset names and boundaries matter here.
      name = name.replace(/\*\d*\*?$/, '');
      val = decodeURIComponent(val.replace(/^[^']*'[^']*'/, '').replace(/%(?![0-9a-f]{2})/gi, '%25'));
    }
    if (!(name in params)) params[name] = val;
  }
  const type = head.trim().toLowerCase().replace(/\s+/g, '') || 'text/plain';
  return { type: type.includes('/') ? type : 'text/plain', params };
}

/** Splits at ";" outside quotes. */
function splitParams(value: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/**
 * The parts between "--boundary" lines, up to "--boundary--". Lines are compared without their
 * whitespace, because one damaged report declares a boundary with leading spaces that its lines
 * lost (or the other way round).
 */
function splitMultipart(body: string, boundary: string): string[] | null {
  const wanted = boundary.replace(/\s+/g, '');
  const lines = body.split(/(?<=\n)/);
  const pieces: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const bare = line.replace(/\s+/g, '');
    if (bare.startsWith('--') && bare.slice(2).startsWith(wanted)) {
      const tail = bare.slice(2 + wanted.length);
      if (tail === '' || tail === '--') {
        if (current) pieces.push(current.join('').replace(/\r?\n$/, ''));
        current = tail === '--' ? null : [];
        if (tail === '--') break;
        continue;
      }
    }
    current?.push(line);
  }
  if (current && current.length > 0) pieces.push(current.join(''));
  return pieces.length > 0 ? pieces : null;
}

// ---------------------------------------------------------------------------------------------
// Bodies and charsets

/** The part's body as bytes, transfer encoding removed. */
export function bodyBytes(part: MimePart): Uint8Array {
  const encoding = (headerValue(part.headers, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.rawBody.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return quotedPrintable(part.rawBody);
  return Buffer.from(part.rawBody, 'latin1');
}

function quotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/[ \t]*=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const ch = joined[i];
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

function strictDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  return strictDecode(bytes, 'utf-8') !== null;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/** Charsets whose bytes never go above 0x7f: 8-bit bytes under these labels are a mislabel. */
const SEVEN_BIT = /^(?:us-ascii|ascii|iso-2022-jp(?:-\d)?|csiso2022jp|iso-646-us|7bit)$/;

/** Bytes → text in the declared charset, with the repairs a client makes for common mislabels. */
export function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? '').trim().toLowerCase().replace(/^"|"$/g, '');
  if (hasHighBytes(bytes) && (label === '' || SEVEN_BIT.test(label))) {
    // 8-bit bytes under a 7-bit label: the text was saved in another encoding. UTF-8 first (it
    // rarely decodes by chance), then the two 8-bit Japanese encodings.
    for (const guess of ['utf-8', 'euc-jp', 'shift_jis']) {
      const decoded = strictDecode(bytes, guess);
      if (decoded !== null) return decoded;
    }
  }
  if (label === '' && !hasHighBytes(bytes) && bytes.includes(0x1b)) return decoderFor('iso-2022-jp').decode(bytes);
  return decoderFor(label || 'utf-8').decode(bytes);
}

function decoderFor(label: string): TextDecoder {
  const aliases: Record<string, string> = {
    'x-sjis': 'shift_jis',
    sjis: 'shift_jis',
    'shift-jis': 'shift_jis',
    'x-euc-jp': 'euc-jp',
    cp932: 'shift_jis',
    'windows-31j': 'shift_jis',
    'ks_c_5601-1987': 'euc-kr',
    'iso-2022-jp-1': 'iso-2022-jp',
    'iso-2022-jp-2': 'iso-2022-jp',
    'iso-2022-jp-3': 'iso-2022-jp',
  };
  try {
    return new TextDecoder(aliases[label] ?? label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

export function partText(part: MimePart): string {
  return decodeText(bodyBytes(part), part.params.charset);
}

// ---------------------------------------------------------------------------------------------
// Headers with RFC 2047 encoded words

const ENCODED_WORD = /=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]*)\?=/g;

/** A header's text: encoded words decoded, 8-bit bytes read as UTF-8 when they are. */
export function decodeHeader(raw: string): string {
  // Whitespace between two adjacent encoded words is not part of the text (RFC 2047 §6.2).
  const joined = raw.replace(/(\?=)\s+(?==\?)/g, '$1');
  const bytes = Buffer.from(joined, 'latin1');
  const base = hasHighBytes(bytes) && isUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : joined;
  return base.replace(ENCODED_WORD, (_all, charset: string, kind: string, text: string) => {
    const decoded = kind.toLowerCase() === 'b' ? Buffer.from(text, 'base64') : quotedPrintable(text.replace(/_/g, ' '));
    return decodeText(decoded, charset.replace(/\*.*$/, ''));
  });
}

// ---------------------------------------------------------------------------------------------
// Walking

export function* walk(part: MimePart): Generator<MimePart> {
  yield part;
  for (const child of part.parts) yield* walk(child);
}

/** A message/rfc822 part, parsed (its body is a whole message). */
export function innerMessage(part: MimePart): MimePart {
  return parsePart(Buffer.from(bodyBytes(part)).toString('latin1'), 'text/plain');
}
