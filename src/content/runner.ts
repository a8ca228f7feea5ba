import type { Lang } from '../faq/types';
import type { FeatureId } from '../features';
import type { PageStatus } from '../page-status';
import type { Settings } from '../settings';
import { HOLD, type Env, type Feature, type Finding, type PanelActions, type Region } from './feature';
import { HOST_ATTRIBUTE, HOST_CLASS } from './host';
import { mountsFor, type Mounts } from './mounts';
import type { PageChanges, SiteDom } from './site';
import { TYPING_PAUSE_MS, watchUserInput, type UserInput } from './user-input';

/**
 * Runs the registered features on one site: each one looks again when what it looks at changed
 * (its region), and its panels follow what it found. Features know nothing of each other, of
 * settings or of when to run; the runner knows nothing of any one feature.
 */
interface RunnerContext {
  settings(): Settings;
  lang(): Lang;
  isDismissed(messageKeys: string[]): boolean;
  dismiss(id: FeatureId, messageKeys: string[]): void;
  turnOff(id: FeatureId): void;
  /** A hide or turn-off of this feature could not be saved (storage refused the write). */
  saveFailed(id: FeatureId): boolean;
  /** The student may switch this tip off (no policy of the university decides it). */
  canTurnOff(id: FeatureId): boolean;
  /** Runs `fn`, counting instead of throwing any error (the page must never see ours). */
  guard(fn: () => void): void;
  /** Called whenever the runner has finished a piece of work (for the real-browser tests). */
  settled(): void;
}

/** The regions whose tips read form fields (a checkbox's state, what was typed). */
const FIELD_REGIONS: ReadonlySet<Region> = new Set(['settings', 'page']);

interface Run {
  feature: Feature<unknown>;
  env: Env;
  mounts: Mounts;
  /** Panels closed by the user on this page (until it is loaded again), by finding key. */
  closed: Set<unknown>;
  /** Whether the feature ran last time: one that was off looks at the whole page when it comes back. */
  active: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

interface Runner {
  /** Looks at the whole page: at start, and when settings or the language changed. */
  all(): void;
  update(changes: PageChanges): void;
  /** Some feature will look again soon (a dialog still rendering, a pause in typing). */
  busy(): boolean;
  /** What is shown now, per feature: how many panels, and what the first one says (for the popup). */
  status(): PageStatus;
  stop(): void;
}

export function runFeatures(site: SiteDom, features: readonly Feature<unknown>[], ctx: RunnerContext, signal: AbortSignal): Runner {
  let stopped = false;
  // What the batch being handled changed (null: look at everything).
  let changedRows: ReadonlySet<Element> | null = null;
  let touched: Node[] | null = null;
  /**
   * Whether judging looks for look-alike hosts: a region's always, except in a batch of changes
   * that brought none (searching a region of thousands of rows on every change is the cost); a
   * row's, for one without our class, only in a batch that brought one.
   */
  let strangers = true;
  /** The page's address as last read: read again only when the observer says the route moved. */
  let here = { origin: location.origin, pathname: location.pathname };
  /** The panels' language: the user's choice or the page's own, read again with the address. */
  let lang = ctx.lang();
  const reread = () => {
    here = { origin: location.origin, pathname: location.pathname };
    lang = ctx.lang();
  };
  const runs: Run[] = features.map((feature) => {
    const run: Run = { feature, closed: new Set(), active: false, mounts: null as unknown as Mounts, env: null as unknown as Env };
    run.env = envFor(run);
    run.mounts = mountsFor(feature, {
      lang: () => lang,
      actions: (current) => actionsFor(run, current),
      state: () => `${ctx.saveFailed(feature.id)} ${ctx.canTurnOff(feature.id)}`,
    });
    return run;
  });

  const user: UserInput = watchUserInput(signal, {
    focus(before, now) {
      // A row tip may depend on focus (only the focused row's marker is a tab stop).
      for (const run of runs) {
        if (run.feature.region !== 'row' || !run.active) continue;
        for (const node of [before, now]) {
          const row = node && site.rowOf(node);
          if (row) ctx.guard(() => judgeRow(run, row));
        }
      }
    },
    input() {
      // Typing and clicking change what form fields hold without any mutation: the tips that read
      // fields look again soon. (The reading pane's tip reacts to mutations only: typing a reply
      // must not make it read the report again.)
      for (const run of runs) if (FIELD_REGIONS.has(run.feature.region) && run.active) later(run, 0);
    },
  });

  function isActive(run: Run): boolean {
    return ctx.settings()[run.feature.id] && run.feature.route(here.pathname);
  }

  /** One Env per feature, made once: its getters read the batch being handled. */
  function envFor(run: Run): Env {
    return {
      get url() {
        return here;
      },
      showing: (key) => run.mounts.previous(key) !== undefined,
      previous: (key) => run.mounts.previous(key),
      typing: (field) => user.typing(field),
      pressedSince(key) {
        const since = run.mounts.since(key);
        const pressed = user.pressed;
        return pressed && since !== undefined && pressed.at >= since ? pressed.target : null;
      },
      get focus() {
        return user.focus;
      },
      get rows() {
        return changedRows;
      },
      changedIn: (element) => !touched || touched.some((node) => element.contains(node)),
    };
  }

  function shown(run: Run, found: Finding<unknown>[]): Finding<unknown>[] {
    if (found.length === 0) return found;
    return found.filter((f) => !run.closed.has(f.key) && !(f.messageKeys && ctx.isDismissed(f.messageKeys)));
  }

  function judgeRow(run: Run, row: Element): void {
    const found = row.isConnected ? run.feature.detect(row, run.env) : [];
    run.mounts.show(row, found === HOLD ? [] : shown(run, found));
    // Anything else of ours in the row is stale: a marker left by a recycled row's earlier life,
    // or a copy of a node that never was ours (cloned or re-serialised rows). The live collection
    // makes the common case (nothing extra) a length check.
    const own = run.mounts.hostOf(row);
    const hosts = row.getElementsByClassName(HOST_CLASS);
    if (hosts.length > (own ? 1 : 0)) for (const el of Array.from(hosts)) if (el !== own) el.remove();
    // A look-alike without our class, searched for in the rows of a batch that brought one.
    if (changedRows && strangers)
      for (const el of row.querySelectorAll(`[${HOST_ATTRIBUTE}="${run.feature.id}"]`)) if (el !== own) el.remove();
  }

  function judgeRegion(run: Run): void {
    const { region } = run.feature;
    if (region === 'row') return;
    const scope = site.scope(region, document, here.pathname);
    // Look-alikes first, so that a detector that throws cannot leave one behind.
    if (scope && strangers) {
      for (const el of scope.querySelectorAll(`[${HOST_ATTRIBUTE}="${run.feature.id}"]`)) if (!run.mounts.ownerOf(el)) el.remove();
    }
    const found = scope ? run.feature.detect(scope, run.env) : [];
    if (found === HOLD) {
      later(run, TYPING_PAUSE_MS);
      return;
    }
    run.mounts.show(region, shown(run, found));
  }

  /** Looks again once the changes arriving together have landed (a dialog renders in many steps). */
  function later(run: Run, delay: number): void {
    if (stopped || (run.timer !== undefined && delay === 0)) return;
    clearTimeout(run.timer);
    run.timer = setTimeout(() => {
      run.timer = undefined;
      reread();
      if (!stopped && isActive(run)) ctx.guard(() => judgeRegion(run));
      ctx.settled();
    }, delay);
  }

  function actionsFor(run: Run, current: () => Finding<unknown>): PanelActions {
    const finding = current();
    const byUser =
      (act: () => void) =>
      (event: Event): void => {
        if (event.isTrusted) ctx.guard(act);
      };
    const again = () =>
      ctx.guard(() => (run.feature.region === 'row' && finding.key instanceof Element ? judgeRow(run, finding.key) : judgeRegion(run)));
    return {
      hide: finding.messageKeys ? byUser(() => ctx.dismiss(run.feature.id, current().messageKeys ?? [])) : undefined,
      close: byUser(() => {
        run.closed.add(current().key);
        again();
      }),
      turnOff: ctx.canTurnOff(run.feature.id) ? byUser(() => ctx.turnOff(run.feature.id)) : undefined,
      jump: finding.about
        ? byUser(() => {
            const about = current().about;
            if (!(about instanceof HTMLElement) || !about.isConnected) return;
            about.scrollIntoView({ block: 'center' });
            about.focus();
          })
        : undefined,
      saveFailed: ctx.saveFailed(run.feature.id),
    };
  }

  /** One feature, everywhere it looks. */
  function whole(run: Run): void {
    changedRows = null;
    touched = null;
    strangers = true;
    if (run.feature.region === 'row') {
      for (const row of site.rows(document)) judgeRow(run, row);
      run.mounts.prune();
    } else {
      judgeRegion(run);
    }
  }

  return {
    all() {
      reread();
      for (const run of runs) {
        run.active = isActive(run);
        if (!run.active) {
          run.mounts.clear();
          continue;
        }
        ctx.guard(() => whole(run));
      }
      ctx.settled();
    },
    update(changes) {
      if (changes.route) reread();
      // A panel the page took away is put back where it belongs (with what it showed).
      for (const host of changes.lost) {
        for (const run of runs) {
          const found = run.mounts.ownerOf(host);
          if (!found || !run.active) continue;
          if (found.owner instanceof Element) changes.rows.add(found.owner);
          else changes[run.feature.region as Exclude<Region, 'row'>] = true;
        }
      }
      try {
        for (const run of runs) {
          const wasActive = run.active;
          // Settings changes go through all(); here only a new route can switch a feature on or off.
          if (changes.route) run.active = isActive(run);
          if (!run.active) {
            if (wasActive) run.mounts.clear();
            continue;
          }
          ctx.guard(() => {
            if (!wasActive) {
              whole(run);
              return;
            }
            changedRows = changes.rows;
            touched = changes.touched;
            strangers = changes.strangers || changes.route;
            if (run.feature.region === 'row') {
              for (const row of changes.rows) judgeRow(run, row);
              if (changes.list) run.mounts.prune();
            } else if (changes[run.feature.region]) {
              judgeRegion(run);
            }
          });
        }
      } finally {
        // Outside a batch (timers, the user's clicks, a full look) everything is looked at again.
        changedRows = null;
        touched = null;
        strangers = true;
      }
      ctx.settled();
    },
    busy: () => runs.some((run) => run.timer !== undefined),
    status: () =>
      runs.flatMap((run) => {
        const shown = run.mounts.shown();
        return shown.count ? [{ id: run.feature.id, count: shown.count, props: shown.first }] : [];
      }),
    stop() {
      stopped = true;
      for (const run of runs) {
        clearTimeout(run.timer);
        run.mounts.clear();
      }
    },
  };
}
