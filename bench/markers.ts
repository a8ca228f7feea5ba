import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserName, launch } from '../scripts/browsers';
import { fillRow, mulberry32, rowItem } from './content-page';
import { errorsOf } from './content-modes';
import { EXTENSION_DOM, openBenchPage } from './content-session';
import { fixed, quantile, table } from './table';

/**
 * A list full of bounces: how long an inbox takes to its first frame when half its rows are bounce
 * reports, in real Chromium and Firefox, without and with the extension (issue 13, item 2).
 * `npx tsx bench/markers.ts` after `npm run build`; BENCH_DIST / BENCH_DIST_FIREFOX measure other
 * builds (an older commit's dist/chrome and dist/firefox, say), `--runs N` (default 5).
 *
 * Method
 * - Page: Outlook's shell with an empty message list, at https://outlook.office.com/mail/inbox (by
 *   request interception, so the unchanged manifest decides that the content script runs). The
 *   rows, in the fixtures' row markup (bench/content-page.ts), wait in a <template>; every other
 *   one is a bounce ("Undeliverable: …" / "配信不能: …" from Microsoft Exchange). The list scrolls
 *   (the table says how many bounce rows are in view), as Outlook's does.
 * - Run: a fresh browser per run, modes alternating run by run. With the extension, wait until it
 *   marks a probe bounce row (it is then observing), remove the probe, wait 500 ms. Then, in one
 *   task, the rows go into the list (the "commit"); the first frame is the first animation frame
 *   after it, and its end the message posted from that frame's callback (delivered after the
 *   frame's style, layout and paint). Then, frame by frame, until every bounce row in view and
 *   every bounce row in the list has its marker (or 60 s).
 * - Figures: medians and ranges over the runs of commit → end of first frame; with the extension,
 *   how many bounce rows in view had their marker in that frame, and commit → all bounce rows
 *   marked. Errors the content script counted (on <html>, under automation) are printed.
 */

const SIZES = [
  { rows: 200, label: '200 rows, 100 bounces' },
  { rows: 10_000, label: '10,000 rows, 5,000 bounces' },
] as const;
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const DISTS: Record<BrowserName, string> = {
  chromium: resolve(process.env.BENCH_DIST ?? 'dist/chrome'),
  firefox: resolve(process.env.BENCH_DIST_FIREFOX ?? 'dist/firefox'),
};
function page(rows: number): string {
  const rand = mulberry32(rows);
  const html = Array.from({ length: rows }, (_, n) => fillRow(rowItem(n, rand, n % 2 === 0))).join('');
  const probe = fillRow(rowItem(rows * 2, mulberry32(1), true));
  return `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>Mail - Hanako Osaka - Outlook</title><style>
  body { margin: 0; font-family: "Noto Sans CJK JP", sans-serif; font-size: 14px; }
  #MainModule { display: flex; height: 100vh; }
  [data-app-section="MessageList"] { width: 420px; border-right: 1px solid #ddd; display: flex; flex-direction: column; }
  #MailList { overflow-y: auto; flex: 1; }
  [role="option"] { padding: 6px 10px; border-bottom: 1px solid #eee; overflow: hidden; white-space: nowrap; }
  [role="option"] [role="group"] > div { display: flex; flex-direction: column; }
</style></head>
<body role="application"><div id="app"><div id="MainModule">
<div role="complementary" aria-label="Message list" data-app-section="MessageList">
<div id="MailList"><div role="region"><div role="listbox" aria-label="Message list" id="list"></div></div></div>
</div>
<div role="main" aria-label="Reading Pane" data-app-section="MailReadCompose"><div id="ReadingPaneContainerId"></div></div>
</div></div>
<template id="rows">${html}</template>
<template id="probe">${probe}</template>
<script>
(() => {
  const MARK = ${JSON.stringify(EXTENSION_DOM.listMarker)};
  const list = document.getElementById('list');
  const frame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now())));
  const afterFrame = () => new Promise((done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  }));
  const isBounce = (row) => /^(Undeliverable|配信不能): /.test(row.querySelector('span[title=""]').textContent);
  function counts() {
    const view = document.getElementById('MailList').getBoundingClientRect();
    let inView = 0, inViewMarked = 0, all = 0, marked = 0;
    for (const row of list.children) {
      if (!isBounce(row)) continue;
      const has = row.querySelector(MARK) !== null;
      all++; if (has) marked++;
      const r = row.getBoundingClientRect();
      if (r.bottom > view.top && r.top < view.bottom) { inView++; if (has) inViewMarked++; }
    }
    return { inView, inViewMarked, all, marked };
  }
  window.__markers = {
    async probe(timeout) {
      list.append(document.getElementById('probe').content.cloneNode(true));
      const start = performance.now();
      let ok = false;
      while (performance.now() - start < timeout) {
        if (list.querySelector(MARK)) { ok = true; break; }
        await frame();
      }
      list.replaceChildren();
      return ok;
    },
    async render(withExtension) {
      const rows = document.getElementById('rows').content.cloneNode(true);
      const t0 = performance.now();
      list.append(rows);
      const firstFrame = (await afterFrame()) - t0;
      const first = counts();
      let allMarked = null, inViewMarked = first.inViewMarked === first.inView ? firstFrame : null;
      if (withExtension) {
        while (performance.now() - t0 < 60000) {
          const c = counts();
          const now = performance.now() - t0;
          if (inViewMarked === null && c.inViewMarked === c.inView) inViewMarked = now;
          if (c.marked === c.all) { allMarked = now; break; }
          await frame();
        }
      }
      return { firstFrame, inView: first.inView, inViewInFirstFrame: first.inViewMarked, all: first.all, inViewMarked, allMarked };
    },
  };
})();
</script>
</body></html>`;
}

interface Result {
  firstFrame: number;
  inView: number;
  inViewInFirstFrame: number;
  all: number;
  inViewMarked: number | null;
  allMarked: number | null;
  errors: number;
}

async function run(name: BrowserName, html: string, withExtension: boolean): Promise<Result> {
  const browser = await launch(name, { headless: true, lang: 'en', extensions: true });
  try {
    if (withExtension) await browser.installExtension(DISTS[name]);
    const tab = await openBenchPage(browser, html, { width: 1280, height: 900 }, { isolated: false });
    if (withExtension) {
      await tab.waitForSelector(`html[${EXTENSION_DOM.loaded}]`, { timeout: 10_000 });
      if (!(await tab.evaluate('window.__markers.probe(10000)'))) throw new Error(`${name}: the content script never marked the probe row`);
    }
    await new Promise((done) => setTimeout(done, 500));
    const result = (await tab.evaluate(`window.__markers.render(${withExtension})`)) as Omit<Result, 'errors'>;
    const errors = await errorsOf(tab);
    return { ...result, errors };
  } finally {
    await browser.close();
  }
}

const ms = (values: number[]) =>
  values.length ? `${fixed(quantile(values, 0.5), 0)} (${fixed(Math.min(...values), 0)}–${fixed(Math.max(...values), 0)})` : '—';

async function main(): Promise<void> {
  for (const name of Object.keys(DISTS) as BrowserName[]) {
    if (!existsSync(join(DISTS[name], 'manifest.json'))) throw new Error(`${DISTS[name]} has no build: run "npm run build" first.`);
  }
  console.log(`\nA list full of bounces (bench/markers.ts): ${RUNS} runs per mode, a fresh browser each, modes alternating`);
  console.log(`builds: ${DISTS.chromium}, ${DISTS.firefox}\n`);
  const rows: string[][] = [];
  for (const name of Object.keys(DISTS) as BrowserName[]) {
    for (const size of SIZES) {
      const html = page(size.rows);
      const without: Result[] = [];
      const withExt: Result[] = [];
      for (let r = 0; r < RUNS; r++) {
        for (const mode of r % 2 ? [true, false] : [false, true]) (mode ? withExt : without).push(await run(name, html, mode));
        process.stderr.write(`  ${name} ${size.label}: run ${r + 1}/${RUNS}\n`);
      }
      const firstMarked = withExt.map((x) => `${x.inViewInFirstFrame}/${x.inView}`);
      rows.push([
        name,
        size.label,
        ms(without.map((x) => x.firstFrame)),
        ms(withExt.map((x) => x.firstFrame)),
        [...new Set(firstMarked)].join(', '),
        ms(withExt.flatMap((x) => (x.allMarked === null ? [] : [x.allMarked]))),
        `${withExt.filter((x) => x.allMarked === null).length}`,
        withExt.map((x) => x.errors).join(','),
      ]);
    }
  }
  console.log(
    table(
      [
        'browser',
        'list',
        'first frame, without (ms)',
        'first frame, with (ms)',
        'bounces in view marked in it',
        'all bounces marked (ms)',
        'runs never all marked',
        'errors',
      ],
      rows,
      [1],
    ),
  );
}

await main();
