import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'puppeteer-core';
import { launch } from '../scripts/browsers';
import { outlookPage } from './content-page';
import { drive, openBenchPage, waitForContentScript } from './content-session';
import { fixed, table } from './table';

/**
 * Where the content script spends its time on bench/content.ts's page: `npx tsx
 * bench/content-profile.ts` (exploratory; its figures are inflated by the profiler itself).
 * It builds an unminified copy of the extension into a temporary directory (dist/ is left alone),
 * runs the same mutation stream under the CDP sampling profiler (100 µs), and lists the content
 * script's functions by time, native DOM calls counted in the function that made them.
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);

type Node = Protocol.Profiler.ProfileNode;

async function main(): Promise<void> {
  // BENCH_DIST: profile that (unminified) build instead of building one from src/.
  const out = process.env.BENCH_DIST ?? mkdtempSync(join(tmpdir(), 'oumail-profile-'));
  try {
    if (!process.env.BENCH_DIST) {
      execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--minify', 'false', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
        stdio: 'inherit',
      });
    }
    const browser = await launch('chromium', { headless: true, lang: 'en', extensions: true });
    try {
      await browser.installExtension(out);
      const page = await openBenchPage(browser, outlookPage(3000, 20261120));
      await waitForContentScript(page, true);
      await drive(page, 1, true);
      const cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const phase = await drive(page, SECONDS, true);
      const { profile } = await cdp.send('Profiler.stop');
      report(profile, phase.hop.sum);
    } finally {
      await browser.close();
    }
  } finally {
    if (!process.env.BENCH_DIST) rmSync(out, { recursive: true, force: true });
  }
}

function report(profile: Protocol.Profiler.Profile, observerMs: number): void {
  const nodes = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n: Node) => n.callFrame.url.startsWith('chrome-extension://');
  const page = (n: Node) => n.callFrame.url.startsWith('https://');
  const name = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} :${n.callFrame.lineNumber + 1}`;

  const sampleMs = new Map<number, number>();
  profile.samples?.forEach((id, i) => sampleMs.set(id, (sampleMs.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));

  const self = new Map<string, number>(); // own time + native calls made directly from it
  const total = new Map<string, number>(); // inclusive
  let inScript = 0;
  let inPage = 0;
  for (const [id, ms] of sampleMs) {
    let cur: number | undefined = id;
    let owner: Node | undefined;
    const seen = new Set<string>();
    let script = false;
    let pageFrame = false;
    for (; cur !== undefined; cur = parent.get(cur)) {
      const n = nodes.get(cur)!;
      if (!owner && n.callFrame.url) owner = n;
      if (ours(n)) {
        script = true;
        const k = name(n);
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
        seen.add(k);
      } else if (page(n)) pageFrame = true;
    }
    if (script) inScript += ms;
    else if (pageFrame) inPage += ms;
    if (owner && ours(owner)) self.set(name(owner), (self.get(name(owner)) ?? 0) + ms);
  }

  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => [k, fixed(ms), `${fixed((100 * ms) / inScript)}%`]);
  console.log(`Profile of ${SECONDS} s (sampling every 100 µs, unminified build; line numbers are in its src/content/main.js)`);
  console.log(`JavaScript under the content script's frames: ${fixed(inScript)} ms; under the page's own: ${fixed(inPage)} ms; observer callbacks per the driver: ${fixed(observerMs)} ms.`);
  console.log('');
  console.log("Content script, by own time (native DOM calls counted in the caller)");
  console.log(table(['function', 'ms', 'share'], top(self, 15)));
  console.log('');
  console.log('Content script, inclusive');
  console.log(table(['function', 'ms', 'share'], top(total, 20)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
