import { openBounce } from '../detectors/bounce-open';
import { bodyAnchor, readingPane } from '../outlook/dom';
import { BounceDiagnosis } from '../panels/BounceDiagnosis';
import type { Context } from './context';
import { createHost, type Host } from './host';

/**
 * The diagnosis above an open bounce. Outlook changes the URL first and re-renders the pane
 * later, re-using nodes, in several layouts: so the panel is judged from what the pane shows now,
 * every time the pane changes, and removed as soon as a normal message is on screen.
 */
export function bounceReading(ctx: Context) {
  let host: Host | null = null;
  let shown = '';
  /** The body of the bounce on screen: where focus goes if the panel closes while focused. */
  let body: Element | null = null;

  function remove(): void {
    host?.destroy();
    host = null;
    shown = '';
  }

  /** Only one diagnosis: drop any copy in the pane that is not ours (a re-serialised pane, a stale node). */
  function dropCopies(pane: Element, keep: Host | null): void {
    for (const el of pane.querySelectorAll('oumail-help[data-oumail-help="bounce-reading"]')) if (el !== keep?.element) el.remove();
  }

  return {
    update(): void {
      const pane = ctx.settings().readingPane ? readingPane() : null;
      const open = pane ? openBounce(pane, location.pathname) : null;
      if (pane) dropCopies(pane, open ? host : null);
      if (!open || ctx.isDismissed([open.key])) return remove();

      const anchor = bodyAnchor(open.body);
      // A host Outlook took out with a re-rendered pane is put back as it is, still rendered.
      body = open.body;
      host ??= createHost('bounce-reading', 'block', () => body);
      if (host.element.nextSibling !== anchor) anchor.before(host.element);
      // Render again only when what is shown would change.
      const state = JSON.stringify([ctx.lang(), open.key, open.report]);
      if (state === shown) return;
      shown = state;
      host.render(
        <BounceDiagnosis
          lang={ctx.lang()}
          report={open.report}
          forwardingUrl={ctx.forwardingUrl()}
          onHide={() => ctx.dismiss([open.key])}
          onTurnOff={() => ctx.turnOff('readingPane')}
        />,
      );
    },
    refresh(): void {
      shown = '';
      this.update();
    },
    stop: remove,
  };
}
