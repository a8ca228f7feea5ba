import type { Env, Finding } from '../content/feature';
import { countRows, LIST_ROW, listAnchor, listRows } from '../outlook/dom';
import { forwardingSettingsUrl } from '../outlook/routes';
import { bounceSubject } from './bounce-row';

/**
 * "Every message bounces" (FAQ item 4): enough of the rows on screen are bounces that the cause is
 * almost surely the forwarding setting. At least 3 bounces, and at least a quarter of the rows;
 * once said, it stays while any bounce is left in the list, so scrolling past a cluster of bounces
 * or deleting some of them does not make it come and go.
 */
const STORM_MIN_BOUNCES = 3;

export interface BounceStormProps {
  count: number;
  forwardingUrl: string;
}

const KEY = 'storm';

function isBounceStorm(bounceRows: number, allRows: number): boolean {
  return bounceRows >= STORM_MIN_BOUNCES && bounceRows * 4 >= allRows;
}

export function bounceStorm(list: Element, env: Env): Finding<BounceStormProps>[] {
  const count = bounceRowsIn(list, env.rows);
  const showing = env.showing(KEY);
  // Rows are counted only as far as the rule needs: a quarter of the rows may be bounces.
  const want = showing ? count > 0 : count >= STORM_MIN_BOUNCES && isBounceStorm(count, countRows(list, count * 4 + 1));
  const anchor = want ? listAnchor(list) : null;
  if (!anchor) return [];
  return [
    {
      key: KEY,
      anchor,
      place: 'before',
      props: { count, forwardingUrl: forwardingSettingsUrl(env.url) },
      about: list.querySelector(LIST_ROW),
    },
  ];
}

/**
 * How many of the list's rows are bounces. Kept per list and brought up to date from the rows
 * that changed, so a list of thousands of rows is walked only when there is no count yet.
 */
function bounceRowsIn(list: Element, changed: ReadonlySet<Element> | null): number {
  let bounces = known.get(list);
  if (!bounces || !changed) {
    bounces = new Set(listRows(list).filter((row) => bounceSubject(row)));
    known.set(list, bounces);
    return bounces.size;
  }
  for (const row of changed) {
    if (row.isConnected && list.contains(row) && bounceSubject(row)) bounces.add(row);
    else bounces.delete(row);
  }
  for (const row of bounces) if (!row.isConnected) bounces.delete(row);
  return bounces.size;
}

const known = new WeakMap<Element, Set<Element>>();
