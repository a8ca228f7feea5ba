import { judgeRow, rowMessageKeys } from '../detectors/bounce-row';
import { bounceStormLasts, isBounceStorm, STORM_MIN_BOUNCES } from '../detectors/bounce-storm';
import { closestRow, countRows, LIST_ROW, listAnchor, listRows, messageList } from '../outlook/dom';
import { BounceMarker } from '../panels/BounceMarker';
import { BounceStorm } from '../panels/BounceStorm';
import type { Context } from './context';
import { createHost, HOST_TAG, type Host } from './host';
import type { PageChanges } from './observer';

/**
 * Markers on bounce rows, and the "every message bounces" notice above the list. Outlook renders
 * only the rows in view and recycles row nodes, so every changed row is judged again from its
 * current subject: a marker follows the subject, never the node.
 */
export function bounceList(ctx: Context) {
  const markers = new Map<Element, Host>(); // row → its marker
  const rendered = new WeakMap<Host, string>(); // marker → what it was last rendered with
  const bounceRows = new Set<Element>();
  let storm: Host | null = null;
  let stormClosed = false;

  /** The subject a row was last judged by: a change to its time or preview needs no new look. */
  const judged = new WeakMap<Element, { subject: Element; text: string | null; bounce: boolean; version: number }>();
  let settingsVersion = 0;

  function updateRow(row: Element): void {
    const last = judged.get(row);
    const same =
      last && last.version === settingsVersion && row.contains(last.subject) && last.subject.textContent === last.text;
    if (same && (!last.bounce || markers.get(row)?.element.previousSibling === last.subject)) return;

    const verdict = row.isConnected ? judgeRow(row) : null;
    const subject = verdict?.bounce ? verdict.subject : null;
    if (verdict) judged.set(row, { ...verdict, text: verdict.subject.textContent, version: settingsVersion });
    else judged.delete(row);
    if (subject) bounceRows.add(row);
    else bounceRows.delete(row);

    const want = subject && ctx.settings().listMarkers && !ctx.isDismissed(rowMessageKeys(row)) ? subject : null;
    let marker = markers.get(row);
    if (marker && (!want || !row.contains(marker.element))) {
      marker.destroy();
      markers.delete(row);
      marker = undefined;
    }
    if (want) {
      if (!marker) {
        marker = createHost('bounce-list', 'inline', () => row);
        markers.set(row, marker);
      }
      if (marker.element.previousSibling !== want) want.after(marker.element);
      renderMarker(row, marker);
    }
    // Anything else of ours in the row is stale: a marker left by a recycled row's earlier life, or
    // a copy of a node that never was ours (cloned or re-serialised rows). The live collection
    // makes the common case (nothing extra) a length check.
    const hosts = row.getElementsByTagName(HOST_TAG);
    if (hosts.length > (marker ? 1 : 0)) {
      for (const el of Array.from(hosts)) if (el !== marker?.element) el.remove();
    }
  }

  /** Render only when what the marker says would change (most row changes are times and previews). */
  function renderMarker(row: Element, marker: Host): void {
    const inTabOrder = row === activeRow;
    const state = `${ctx.lang()} ${ctx.forwardingUrl()} ${inTabOrder}`;
    if (rendered.get(marker) === state) return;
    rendered.set(marker, state);
    marker.render(
      <BounceMarker
        lang={ctx.lang()}
        forwardingUrl={ctx.forwardingUrl()}
        inTabOrder={inTabOrder}
        onHide={() => ctx.dismiss(rowMessageKeys(row))}
        onTurnOff={() => ctx.turnOff('listMarkers')}
      />,
    );
  }

  /**
   * Outlook's list is one tab stop: arrow keys move between rows, Tab leaves the list. Only the
   * marker of the row that has focus joins the tab order (Tab from that row reaches it), so a list
   * full of bounces does not become a row of extra tab stops. Focus inside a marker is reported on
   * its host, which is inside the row, so the row stays the active one.
   */
  let activeRow: Element | null = null;
  function onFocusIn(event: FocusEvent): void {
    const row = event.target instanceof Element ? closestRow(event.target) : null;
    if (row === activeRow) return;
    const before = activeRow;
    activeRow = row;
    for (const r of [before, row]) {
      const marker = r && markers.get(r);
      if (marker) ctx.guard(() => renderMarker(r, marker));
    }
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
    const count = bounceRows.size;
    const list = count >= (storm ? 1 : STORM_MIN_BOUNCES) ? messageList() : null;
    // Count rows only as far as the rule needs: a quarter of the rows may be bounces.
    const want =
      !!list &&
      !stormClosed &&
      ctx.settings().stormNotice &&
      (storm ? bounceStormLasts(count) : isBounceStorm(count, countRows(list, count * 4 + 1)));
    if (!want) {
      storm?.destroy();
      storm = null;
      return;
    }
    const anchor = listAnchor(list);
    if (!storm) storm = createHost('bounce-storm', 'block', () => (list ? list.querySelector(LIST_ROW) : null));
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

  /** Every row on the page, judged once: at start and when settings change, never per mutation. */
  function judgeAll(): void {
    const list = messageList();
    if (list) for (const row of listRows(list)) updateRow(row);
    updateStorm();
  }

  return {
    start(): void {
      document.addEventListener('focusin', onFocusIn, true);
      judgeAll();
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
      settingsVersion++;
      prune();
      judgeAll();
    },
    stop(): void {
      document.removeEventListener('focusin', onFocusIn, true);
      for (const marker of markers.values()) marker.destroy();
      markers.clear();
      bounceRows.clear();
      storm?.destroy();
      storm = null;
    },
  };
}
