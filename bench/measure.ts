import { performance } from 'node:perf_hooks';
import type { LabelledQuery } from '../tests/search-queries';
import type { Engine, Search } from './engines';
import type { FaqEntry } from '../src/faq/types';

/** What one engine did over one corpus: build time, per-query times, and its answers. */
export interface Run {
  name: string;
  /** Median of the builds, ms. */
  buildMs: number;
  /** One sample per query per timed round, µs. */
  queryUs: number[];
  /** Ids returned for each labelled query, best first (same order as the queries). */
  answers: string[][];
}

export interface Budget {
  /** Index builds to time; the median is reported, since the first one also warms the JIT. */
  builds: number;
  /** At most this many timed rounds over all queries… */
  rounds: number;
  /** …stopping early once this much time is spent (at least one round always runs). */
  ms: number;
}

export function measure(
  engine: Engine,
  ja: readonly FaqEntry[],
  en: readonly FaqEntry[],
  queries: readonly LabelledQuery[],
  budget: Budget,
): Run {
  const builds: number[] = [];
  let search: Search | undefined;
  for (let i = 0; i < budget.builds; i++) {
    const start = performance.now();
    search = engine.build(ja, en);
    builds.push(performance.now() - start);
  }
  builds.sort((a, b) => a - b);

  // The untimed first pass warms the JIT and the engines' caches; its answers are scored.
  const answers = queries.map(({ q }) => search!(q));

  const queryUs: number[] = [];
  const started = performance.now();
  for (let round = 0; round < budget.rounds; round++) {
    if (round > 0 && performance.now() - started > budget.ms) break;
    for (const { q } of queries) {
      const start = performance.now();
      search!(q);
      queryUs.push((performance.now() - start) * 1000);
    }
  }
  return { name: engine.name, buildMs: builds[Math.floor(builds.length / 2)], queryUs, answers };
}

export interface Score {
  top1: number;
  top3: number;
  total: number;
}

/** Top-1 / top-3 hits over the queries that `keep` selects (all of them by default). */
export function score(run: Run, queries: readonly LabelledQuery[], keep: (q: LabelledQuery) => boolean = () => true): Score {
  const s = { top1: 0, top3: 0, total: 0 };
  queries.forEach((query, i) => {
    if (!keep(query)) return;
    const ids = run.answers[i];
    s.total++;
    if (ids[0] === query.id) s.top1++;
    if (ids.slice(0, 3).includes(query.id)) s.top3++;
  });
  return s;
}
