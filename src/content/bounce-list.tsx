import { isBounceRow, rowMessageKeys } from '../detectors/bounce-row';
import { isBounceStorm, STORM_MIN_BOUNCES } from '../detectors/bounce-storm';
import { listAnchor, listRows, messageList, rowSubjectElement } from '../outlook/dom';
import { BounceMarker } from '../panels/BounceMarker';
import { BounceStorm } from '../panels/BounceStorm';
import type { Context } from './context';
import { createHost, type Host } from './host';

const HOST_SELECTOR = 'oumail-help[data-oumail-help="bounce-list"]';
import type { PageChanges } from './observer';

/**
 * Markers on bounce rows, and the "every message bounces" notice above the list. Outlook renders
 * only the rows in view and recycles row nodes, so every changed row is judged again from its
 * current subject: a marker follows the subject, never the node.
 */
export function bounceList(ctx: Context) {
  const markers = new Map<Element, Host>(); // row → its marker
  const bounceRows = new Set<Element>();
  let storm: Host | null = null;
  let stormClosed = false;

  function updateRow(row: Element): void {
    const bounce = row.isConnected && isBounceRow(row);
    if (bounce) bounceRows.add(row);
    else bounceRows.delete(row);

    const want = bounce && ctx.settings().listMarkers && !ctx.isDismissed(rowMessageKeys(row));
    const subject = want ? rowSubjectElement(row) : null;
    let marker = markers.get(row);
    if (marker && (!subject || !row.contains(marker.element))) {
      marker.destroy();
      markers.delete(row);
      marker = undefined;
    }
    if (subject) {
      if (!marker) {
        marker = createHost('bounce-list', 'inline');
        markers.set(row, marker);
      }
      if (marker.element.previousSibling !== subject) subject.after(marker.element);
      marker.render(
        <BounceMarker
          lang={ctx.lang()}
          forwardingUrl={ctx.forwardingUrl()}
          onHide={() => ctx.dismiss(rowMessageKeys(row))}
          onTurnOff={() => ctx.turnOff('listMarkers')}
        />,
      );
    }
    // Anything else of ours in the row is stale: a marker left by a recycled row's earlier life, or
    // a copy of a node that never was ours (cloned or re-serialised rows).
    for (const el of row.querySelectorAll(HOST_SELECTOR)) if (el !== marker?.element) el.remove();
  }

  function prune(): void {
    for (const row of bounceRows) if (!row.isConnected) bounceRows.delete(row);
    for (const [row, marker] of markers) {
      if (!row.isConnected || !marker.element.isConnected) {
        marker.destroy();
        markers.delete(row);
      }
    }
  }

  function updateStorm(): void {
    const list = bounceRows.size >= STORM_MIN_BOUNCES ? messageList() : null;
    const count = bounceRows.size;
    const want = !!list && !stormClosed && ctx.settings().stormNotice && isBounceStorm(count, listRows(list).length);
    if (!want) {
      storm?.destroy();
      storm = null;
      return;
    }
    const anchor = listAnchor(list);
    if (!storm) storm = createHost('bounce-storm', 'block');
    if (anchor && storm.element.nextSibling !== anchor) anchor.before(storm.element);
    storm.render(
      <BounceStorm
        lang={ctx.lang()}
        count={count}
        forwardingUrl={ctx.forwardingUrl()}
        onClose={() => {
          stormClosed = true;
          updateStorm();
        }}
        onTurnOff={() => ctx.turnOff('stormNotice')}
      />,
    );
  }

  return {
    /** The rows already on the page when the script starts: once, not per mutation. */
    start(): void {
      const list = messageList();
      if (list) for (const row of listRows(list)) updateRow(row);
      updateStorm();
    },
    update(changes: PageChanges): void {
      for (const row of changes.rows) updateRow(row);
      if (changes.list || changes.rows.size) {
        prune();
        updateStorm();
      }
    },
    /** Settings or language changed: judge every known row again. */
    refresh(): void {
      prune();
      const list = messageList();
      if (list) for (const row of listRows(list)) updateRow(row);
      updateStorm();
    },
    stop(): void {
      for (const marker of markers.values()) marker.destroy();
      markers.clear();
      bounceRows.clear();
      storm?.destroy();
      storm = null;
    },
  };
}
