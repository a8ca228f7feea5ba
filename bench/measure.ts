import { performance } from 'node:perf_hooks';
import type { LabelledQuery } from '../tests/search-queries';
import type { FaqEntry } from '../src/faq/types';
import type { Engine, Search } from './engines';

/** What one engine did over one corpus: build time, per-query times, and its answers. */
export interface Run {
  name: string;
  /** Median of the builds, ms. */
  buildMs: number;
  /** One sample per query per timed round, µs. */
  queryUs: number[];
  /** Ids returned for the labelled queries, best first, in their order; fewer if out of time. */
  answers: string[][];
}

export interface Budget {
  /** Index builds to time; the median is reported, since the first one also warms the JIT. */
  builds: number;
  /**
   * Timed rounds over all queries after an untimed first pass, stopping early after `ms`. With 0,
   * the first pass itself is timed instead, and dropped (after at least one query) once it has run
   * a second and is projected to take longer than `ms`: at 10,000 entries Fuse.js takes seconds
   * per query, while the others should still be scored on every query.
   */
  rounds: number;
  ms: number;
}

const PROJECT_AFTER_MS = 1000;

export function measure(
  engine: Engine,
  ja: readonly FaqEntry[],
  en: readonly FaqEntry[],
  queries: readonly LabelledQuery[],
  budget: Budget,
): Run {
  const builds: number[] = [];
  let search: Search = () => [];
  for (let i = 0; i < budget.builds; i++) {
    const start = performance.now();
    search = engine.build(ja, en);
    builds.push(performance.now() - start);
  }
  builds.sort((a, b) => a - b);

  // The first pass gives the answers that are scored; with timed rounds to follow, it only warms up.
  const answers: string[][] = [];
  const firstPass: number[] = [];
  const started = performance.now();
  for (const { q } of queries) {
    const elapsed = performance.now() - started;
    const projected = (elapsed / answers.length) * queries.length;
    if (budget.rounds === 0 && elapsed > PROJECT_AFTER_MS && projected > budget.ms) break;
    const start = performance.now();
    answers.push(search(q));
    firstPass.push((performance.now() - start) * 1000);
  }

  const rounds: number[] = [];
  const timing = performance.now();
  for (let round = 0; round < budget.rounds; round++) {
    if (round > 0 && performance.now() - timing > budget.ms) break;
    for (const { q } of queries) {
      const start = performance.now();
      search(q);
      rounds.push((performance.now() - start) * 1000);
    }
  }
  const queryUs = budget.rounds > 0 ? rounds : firstPass;
  return { name: engine.name, buildMs: builds[Math.floor(builds.length / 2)], queryUs, answers };
}

export interface Score {
  top1: number;
  top3: number;
  total: number;
}

/** Top-1 / top-3 hits over the answered queries that `keep` selects (all of them by default). */
export function score(run: Run, queries: readonly LabelledQuery[], keep: (q: LabelledQuery) => boolean = () => true): Score {
  const s = { top1: 0, top3: 0, total: 0 };
  queries.forEach((query, i) => {
    if (i >= run.answers.length || !keep(query)) return;
    const ids = run.answers[i];
    s.total++;
    if (ids[0] === query.id) s.top1++;
    if (ids.slice(0, 3).includes(query.id)) s.top3++;
  });
  return s;
}
