import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { PAGE_OBSERVER_OPTIONS } from '../src/content/observer-options';
import { EXTENSION_DOM } from './content-session';

/**
 * The kinds of session both content-script benches compare, and the builds they load:
 * - "without": no extension;
 * - "empty observer": the extension with a stand-in content script that registers the page
 *   observer with the same options (src/content/observer-options.ts) and does nothing in its
 *   callback: the cost of merely watching the page;
 * - "reading observer": the same, reading each record's target (the least a script can do to
 *   look at what changed);
 * - "with": a snapshot of the real build (BENCH_DIST, default dist/chrome).
 * Every session uses a copy made at the start, so a rebuild meanwhile changes nothing.
 */

type StandIn = 'empty observer' | 'reading observer';

const STAND_INS: Record<StandIn, string> = {
  'empty observer': '() => {}',
  'reading observer': '(records) => { for (const r of records) seen += r.target.nodeType; }',
};

function standInScript(callback: string): string {
  return [
    `document.documentElement.setAttribute(${JSON.stringify(EXTENSION_DOM.loaded)}, '');`,
    'let seen = 0;',
    `new MutationObserver(${callback}).observe(document.documentElement, ${JSON.stringify(PAGE_OBSERVER_OPTIONS)});`,
  ].join('\n');
}

/** Another build to measure instead of dist/chrome (e.g. a candidate fix built elsewhere). */
export const DIST = resolve(process.env.BENCH_DIST ?? 'dist/chrome');

export interface Builds {
  with: string;
  standIns: Record<StandIn, string>;
  /** manifest content_scripts[0].js of the build. */
  scripts: string[];
  /** src/ changed after the build (only checked when BENCH_DIST is not set). */
  stale: boolean;
  cleanup(): void;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function prepareBuilds(): Builds {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.error(`${DIST} has no build: run "npx vite build --mode chrome" first.`);
    process.exit(1);
  }
  const copy = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    cpSync(DIST, dir, { recursive: true });
    return dir;
  };
  const extension = copy('oumail-bench-');
  const standIns = {} as Record<StandIn, string>;
  for (const kind of Object.keys(STAND_INS) as StandIn[]) standIns[kind] = copy('oumail-bench-stand-in-');
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const scripts = manifest.content_scripts?.[0]?.js ?? [];
  if (scripts.length !== 1) throw new Error(`expected one content script, found ${scripts.length}`);
  for (const kind of Object.keys(STAND_INS) as StandIn[]) writeFileSync(join(standIns[kind], scripts[0]), standInScript(STAND_INS[kind]));
  const stale = !process.env.BENCH_DIST && newestMtime(resolve('src')) > Math.min(...scripts.map((f) => statSync(join(DIST, f)).mtimeMs));
  return {
    with: extension,
    standIns,
    scripts,
    stale,
    cleanup() {
      rmSync(extension, { recursive: true, force: true });
      for (const dir of Object.values(standIns)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Main-thread time of the page (all worlds), ms, from CDP Performance.getMetrics. */
export interface Cost {
  script: number;
  task: number;
  style: number;
  layout: number;
}

export async function cost(page: Page): Promise<Cost> {
  const m = await page.metrics();
  return {
    script: (m.ScriptDuration ?? 0) * 1000,
    task: (m.TaskDuration ?? 0) * 1000,
    style: (m.RecalcStyleDuration ?? 0) * 1000,
    layout: (m.LayoutDuration ?? 0) * 1000,
  };
}

/**
 * The same durations in main-thread CPU time (Performance domain in thread ticks, on a CDP session
 * of its own; puppeteer's page.metrics() keeps wall time). Time the thread spent descheduled,
 * waiting for a core other processes hold, does not count: on a shared machine this is the
 * steadier measure, wall time the one users feel.
 */
export async function cpuMeter(page: Page): Promise<() => Promise<Cost>> {
  const session: CDPSession = await page.createCDPSession();
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      script: value('ScriptDuration'),
      task: value('TaskDuration'),
      style: value('RecalcStyleDuration'),
      layout: value('LayoutDuration'),
    };
  };
}

export function costDelta(after: Cost, before: Cost): Cost {
  return {
    script: after.script - before.script,
    task: after.task - before.task,
    style: after.style - before.style,
    layout: after.layout - before.layout,
  };
}

export async function errorsOf(page: Page): Promise<number> {
  return Number(await page.evaluate(`document.documentElement.getAttribute(${JSON.stringify(EXTENSION_DOM.errors)}) ?? 0`));
}
