/**
 * "Every message bounces" (FAQ item 4): enough of the rows on screen are bounces that the cause is
 * almost surely the forwarding setting. At least 3 bounces, and at least a quarter of the rows.
 */
export const STORM_MIN_BOUNCES = 3;

export function isBounceStorm(bounceRows: number, allRows: number): boolean {
  return bounceRows >= STORM_MIN_BOUNCES && bounceRows * 4 >= allRows;
}

/**
 * Once the notice is up, it stays while any bounce is left in the list: scrolling past a cluster of
 * bounces, or deleting some of them, must not make it come and go.
 */
export function bounceStormLasts(bounceRows: number): boolean {
  return bounceRows > 0;
}
