/**
 * Text folding shared by indexing, querying and highlighting: NFKC (full-width ＳＭＳ → sms,
 * half-width ﾊﾟｽﾜｰﾄﾞ → パスワード), lower case, and katakana → hiragana so that めーる finds メール.
 */

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KANA_OFFSET = 0x60; // ァ (U+30A1) − ぁ (U+3041)

function foldKana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : ch;
  }
  return out;
}

/** Wave dashes, tildes and the many hyphens people type all count as one. */
const DASHES = /[\u2010-\u2015\u2212\u301c\uff5e~]/g;

export function normalize(text: string): string {
  return foldKana(text.normalize('NFKC').toLowerCase()).replace(DASHES, '-');
}

/**
 * The folded text with, for each of its UTF-16 units, the index of the original character it came
 * from, so that a match found in folded text can be marked in the text as written.
 */
/** A character with the (half-width) voicing mark that follows it, which NFKC joins to it: ﾊﾟ → パ. */
const UNIT = /[\s\S][\uff9e\uff9f\u3099\u309a]?/gu;

export function normalizeWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const [ch] of text.matchAll(UNIT)) {
    const piece = normalize(ch);
    folded += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
    index += ch.length;
  }
  origin.push(index);
  return { folded, origin };
}
