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

  function remove(): void {
    host?.destroy();
    host = null;
    shown = '';
  }

  return {
    update(): void {
      const pane = ctx.settings().readingPane ? readingPane() : null;
      const open = pane ? openBounce(pane, location.pathname) : null;
      if (!open || ctx.isDismissed([open.key])) return remove();

      const anchor = bodyAnchor(open.body);
      if (!host || !host.element.isConnected) {
        host?.destroy();
        host = createHost('bounce-reading', 'block');
        shown = '';
      }
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
