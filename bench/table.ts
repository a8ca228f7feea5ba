/** Plain-text output helpers shared by the bench scripts: no dependency, readable in any CI log. */

/** Full-width characters (kanji, kana, ＭＦＡ) take two terminal columns; half-width kana one. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/**
 * Left-aligns the text columns (the first, and any listed in `textColumns`) and right-aligns the
 * rest, so figures line up by their units.
 */
export function table(header: string[], rows: string[][], textColumns: number[] = []): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const pad = (text: string, i: number) => {
    const fill = ' '.repeat(widths[i] - width(text));
    return i === 0 || textColumns.includes(i) ? text + fill : fill + text;
  };
  const line = (cells: string[]) => cells.map(pad).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function percent(part: number, total: number): string {
  return total === 0 ? '-' : `${((100 * part) / total).toFixed(1)}%`;
}

/** The q-quantile of samples (nearest rank): p95 is the time 95% of queries stay under. */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

export function mean(samples: number[]): number {
  return samples.reduce((a, b) => a + b, 0) / samples.length;
}

export function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}
