import type { App } from './app';
import { mulberry32, newMail, pick, type Message, type Rand } from './data';
import { inView, layout, LIST_HEIGHT, maxScroll, ROW_HEIGHT, type Layout } from './list';
import { bench, type Marks, type ProbeResult, type StepKind } from './probe';

/**
 * The fixed workload: 598 scroll steps, 60 opens (16 of them bounces) and 23 new messages (4 of
 * them the bounce of the message that just arrived), planned once from the seed by simulating the
 * list's geometry, so every run does exactly the same thing whatever the content script does.
 * The planner only opens rows that are in view, as a user clicks what they see.
 *
 * Scrolling is a wheel most of the time (1–3 notches of 100 px down, sometimes up), now and then
 * a page, a fling or a drag of the scroll bar, and a return to the top after new mail. Each step
 * is awaited to a painted frame (requestAnimationFrame, then a message after the frame).
 */

export const WORKLOAD = { scrolls: 598, opens: 60, bounceOpens: 16, mails: 23, bounceMails: 4 } as const;

type Step = { kind: 'scroll'; top: number } | { kind: 'open'; id: string; bounce: boolean } | { kind: 'mail'; m: Message };

export function stepKind(s: Step): StepKind {
  if (s.kind === 'scroll') return 'scroll';
  if (s.kind === 'open') return s.bounce ? 'open bounce' : 'open';
  return s.m.bounce ? 'mail bounce' : 'mail';
}

const NOTCH = 100;

function nextTop(rand: Rand, top: number, l: Layout, homeAfterMail: boolean): number {
  const max = maxScroll(l);
  if (homeAfterMail && top > 0 && rand() < 0.5) return 0;
  const page = LIST_HEIGHT - ROW_HEIGHT;
  const r = rand();
  let delta: number;
  if (r < 0.66) delta = NOTCH * (1 + Math.floor(rand() * 3));
  else if (r < 0.84) delta = -NOTCH * (1 + Math.floor(rand() * 2));
  else if (r < 0.9) delta = page;
  else if (r < 0.93) delta = -page;
  else if (r < 0.995) delta = 1000 + Math.floor(rand() * 2000);
  else return top > 0 ? 0 : NOTCH;
  let next = Math.min(max, Math.max(0, top + delta));
  if (next === top) next = Math.min(max, Math.max(0, top - delta)); // at an end: the other way
  return next;
}

function visibleRows(l: Layout, top: number): Message[] {
  const [a, b] = inView(l, top);
  const out: Message[] = [];
  for (let i = a; i <= b; i++) {
    const item = l.items[i];
    if (item.kind === 'row') out.push(item.m);
  }
  return out;
}

function tryPlan(messages: readonly Message[], seed: number): Step[] | null {
  const rand = mulberry32(seed);
  const total = WORKLOAD.scrolls + WORKLOAD.opens + WORKLOAD.mails;
  // New mail: 19 arrivals spread over the run; 4 of them are followed by their bounce.
  const arrivals = WORKLOAD.mails - WORKLOAD.bounceMails;
  const mailAt = new Map<number, 'mail' | 'bounce'>();
  const gap = Math.floor(total / arrivals);
  const withBounce = new Set<number>();
  while (withBounce.size < WORKLOAD.bounceMails) withBounce.add(Math.floor(rand() * arrivals));
  for (let k = 0; k < arrivals; k++) {
    const at = k * gap + 5 + Math.floor(rand() * (gap - 8));
    mailAt.set(at, 'mail');
    if (withBounce.has(k)) mailAt.set(at + 1, 'bounce');
  }

  let msgs = [...messages];
  let l = layout(msgs);
  let top = 0;
  let openId: string | null = null;
  let lastMail: Message | null = null;
  let mailIndex = 0;
  let scrolls: number = WORKLOAD.scrolls;
  let opens: number = WORKLOAD.opens - WORKLOAD.bounceOpens;
  let bounceOpens: number = WORKLOAD.bounceOpens;
  let homeAfterMail = false;
  const steps: Step[] = [];

  for (let i = 0; i < total; i++) {
    const mail = mailAt.get(i);
    if (mail) {
      const m = newMail(rand, mailIndex++, mail === 'bounce' ? lastMail : null);
      lastMail = m;
      msgs = [m, ...msgs];
      l = layout(msgs);
      steps.push({ kind: 'mail', m });
      homeAfterMail = true;
      continue;
    }
    const visible = visibleRows(l, top).filter((m) => m.id !== openId);
    const bounces = visible.filter((m) => m.bounce);
    const others = visible.filter((m) => !m.bounce);
    // Bounce opens are spread over the sightings of bounces (about one step in four shows one).
    if (bounces.length && bounceOpens > 0 && rand() < bounceOpens / Math.max(1, 0.22 * scrolls)) {
      const m = pick(rand, bounces);
      steps.push({ kind: 'open', id: m.id, bounce: true });
      openId = m.id;
      bounceOpens--;
    } else if (others.length && opens > 0 && (scrolls === 0 || rand() < opens / (scrolls + opens))) {
      const m = pick(rand, others);
      steps.push({ kind: 'open', id: m.id, bounce: false });
      openId = m.id;
      opens--;
    } else if (scrolls > 0) {
      top = nextTop(rand, top, l, homeAfterMail);
      homeAfterMail = false;
      steps.push({ kind: 'scroll', top });
      scrolls--;
    } else return null;
  }
  return scrolls === 0 && opens === 0 && bounceOpens === 0 ? steps : null;
}

/** The same seed always gives the same plan; a seed whose walk cannot fit the counts is skipped. */
export function plan(messages: readonly Message[], seed: number): Step[] {
  for (let k = 0; k < 200; k++) {
    const steps = tryPlan(messages, seed + k);
    if (steps) return steps;
  }
  throw new Error('no plan fits the workload counts');
}

/** Resolves after the next frame has been painted. */
function painted(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame((t) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(t);
      };
      channel.port2.postMessage(null);
    });
  });
}

export interface RunConfig {
  marks: Marks;
  /** Expect the content script to mark bounce rows and diagnose open bounces. */
  expect: boolean;
  /** Count records and callbacks (in a page built for counting: a separate session, it costs). */
  count: boolean;
  /** Read each diagnosis found, through window.__benchExposeRoots (a separate session: it costs). */
  verify?: boolean;
}

export interface RunResult extends ProbeResult {
  steps: number;
  wallMs: number;
  /** Median interval between painted frames, ms. */
  frameMs: number;
  hovered: number;
}

function regions(): { list: Element; pane: Element | null } {
  return { list: document.getElementById('MailList')!, pane: document.getElementById('ReadingPaneContainerId') };
}

export async function runWorkload(app: App, steps: readonly Step[], config: RunConfig): Promise<RunResult> {
  bench.reset(config.marks, config.expect, config.count);
  const frames: number[] = [];
  let hovered = 0;
  const start = performance.now();
  for (const step of steps) {
    bench.beginStep(stepKind(step));
    if (step.kind === 'scroll') app.scrollTo(step.top);
    else if (step.kind === 'mail') app.receive(step.m);
    else {
      const row = document.getElementById(step.id);
      if (!row) throw new Error(`the plan opens ${step.id}, which is not on screen`);
      bench.opened(app.message(step.id));
      row.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
    frames.push(await painted());
    const { list, pane } = regions();
    bench.afterFrame(list, pane);
    if (config.verify)
      await bench.verifyName(() => (window as unknown as { __benchExposeRoots: () => Promise<void> }).__benchExposeRoots());
    if (list.querySelector('[role="option"].Tq9Hov')) hovered++;
  }
  const wallMs = performance.now() - start;
  const intervals = frames
    .slice(1)
    .map((t, i) => t - frames[i])
    .sort((a, b) => a - b);
  return { ...bench.stop(), steps: steps.length, wallMs, frameMs: intervals[intervals.length >> 1] ?? 0, hovered };
}

/**
 * Before measuring: the same 40 scroll steps down in every mode (the JIT warms up on both sides),
 * then, with the extension, more frames until a bounce row shows its marker (the script has read
 * its settings and is drawing), and back to the top, where the plan starts.
 */
export async function warmUp(app: App, config: RunConfig, timeoutMs: number): Promise<boolean> {
  bench.reset(config.marks, config.expect, false);
  const l = layout(app.messages());
  for (let i = 1; i <= 40; i++) {
    app.scrollTo(Math.min(maxScroll(l), i * 2 * NOTCH));
    await painted();
  }
  const t0 = performance.now();
  const seen = () => bench.r.latencies.length > 0 || bench.anyMarked();
  let marked = !config.expect || seen();
  while (!marked && performance.now() - t0 < timeoutMs) {
    await painted();
    marked = seen();
  }
  app.scrollTo(0);
  await painted();
  await painted();
  bench.stop();
  return marked;
}
