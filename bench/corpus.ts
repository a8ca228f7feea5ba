import { blockText, type FaqBlock, type FaqEntry, type FaqId, type Lang } from '../src/faq/types';
import { segmentWords } from './segment';

/**
 * A large synthetic FAQ for the scale test: entries shaped like the real ones (same number of
 * words per title, keyword, paragraph, list item and link), filled with words drawn from the real
 * entries of the same language at their real frequencies. The queries' words therefore occur
 * all over the corpus, as they would in a bigger real FAQ. Deterministic, so runs compare.
 */

/** mulberry32: a tiny seeded PRNG, good enough to pick words. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entryText(e: FaqEntry): string {
  return [e.title, ...e.keywords, ...e.body.map(blockText), ...e.links.map((l) => l.text)].join('\n');
}

const LATIN_EDGE = /[\p{Script=Latin}\p{N}]/u;

/** Japanese is written without spaces, except between two Latin words (OUMail KOAN). */
function joinWords(words: string[], lang: Lang): string {
  if (lang === 'en') return words.join(' ');
  return words.reduce((text, w) => {
    const space = LATIN_EDGE.test(text.slice(-1)) && LATIN_EDGE.test(w[0]) ? ' ' : '';
    return text + space + w;
  }, '');
}

export function syntheticEntries(real: readonly FaqEntry[], lang: Lang, count: number, seed: number): FaqEntry[] {
  const random = prng(seed);
  // Every word occurrence, repeats kept: drawing from it reproduces the real word frequencies.
  const vocabulary = real.flatMap((e) => segmentWords(entryText(e)));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  // Segmenting is the slow part, and the same few hundred template texts come up again and again.
  const lengths = new Map<string, number>();
  const wordCount = (text: string) => lengths.get(text) ?? lengths.set(text, segmentWords(text).length).get(text)!;
  // A text with as many words as the template's, at least one.
  const like = (template: string) =>
    joinWords(
      Array.from({ length: Math.max(1, wordCount(template)) }, () => pick(vocabulary)),
      lang,
    );
  const block = (b: FaqBlock): FaqBlock => {
    if (typeof b === 'string') return like(b);
    if ('list' in b) return { ...b, list: b.list.map(like) };
    return { note: like(b.note) };
  };

  return Array.from({ length: count }, (_, n) => {
    const template = pick(real);
    return {
      // FaqId is the union of the real ids; the engines only ever treat ids as strings.
      id: `syn-${lang}-${n}` as FaqId,
      section: '',
      title: like(template.title),
      body: template.body.map(block),
      keywords: template.keywords.map(like),
      links: template.links.map((l) => ({ text: like(l.text), href: l.href })),
      related: [],
      // Synthetic text rests on nothing; the search bench never reads sources.
      sources: [],
    };
  });
}
