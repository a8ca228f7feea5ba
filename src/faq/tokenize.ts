import { normalize } from './normalize';

/**
 * Splits folded text into search terms. Japanese has no spaces and no segmenter agrees with how
 * people type, so runs of Japanese script become overlapping character bigrams (多要素認証 →
 * 多要 要素 素認 認証): any substring of two or more characters then matches. Latin and digit runs
 * become words with a light English stemmer.
 */

const JAPANESE_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆]+/gu;
const WORD = /[\p{Script=Latin}\p{N}]+(?:['’]\p{Script=Latin}+)?/gu;

const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'my',
  'i',
  'me',
  'is',
  'are',
  'am',
  'was',
  'to',
  'of',
  'in',
  'on',
  'for',
  'it',
  'do',
  'does',
  'how',
  'what',
  'with',
  'and',
  'or',
  'be',
  'from',
  'this',
  'that',
  'at',
  'by',
  'so',
  'you',
  'your',
]);

/** Strips the commonest English endings, so that blocks/blocked/blocking all become block. */
export function stem(word: string): string {
  if (word.length <= 4) return word.replace(/s$/, word.endsWith('ss') ? 's' : '');
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

const TERM_RUN = new RegExp(`${JAPANESE_RUN.source}|${WORD.source}`, 'gu');

/**
 * Terms of an already folded text, in the order they appear. A query's last word may be unfinished
 * ("do" on the way to "docomo"), so `keepLastWord` keeps it even when it is a stopword.
 */
export function termsOf(folded: string, keepLastWord = false): string[] {
  const terms: string[] = [];
  const runs = [...folded.matchAll(TERM_RUN)].map(([run]) => run);
  runs.forEach((run, i) => {
    if (isJapaneseTerm(run)) terms.push(...bigrams(run));
    else {
      const plain = run.replace(/['’]/g, '');
      const unfinished = keepLastWord && i === runs.length - 1 && !/\s$/.test(folded);
      if (unfinished || !STOPWORDS.has(plain)) terms.push(stem(plain));
    }
  });
  return terms;
}

/**
 * Query terms: the text's terms plus each pair of neighbouring words written together, so that
 * "one drive" also looks for onedrive.
 */
export function queryTermsOf(folded: string): string[] {
  const terms = termsOf(folded, true);
  const joined: string[] = [];
  for (let i = 0; i < terms.length - 1; i++) {
    if (!isJapaneseTerm(terms[i]) && !isJapaneseTerm(terms[i + 1])) joined.push(terms[i] + terms[i + 1]);
  }
  return [...terms, ...joined];
}

export function tokenize(text: string): string[] {
  return termsOf(normalize(text));
}

const JAPANESE_ONLY = new RegExp(`^(?:${JAPANESE_RUN.source})$`, 'u');

export function isJapaneseTerm(term: string): boolean {
  return JAPANESE_ONLY.test(term);
}
