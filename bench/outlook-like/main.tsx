import { options, render } from 'preact';
import { App } from './app';
import { mailbox, SEED } from './data';
import { bench, STEP_KINDS } from './probe';
import { plan, runWorkload, stepKind, warmUp, WORKLOAD, type RunConfig, type RunResult } from './workload';

/**
 * The Outlook-like bench page (bench/content-outlook.ts bundles this into one script): the mail
 * view rendered by Preact (production build) from a seeded mailbox, and window.__bench, which the
 * bench calls to warm up and to run the fixed workload. Nothing moves until it is called.
 */

// Preact flushes its render queue in a microtask; the probe times each flush and what follows it.
options.debounceRendering = (flush) =>
  queueMicrotask(() => {
    const start = performance.now();
    flush();
    bench.afterFlush(start, performance.now());
  });

const messages = mailbox();
const steps = plan(messages, SEED);
let app: App | null = null;
render(<App messages={messages} bind={(a) => (app = a)} />, document.getElementById('app')!);

const count = (kind: string) => steps.filter((s) => stepKind(s) === kind).length;

declare global {
  interface Window {
    __bench: {
      describe(): { messages: number; bounces: number; steps: Record<string, number>; workload: typeof WORKLOAD };
      warmUp(config: RunConfig, timeoutMs: number): Promise<boolean>;
      run(config: RunConfig): Promise<RunResult>;
    };
  }
}

window.__bench = {
  describe: () => ({
    messages: messages.length,
    bounces: messages.filter((m) => m.bounce).length,
    steps: Object.fromEntries(STEP_KINDS.map((k) => [k, count(k)])),
    workload: WORKLOAD,
  }),
  warmUp: (config, timeoutMs) => warmUp(app!, config, timeoutMs),
  run: (config) => runWorkload(app!, steps, config),
};
