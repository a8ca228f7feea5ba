import { normalizeWithMap } from './normalize';
import { isJapaneseTerm } from './tokenize';

/** A piece of text, marked when it matched the query. Rendered as text nodes, never as HTML. */
export interface Segment {
  text: string;
  match: boolean;
}

const WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;

/**
 * Splits `text` into segments, marking every place where one of the matched index `terms`
 * (folded, as `SearchHit.terms` gives them) occurs. Latin matches grow to the whole word, so
 * the stem "block" marks all of "blocks".
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || !text) return [{ text, match: false }];
  const { folded, origin } = normalizeWithMap(text);
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const start = origin[at];
      let end = origin[at + term.length];
      if (!isJapaneseTerm(term)) {
        if (start > 0 && WORD_CHAR.test(text[start - 1])) continue; // only at the start of a word
        while (end < text.length && WORD_CHAR.test(text[end])) end++;
      }
      marked.fill(1, start, end);
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; ) {
    const match = marked[i] === 1;
    let j = i + 1;
    while (j < text.length && (marked[j] === 1) === match) j++;
    segments.push({ text: text.slice(i, j), match });
    i = j;
  }
  return segments;
}

/**
 * A window of about `length` characters of `text` around its first match, with ellipses where cut,
 * for the result list.
 */
export function snippet(text: string, terms: readonly string[], length = 90): Segment[] {
  const segments = highlight(text, terms);
  const firstMatch = segments.findIndex((s) => s.match);
  let offset = 0;
  for (let i = 0; i < firstMatch; i++) offset += segments[i].text.length;
  const start = Math.max(0, Math.min(offset - 20, text.length - length));
  const end = Math.min(text.length, start + length);
  const out: Segment[] = [];
  let position = 0;
  for (const segment of segments) {
    const from = Math.max(start, position);
    const to = Math.min(end, position + segment.text.length);
    if (from < to) out.push({ text: segment.text.slice(from - position, to - position), match: segment.match });
    position += segment.text.length;
  }
  if (start > 0) out.unshift({ text: '…', match: false });
  if (end < text.length) out.push({ text: '…', match: false });
  return out;
}
