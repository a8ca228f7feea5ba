/** How far apart two typed strings are, the way fingers slip: shared by the address checks. */

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein where each substring is edited once),
 * or Infinity when it exceeds max. The length check comes first, so a 10,000-character input
 * costs nothing; otherwise both strings are short (domains).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return Infinity;
    prevPrev = prev;
    prev = row;
  }
  const d = prev[b.length];
  return d <= max ? d : Infinity;
}

const KEY_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** QWERTY neighbours, including the diagonals (each row sits half a key right of the one above). */
export function areNeighbourKeys(x: string, y: string): boolean {
  const where = (ch: string) => {
    const row = KEY_ROWS.findIndex((r) => r.includes(ch));
    return row < 0 ? null : { row, col: KEY_ROWS[row].indexOf(ch) };
  };
  const p = where(x);
  const q = where(y);
  if (!p || !q) return false;
  if (p.row === q.row) return Math.abs(p.col - q.col) === 1;
  if (Math.abs(p.row - q.row) !== 1) return false;
  const [upper, lower] = p.row < q.row ? [p, q] : [q, p];
  // The key below-left of upper col c is lower col c-1; below-right is lower col c.
  return lower.col === upper.col || lower.col === upper.col - 1;
}
