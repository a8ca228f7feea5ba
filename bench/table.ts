/** Plain-text output helpers shared by the bench scripts: no dependency, readable in any CI log. */

/** Left-aligns the first column and right-aligns the rest, so figures line up by their units. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
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
