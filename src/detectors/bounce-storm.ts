/**
 * "Every message bounces" (FAQ item 4): enough of the rows on screen are bounces that the cause is
 * almost surely the forwarding setting. At least 3 bounces, and at least a quarter of the rows.
 */
export const STORM_MIN_BOUNCES = 3;

export function isBounceStorm(bounceRows: number, allRows: number): boolean {
  return bounceRows >= STORM_MIN_BOUNCES && bounceRows * 4 >= allRows;
}
