import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'puppeteer-core';
import { fixed, table } from './table';

/**
 * Where the content script's time goes, from a CDP sampling profile: every sample whose stack
 * holds a frame of the extension's script (chrome-extension://…) counts for the script; its own
 * time goes to the innermost frame that has a script URL (native DOM calls are counted in the
 * function that made them), and in an unminified build every function is named with its source
 * module, read from the bundle's `// src/…` region comments. Shared by bench/content-profile.ts
 * (plain-DOM page) and bench/content-outlook.ts (the page that renders like Outlook).
 */

type Node = Protocol.Profiler.ProfileNode;

/** An unminified copy of the extension, built from src/ into a temporary directory (dist/ is left alone). */
export function buildUnminified(): string {
  const out = mkdtempSync(join(tmpdir(), 'oumail-profile-'));
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--minify', 'false', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'pipe', // its warnings are vite's, not ours; a failure throws with them
  });
  return out;
}

/** line (0-based) → source module, from the region comments of an unminified bundle. */
export function moduleMap(bundlePath: string): (line: number) => string {
  const starts: [number, string][] = [];
  readFileSync(bundlePath, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /^\t?\/\/ ((?:\.\.\/)*(?:src|node_modules|main\/node_modules)\/\S+|\\0\S+)$/.exec(text);
      if (m) starts.push([i, m[1].replace(/^(?:\.\.\/)+(?:main\/)?/, '')]);
    });
  return (line) => {
    let found = '?';
    for (const [at, module] of starts) {
      if (at > line) break;
      found = module;
    }
    return found;
  };
}

export interface Attribution {
  /** ms of samples with a frame of the content script on the stack. */
  inScript: number;
  /** ms of samples in the page's own script (and not in the content script). */
  inPage: number;
  self: Map<string, number>;
  inclusive: Map<string, number>;
  modules: Map<string, number>;
}

export function attribute(profile: Protocol.Profiler.Profile, moduleOf?: (line: number) => string): Attribution {
  const nodes = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n: Node) => n.callFrame.url.startsWith('chrome-extension://');
  const page = (n: Node) => n.callFrame.url.startsWith('https://');
  const module = (n: Node) => (moduleOf ? moduleOf(n.callFrame.lineNumber) : `:${n.callFrame.lineNumber + 1}`);
  const name = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} (${module(n)})`;

  const sampleMs = new Map<number, number>();
  profile.samples?.forEach((id, i) => {
    sampleMs.set(id, (sampleMs.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });

  const a: Attribution = { inScript: 0, inPage: 0, self: new Map(), inclusive: new Map(), modules: new Map() };
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  for (const [id, ms] of sampleMs) {
    let owner: Node | undefined;
    const seen = new Set<string>();
    let script = false;
    let pageFrame = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = nodes.get(cur)!;
      if (!owner && n.callFrame.url) owner = n;
      if (ours(n)) {
        script = true;
        const k = name(n);
        if (!seen.has(k)) add(a.inclusive, k, ms);
        seen.add(k);
      } else if (page(n)) pageFrame = true;
    }
    if (script) a.inScript += ms;
    else if (pageFrame) a.inPage += ms;
    if (owner && ours(owner)) {
      add(a.self, name(owner), ms);
      add(a.modules, module(owner), ms);
    }
  }
  return a;
}

export function printAttribution(a: Attribution, top = 15): void {
  const rows = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, n)
      .map(([k, ms]) => [k, fixed(ms), `${fixed((100 * ms) / a.inScript)}%`]);
  console.log('Content script, by own time (native DOM calls counted in the caller)');
  console.log(table(['function (module)', 'ms', 'share'], rows(a.self, top)));
  console.log('');
  console.log('Content script, by module (own time)');
  console.log(table(['module', 'ms', 'share'], rows(a.modules, 10)));
  console.log('');
  console.log('Content script, inclusive');
  console.log(table(['function (module)', 'ms', 'share'], rows(a.inclusive, top + 5)));
}
