import { noChanges, type PageChanges, type SiteDom } from './site';

/**
 * The one observer for the whole page. The site sorts each mutation into what it touched (a row,
 * the list, the reading pane, Settings, a small page); nothing is re-scanned when nothing relevant
 * changed. Route changes come from the Navigation API, popstate and a slow poll.
 */
export function observePage(
  site: SiteDom,
  onChanges: (changes: PageChanges) => void,
  signal: AbortSignal,
  /** Called after a batch that touched nothing of interest (for the real-browser tests). */
  onNothing?: () => void,
): { seen(): string } {
  let href = location.href;
  let pathname = location.pathname;
  let readAt = performance.now();
  // Reading location is not free in a content script's world, and Outlook mutates the page many
  // times a second: read it at most every 50 ms here. The timer below catches the rest.
  const routeChanged = (force = false) => {
    const t = performance.now();
    if (!force && t - readAt < 50) return false;
    readAt = t;
    const now = location.href;
    if (now === href) return false;
    href = now;
    pathname = location.pathname;
    return true;
  };

  const observer = new MutationObserver((records) => {
    const changes = noChanges();
    changes.route = routeChanged();
    site.classify(records, changes, pathname);
    if (changes.rows.size || changes.list || changes.pane || changes.settings || changes.page || changes.route || changes.lost.length)
      onChanges(changes);
    else onNothing?.();
  });
  observer.observe(document.documentElement, site.observe);

  // A route change with no DOM change yet (Outlook's pane re-renders ~100–300 ms later).
  const onRoute = () => {
    if (!routeChanged(true)) return;
    // (The route moved, the DOM did not: nothing inside the pane is new, and the list is as it was.)
    onChanges({ ...noChanges(), pane: true, settings: true, page: true, route: true });
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onRoute, { signal });
  addEventListener('popstate', onRoute, { signal });
  const poll = setInterval(onRoute, 250);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(poll);
  });
  /** The address the runner last acted on. */
  return { seen: () => href };
}
