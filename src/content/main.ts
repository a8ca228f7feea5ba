import { isOutlookHost } from '../outlook/routes';

/**
 * The content script's entry point. It runs on every Outlook page, so it does nothing costly at
 * start. The mark on <html> tells any later copy of this script (after an extension update or
 * reload) that one is already running: content scripts of different loads share the page's DOM
 * but not their globals.
 */
export const LOADED_ATTRIBUTE = 'data-oumail-help-loaded';

function start(): void {
  if (!isOutlookHost(location.hostname)) return;
  const root = document.documentElement;
  if (root.hasAttribute(LOADED_ATTRIBUTE)) return;
  root.setAttribute(LOADED_ATTRIBUTE, '');
}

start();
