import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserName, launch } from '../scripts/browsers';
import { cost, costDelta, errorsOf } from './content-modes';
import { EXTENSION_DOM, openBenchPage } from './content-session';
import { fixed, quantile, table } from './table';

/**
 * Typing in the reading pane with a 2 MB bounce report open (issue 9), in real Chromium and
 * Firefox, without and with the extension: `npx tsx bench/typing.ts` after `npm run build`;
 * BENCH_DIST / BENCH_DIST_FIREFOX measure other builds, `--runs N` (default 3).
 *
 * Method
 * - Page: tests/fixtures/outlook/deeplink-read.en.html (an Exchange Online report, at its real
 *   deep-link URL) with 2 MB of returned-message lines in its body (one element per line, as a
 *   report that returns a large HTML message carries), and an inline reply box in the reading pane (contenteditable, where
 *   Outlook puts its own) beside the report.
 * - Run: a fresh browser per run, modes alternating. With the extension, wait for its diagnosis.
 *   Then click into the reply box and type 100 characters, one key press at a time, each followed
 *   by a frame, so every keystroke is one DOM change the content script hears of.
 * - Figures: the wall time of the 100 keystrokes (the slowest keystroke too), and in Chromium the
 *   main thread's script time per keystroke (CDP Performance metrics, all worlds), medians over runs.
 */

const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 3) : 3;
const KEYS = 100;
const DISTS: Record<BrowserName, string> = {
  chromium: resolve(process.env.BENCH_DIST ?? 'dist/chrome'),
  firefox: resolve(process.env.BENCH_DIST_FIREFOX ?? 'dist/firefox'),
};
const URL = 'https://outlook.office.com/mail/deeplink/read/AAMkAGI2TG93LargeReport';

function page(): string {
  const html = readFileSync(resolve('tests/fixtures/outlook/deeplink-read.en.html'), 'utf8');
  const line = (n: number) => `<div>X-Archived-Header-${n}: ${'a'.repeat(60)} <span>id=${n.toString(36)}</span></div>`;
  let lines = '';
  for (let n = 0; lines.length < 2_000_000; n++) lines += line(n);
  const reply =
    '<div id="editorParent_1"><div role="textbox" contenteditable="true" aria-label="Message body" aria-multiline="true" style="min-height:80px;border:1px solid #ccc"></div></div>';
  return html
    .replace(
      'Reply-To: seminar-office@example.osaka-u.ac.jp</pre>',
      `Reply-To: seminar-office@example.osaka-u.ac.jp</pre><div>${lines}</div>`,
    )
    .replace('<div data-app-section="ItemContainer"', `${reply}<div data-app-section="ItemContainer"`);
}

interface Result {
  wallMs: number;
  slowestMs: number;
  scriptMs: number | null;
  errors: number;
}

async function run(name: BrowserName, html: string, withExtension: boolean): Promise<Result> {
  const browser = await launch(name, { headless: true, lang: 'en', extensions: true });
  try {
    if (withExtension) await browser.installExtension(DISTS[name]);
    const tab = await openBenchPage(browser, html, { width: 1280, height: 900 }, { isolated: false, url: URL });
    // (bounce-reading: the diagnosis's id before the feature contract, so older builds compare.)
    if (withExtension) await tab.waitForSelector(`${EXTENSION_DOM.diagnosis}, [data-oumail-help="bounce-reading"]`, { timeout: 20_000 });
    await tab.click('[role="textbox"][contenteditable="true"]');
    await new Promise((done) => setTimeout(done, 500));
    const before = name === 'chromium' ? await cost(tab) : null;
    const times: number[] = [];
    const start = performance.now();
    for (let i = 0; i < KEYS; i++) {
      const t = performance.now();
      await tab.keyboard.press(String.fromCharCode(97 + (i % 26)) as 'a');
      await tab.evaluate('new Promise((done) => requestAnimationFrame(() => done()))');
      times.push(performance.now() - t);
    }
    const wallMs = performance.now() - start;
    const scriptMs = before ? costDelta(await cost(tab), before).script : null;
    const typed = (await tab.evaluate(`document.querySelector('[role="textbox"]').textContent.length`)) as number;
    if (typed !== KEYS) throw new Error(`${name}: typed ${typed} of ${KEYS} characters`);
    const errors = await errorsOf(tab);
    return { wallMs, slowestMs: Math.max(...times), scriptMs, errors };
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => quantile(values, 0.5);

async function main(): Promise<void> {
  for (const name of Object.keys(DISTS) as BrowserName[]) {
    if (!existsSync(join(DISTS[name], 'manifest.json'))) throw new Error(`${DISTS[name]} has no build: run "npm run build" first.`);
  }
  const html = page();
  console.log(
    `\nTyping beside a ${(html.length / 1e6).toFixed(1)} MB bounce report (bench/typing.ts): ${KEYS} keystrokes, ${RUNS} runs per mode`,
  );
  console.log(`builds: ${DISTS.chromium}, ${DISTS.firefox}\n`);
  const rows: string[][] = [];
  for (const name of Object.keys(DISTS) as BrowserName[]) {
    const results: Record<'without' | 'with', Result[]> = { without: [], with: [] };
    for (let r = 0; r < RUNS; r++) {
      for (const mode of r % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
        results[mode].push(await run(name, html, mode === 'with'));
      }
      process.stderr.write(`  ${name}: run ${r + 1}/${RUNS}\n`);
    }
    for (const mode of ['without', 'with'] as const) {
      const xs = results[mode];
      const script = xs.flatMap((x) => (x.scriptMs === null ? [] : [x.scriptMs / KEYS]));
      rows.push([
        name,
        mode,
        fixed(median(xs.map((x) => x.wallMs)), 0),
        fixed(median(xs.map((x) => x.slowestMs)), 1),
        script.length ? fixed(median(script), 2) : '—',
        xs.map((x) => x.errors).join(','),
      ]);
    }
  }
  console.log(
    table(['browser', 'extension', `${KEYS} keystrokes (ms)`, 'slowest keystroke (ms)', 'script per keystroke (ms)', 'errors'], rows, [1]),
  );
}

await main();
