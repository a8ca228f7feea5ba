import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Protocol } from 'puppeteer-core';
import { launch } from '../scripts/browsers';
import { outlookPage } from './content-page';
import { drive, openBenchPage, waitForContentScript } from './content-session';
import { attribute, buildUnminified, moduleMap, printAttribution } from './profile-report';
import { fixed } from './table';

/**
 * Where the content script spends its time on bench/content.ts's plain-DOM page: `npx tsx
 * bench/content-profile.ts` (exploratory; its figures are inflated by the profiler itself; the
 * Outlook-like scenario, bench/content-outlook.ts, profiles itself). It builds an unminified copy
 * of the extension into a temporary directory (dist/ is left alone), runs the same mutation
 * stream under the CDP sampling profiler (100 µs), and lists the content script's functions and
 * modules by time (bench/profile-report.ts).
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);

async function main(): Promise<void> {
  // BENCH_DIST: profile that (unminified) build instead of building one from src/.
  const out = process.env.BENCH_DIST ?? buildUnminified();
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  try {
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
      report(profile, phase.hop.sum, join(out, manifest.content_scripts[0].js[0]));
    } finally {
      await browser.close();
    }
  } finally {
    if (!process.env.BENCH_DIST) rmSync(out, { recursive: true, force: true });
  }
}

function report(profile: Protocol.Profiler.Profile, observerMs: number, bundle: string): void {
  const a = attribute(profile, moduleMap(bundle));
  console.log(`Profile of ${SECONDS} s (sampling every 100 µs, unminified build)`);
  console.log(
    `JavaScript under the content script's frames: ${fixed(a.inScript)} ms; under the page's own: ${fixed(a.inPage)} ms; observer callbacks per the driver: ${fixed(observerMs)} ms.`,
  );
  console.log('');
  printAttribution(a);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
