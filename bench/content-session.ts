import type { Browser, Page } from 'puppeteer-core';

/**
 * What the content-script benches share: serving a generated page at Outlook's real URL, waiting
 * for the content script, and driving bench/content-driver.js (the plain-DOM scenario).
 */

/**
 * Everything the benches know about the content script's DOM, in one place: rename here when the
 * content script's marks change. `listMarker` is a bounce row's marker, `diagnosis` the panel
 * above an open bounce; `loaded` and `errors` are the attributes it sets on <html> (running; how
 * many errors it caught).
 */
export const EXTENSION_DOM = {
  listMarker: '[data-oumail-help="bounce-row"]',
  diagnosis: '[data-oumail-help="bounce-open"]',
  loaded: 'data-oumail-help-loaded',
  errors: 'data-oumail-help-errors',
} as const;

export const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox';
export const TICK_MS = 5;
/** A bounce row every 200 ms, a reading-pane change (with pushState) every 500 ms. */
export const BOUNCE_EVERY_MS = 200;
export const PANE_EVERY_MS = 500;

/**
 * Cross-origin isolation, so performance.now() in the page has 5 µs resolution instead of 100 µs
 * (the per-tick observer times are tens of µs). It changes nothing for the content script.
 */
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export interface Summary {
  n: number;
  sum: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** What the driver's run() resolves with (times in ms, from the page's performance.now()). */
export interface PhaseResult {
  ticks: number;
  ops: number;
  wallMs: number;
  late: number;
  /** Time inside the page's own DOM calls (includes building MutationRecords for observers). */
  opsMs: number;
  /** Per tick: end of the tick's DOM calls → the microtask after MutationObserver delivery. */
  hop: Summary;
  latency: Summary;
  latencies: number[];
  deferred: number;
  missed: number;
  bounces: number;
  check: { rows: number; bounceRows: number; marked: number; stray: number; markers: number };
}

/**
 * As tests/e2e/harness.ts openPage: the page answers at Outlook's real URL, nothing else loads.
 * Cross-origin isolated unless `isolated` is false (the benches that time whole frames need no
 * finer clock).
 */
export async function openBenchPage(
  browser: Browser,
  html: string,
  viewport?: { width: number; height: number },
  { isolated = true, url = OUTLOOK_URL }: { isolated?: boolean; url?: string } = {},
): Promise<Page> {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url() === url) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: isolated ? ISOLATED : {}, body: html });
    } else void request.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  if (isolated && !(await page.evaluate('self.crossOriginIsolated'))) throw new Error('the bench page is not cross-origin isolated');
  return page;
}

/**
 * With an extension: wait for its mark on <html>; then, when it draws markers, until a bounce row
 * really gets one (the mark is set before the script reads its settings and starts observing).
 * Otherwise the same probe row goes in and out, so every run starts from the same DOM.
 */
export async function waitForContentScript(page: Page, withExtension: boolean, drawsMarkers = withExtension): Promise<void> {
  if (withExtension) await page.waitForSelector(`html[${EXTENSION_DOM.loaded}]`, { timeout: 10_000 });
  const marked = await page.evaluate(`window.__bench.probe(${drawsMarkers}, 10000)`);
  if (drawsMarkers && !marked) throw new Error('the content script never marked the probe bounce row');
}

/** Runs `seconds` of the mutation stream in the page and returns what the driver measured. */
export async function drive(page: Page, seconds: number, withExtension: boolean): Promise<PhaseResult> {
  const config = {
    ticks: Math.round((seconds * 1000) / TICK_MS),
    tickMs: TICK_MS,
    bounceEvery: BOUNCE_EVERY_MS / TICK_MS,
    paneEvery: PANE_EVERY_MS / TICK_MS,
    expectMarker: withExtension,
  };
  return (await page.evaluate(`window.__bench.run(${JSON.stringify(config)})`)) as PhaseResult;
}
