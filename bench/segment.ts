/**
 * Japanese word segmentation with the built-in Intl.Segmenter, as the Fuse.js README suggests for
 * CJK. Used by the library baselines and to cut the real entries into words for the synthetic
 * corpus. English words come out whole too.
 */

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : undefined;

/** Node built without full ICU has no Intl.Segmenter: the rows that need it are skipped. */
export const hasSegmenter = segmenter !== undefined;

export function segmentWords(text: string): string[] {
  if (!segmenter) return text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const words: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment);
  return words;
}
