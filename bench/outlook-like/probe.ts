import type { Message } from './data';

/**
 * The page's own instruments, shared by the rows (which report their mounts) and the workload.
 *
 * - Time in observers per step: Preact flushes its render queue in a microtask
 *   (options.debounceRendering, main.tsx). The first DOM change of a flush queues the
 *   "notify mutation observers" microtask, which serves the observers of every world (the
 *   content script's isolated world included); the probe queues its own microtask right after
 *   the flush, so it runs after them: `its time − end of flush` is the time spent in observer
 *   callbacks for that commit (≈0 without an extension).
 * - Commit → marker: a bounce row's componentDidMount (the commit) notes the time; the marker is
 *   looked for in that same after-observers microtask and then after every painted frame.
 *   "In its frame" means the marker was there by the end of the frame that painted the commit.
 * - Correctness after every frame: markers only on bounce rows, one each, none lost; the
 *   diagnosis on an open bounce (naming the failed address), none on other messages.
 * - Record counts, only in a page built for counting (window.__BENCH_COUNT__ holds the content
 *   script's observer options): a page-world observer with those options, created before the
 *   content script's, gets the same records in the same callbacks. (Observers are notified in the
 *   order they were created; one created after the content script's would get the records of the
 *   script's own insertions in the same pass, not in the next one as the script does.)
 */

export interface Marks {
  /** A bounce row's marker in the message list. */
  list: string;
  /** The diagnosis above an open bounce. */
  diagnosis: string;
}

export type StepKind = 'scroll' | 'open' | 'open bounce' | 'mail' | 'mail bounce';
export const STEP_KINDS: StepKind[] = ['scroll', 'open', 'open bounce', 'mail', 'mail bounce'];

interface Waiting {
  m: Message;
  committed: number;
  step: number;
}

export interface Counts {
  callbacks: number;
  records: number;
  /** Records that only added or removed the extension's own elements, and callbacks with only those. */
  ours: number;
  oursCallbacks: number;
}

export interface ProbeResult {
  /** Per step: time in observer callbacks after its commits, and Preact's own render time. */
  hop: number[];
  render: number[];
  kinds: StepKind[];
  latencies: number[];
  inFrame: number;
  late: number;
  /** Bounce rows unmounted (or left at the end) without ever showing a marker. */
  missed: number;
  bounceRowsMounted: number;
  /** Frames × rows: a marked bounce row without exactly one marker (lost or doubled). */
  lost: number;
  /** Frames × markers: a marker on a row that is not a bounce. */
  strayMarkers: number;
  /**
   * Diagnoses: shown (one panel in the pane) by the end of the open's frame, later, never; and,
   * where the run was asked to read them (RunConfig.verify), whether the panel names the address.
   */
  diagnosis: {
    opened: number;
    inFrame: number;
    late: number;
    never: number;
    stray: number;
    latencies: number[];
    named: number;
    unnamed: number;
  };
  counts: Record<StepKind, Counts> | null;
}

const COUNT_OPTIONS = (window as { __BENCH_COUNT__?: MutationObserverInit }).__BENCH_COUNT__ ?? null;

class Probe {
  marks: Marks = { list: '[data-none]', diagnosis: '[data-none]' };
  expect = false;
  private step = -1;
  private kind: StepKind = 'scroll';
  private waiting = new Map<Element, Waiting>();
  private bounceRows = new Map<Element, Message>();
  private rowMessage = new WeakMap<Element, Message>();
  private open: { m: Message; at: number; step: number; found: boolean } | null = null;
  /** The diagnosis panel last found, to be read (it is in a closed shadow root: see verifyName). */
  private toRead: { host: Element; recipient: string } | null = null;
  private counts: Record<StepKind, Counts> | null = null;
  r: ProbeResult = Probe.empty();

  constructor() {
    if (COUNT_OPTIONS) new MutationObserver((records) => this.count(records)).observe(document.documentElement, COUNT_OPTIONS);
  }

  private count(records: MutationRecord[]): void {
    const c = this.counts?.[this.kind];
    if (!c) return;
    c.callbacks++;
    c.records += records.length;
    const ours = `${this.marks.list},${this.marks.diagnosis}`;
    const isOurs = (n: Node) => n.nodeType === 1 && (n as Element).matches(ours);
    let mine = 0;
    for (const r of records) {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      if (nodes.length > 0 && nodes.every(isOurs)) mine++;
    }
    c.ours += mine;
    if (mine === records.length) c.oursCallbacks++;
  }

  private static empty(): ProbeResult {
    return {
      hop: [],
      render: [],
      kinds: [],
      latencies: [],
      inFrame: 0,
      late: 0,
      missed: 0,
      bounceRowsMounted: 0,
      lost: 0,
      strayMarkers: 0,
      diagnosis: { opened: 0, inFrame: 0, late: 0, never: 0, stray: 0, latencies: [], named: 0, unnamed: 0 },
      counts: null,
    };
  }

  /** A fresh result for a new phase; rows already mounted stay known. Counts only in a counting page. */
  reset(marks: Marks, expect: boolean, count: boolean): void {
    this.marks = marks;
    this.expect = expect;
    this.r = Probe.empty();
    this.step = -1;
    this.toRead = null;
    this.waiting.clear();
    this.counts =
      count && COUNT_OPTIONS
        ? (Object.fromEntries(STEP_KINDS.map((k) => [k, { callbacks: 0, records: 0, ours: 0, oursCallbacks: 0 }])) as Record<
            StepKind,
            Counts
          >)
        : null;
    this.r.counts = this.counts;
  }

  stop(): ProbeResult {
    this.r.missed += this.waiting.size;
    this.waiting.clear();
    this.counts = null;
    if (this.open && !this.open.found && this.open.m.bounce && this.expect) this.r.diagnosis.never++;
    return this.r;
  }

  beginStep(kind: StepKind): void {
    this.step++;
    this.kind = kind;
    this.r.kinds.push(kind);
    this.r.hop.push(0);
    this.r.render.push(0);
  }

  opened(m: Message): void {
    if (this.open && !this.open.found && this.open.m.bounce && this.expect) this.r.diagnosis.never++;
    this.open = { m, at: performance.now(), step: this.step, found: false };
    if (m.bounce) this.r.diagnosis.opened++;
  }

  rowMounted(el: Element, m: Message): void {
    this.rowMessage.set(el, m);
    if (!m.bounce) return;
    this.bounceRows.set(el, m);
    this.r.bounceRowsMounted++;
    if (this.expect) this.waiting.set(el, { m, committed: performance.now(), step: this.step });
  }

  rowUnmounted(el: Element): void {
    this.bounceRows.delete(el);
    if (this.waiting.delete(el)) this.r.missed++;
  }

  /** Called by main.tsx right after each flush of Preact's render queue. */
  afterFlush(start: number, end: number): void {
    if (this.step >= 0) this.r.render[this.step] += end - start;
    queueMicrotask(() => {
      const now = performance.now();
      if (this.step >= 0) this.r.hop[this.step] += now - end;
      this.lookForMarkers(now, true);
    });
  }

  private lookForMarkers(now: number, inFrame: boolean): void {
    for (const [el, w] of this.waiting) {
      if (!el.querySelector(this.marks.list)) continue;
      this.waiting.delete(el);
      this.r.latencies.push(now - w.committed);
      if (inFrame || w.step === this.step) this.r.inFrame++;
      else this.r.late++;
    }
  }

  /** After each step's frame was painted. The same queries run in every mode. */
  afterFrame(list: Element, pane: Element | null): void {
    const now = performance.now();
    this.lookForMarkers(now, false);
    for (const marker of list.querySelectorAll(this.marks.list)) {
      const row = marker.closest('[role="option"]');
      if (!row || !this.rowMessage.get(row)?.bounce) this.r.strayMarkers++;
    }
    for (const el of this.bounceRows.keys()) {
      if (!this.waiting.has(el) && this.expect && el.querySelectorAll(this.marks.list).length !== 1) this.r.lost++;
    }
    const hosts = pane ? pane.querySelectorAll(this.marks.diagnosis) : [];
    const open = this.open;
    if (!open?.m.bounce) {
      this.r.diagnosis.stray += hosts.length;
    } else if (!open.found && hosts.length === 1) {
      open.found = true;
      this.toRead = { host: hosts[0], recipient: open.m.bounce.recipient };
      this.r.diagnosis.latencies.push(now - open.at);
      if (open.step === this.step) this.r.diagnosis.inFrame++;
      else this.r.diagnosis.late++;
    } else if (hosts.length > 1) {
      this.r.diagnosis.stray += hosts.length - 1;
    }
  }

  /**
   * Whether the diagnosis just found names the failed address. Its shadow root is closed, so no
   * page script can read it: `expose` asks the bench (through the DevTools protocol, as the tests
   * do) to hand the root to this page as `host.testRoot`. Only in a session that is not measured.
   */
  async verifyName(expose: () => Promise<void>): Promise<void> {
    const pending = this.toRead;
    if (!pending) return;
    this.toRead = null;
    await expose();
    const text = (pending.host as Element & { testRoot?: ShadowRoot }).testRoot?.textContent ?? '';
    if (text.includes(pending.recipient)) this.r.diagnosis.named++;
    else this.r.diagnosis.unnamed++;
  }

  /** Before measuring: has any bounce row got its marker yet? */
  anyMarked(): boolean {
    for (const el of this.bounceRows.keys()) if (el.querySelector(this.marks.list)) return true;
    return false;
  }
}

export const bench = new Probe();
