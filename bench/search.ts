import { readFileSync } from 'node:fs';
import { FAQ_EN } from '../src/faq/entries.en';
import { FAQ_JA } from '../src/faq/entries.ja';
import { QUERIES, type LabelledQuery } from '../tests/search-queries';
import { syntheticEntries } from './corpus';
import { engines, type Engine } from './engines';
import { measure, score, type Run } from './measure';
import { fixed, mean, percent, quantile, table } from './table';

/**
 * `npm run bench`, part 1: our FAQ search against MiniSearch and Fuse.js configured as their docs
 * suggest, on the bundled FAQ and the labelled queries of tests/search-queries.ts, then on a
 * 10,000-entry synthetic FAQ for speed at scale.
 */

const KINDS: LabelledQuery['kind'][] = ['ja', 'en', 'typo', 'width', 'kana', 'intent'];
const SYNTHETIC_PER_LANG = 5_000;

function version(pkg: string): string {
  const url = new URL(`../node_modules/${pkg}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

const list = engines();
const runnable = list.filter((e): e is Engine => 'build' in e);

console.log(`FAQ search benchmark — Node ${process.versions.node}, minisearch ${version('minisearch')}, fuse.js ${version('fuse.js')}`);
console.log(`${QUERIES.length} labelled queries; bundled FAQ: ${FAQ_JA.length} ja + ${FAQ_EN.length} en entries.`);
for (const e of list) if ('skipped' in e) console.log(`Skipped ${e.name}: ${e.skipped}`);

// ---- Quality and speed on the real FAQ ------------------------------------------------------

const small = runnable.map((e) => measure(e, FAQ_JA, FAQ_EN, QUERIES, { builds: 5, rounds: 20, ms: 1500 }));

const cell = (run: Run, keep?: (q: LabelledQuery) => boolean) => {
  const s = score(run, QUERIES, keep);
  return [percent(s.top1, s.total), percent(s.top3, s.total)];
};
const timing = (run: Run) => [fixed(run.buildMs, 2), fixed(mean(run.queryUs)), fixed(quantile(run.queryUs, 0.95))];

console.log(`\n## Bundled FAQ (${(FAQ_JA.length + FAQ_EN.length)} documents), warm, per query\n`);
console.log(
  table(
    ['engine', 'build ms', 'mean µs', 'p95 µs', 'top-1', 'top-3'],
    small.map((run) => [run.name, ...timing(run), ...cell(run)]),
  ),
);

const count = (kind: string) => QUERIES.filter((q) => q.kind === kind).length;
for (const [label, column] of [['top-1', 0], ['top-3', 1]] as const) {
  console.log(`\n## ${label} by query kind\n`);
  console.log(
    table(
      ['engine', ...KINDS.map((k) => `${k} (${count(k)})`)],
      small.map((run) => [run.name, ...KINDS.map((k) => cell(run, (q) => q.kind === k)[column])]),
    ),
  );
}

// ---- Where ours loses -------------------------------------------------------------------------

const [oursJa, oursEn, ...baselines] = small;
const shown = (ids: string[]) => ids.slice(0, 3).join(', ') || '(nothing)';

console.log('\n## Queries a baseline puts first and ours does not (either UI language)\n');
const lost = QUERIES.flatMap((query, i) => {
  const oursWrong = [oursJa, oursEn].filter((run) => run.answers[i][0] !== query.id);
  const winners = baselines.filter((run) => run.answers[i][0] === query.id);
  if (oursWrong.length === 0 || winners.length === 0) return [];
  return [[query.q, query.kind, query.id, oursWrong.map((r) => `${r.name}: ${shown(r.answers[i])}`).join(' | '), winners.map((r) => r.name).join(', ')]];
});
console.log(lost.length ? table(['query', 'kind', 'want', 'ours gave', 'right with'], lost) : '(none)');

console.log('\n## Queries ours does not put in its top 3\n');
const missed = QUERIES.flatMap((query, i) =>
  [oursJa, oursEn]
    .filter((run) => !run.answers[i].slice(0, 3).includes(query.id))
    .map((run) => [query.q, query.kind, query.id, run.name, shown(run.answers[i])]),
);
console.log(missed.length ? table(['query', 'kind', 'want', 'engine', 'got'], missed) : '(none)');

// ---- Scale --------------------------------------------------------------------------------------

const bigJa = [...FAQ_JA, ...syntheticEntries(FAQ_JA, 'ja', SYNTHETIC_PER_LANG, 1)];
const bigEn = [...FAQ_EN, ...syntheticEntries(FAQ_EN, 'en', SYNTHETIC_PER_LANG, 2)];
console.log(
  `\n## Scale: ${2 * SYNTHETIC_PER_LANG} synthetic entries + the real ones (${bigJa.length + bigEn.length} documents)\n`,
);
console.log('top-1/top-3: the real entry must beat 10,000 look-alikes built from its own vocabulary.\n');
const large = runnable.map((e) => measure(e, bigJa, bigEn, QUERIES, { builds: 1, rounds: 3, ms: 2000 }));
console.log(
  table(
    ['engine', 'build ms', 'mean µs', 'p95 µs', 'top-1', 'top-3'],
    large.map((run) => [run.name, ...timing(run), ...cell(run)]),
  ),
);
