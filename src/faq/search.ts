import MiniSearch from 'minisearch';
import { FAQ_EN } from './entries.en';
import { FAQ_JA } from './entries.ja';
import { normalize } from './normalize';
import { isJapaneseTerm, queryTermsOf, termsOf } from './tokenize';
import { blockText, type FaqEntry, type FaqId, type Lang } from './types';

/**
 * FAQ search: MiniSearch's BM25 index over our own analysis (folding, bigrams, stems). Plain
 * TypeScript with no browser or bundler features, so the popup, the unit tests and the Node
 * benchmark all run this same code. Both languages are always searched: a student reading the
 * Japanese UI may still type "docomo blocks mail".
 */

export interface SearchHit {
  id: FaqId;
  score: number;
  /** Folded index terms that matched, for highlighting. */
  terms: string[];
}

interface Candidate extends SearchHit {
  queryTerms: Set<string>;
}

interface SearchOptions {
  /** The language the results will be shown in; matches in it count a little more. */
  lang?: Lang;
  /** At most this many hits (default 8). */
  limit?: number;
}

interface IndexedDoc {
  id: string;
  lang: Lang;
  title: string;
  keywords: string;
  body: string;
}

const FIELDS = ['title', 'keywords', 'body'] as const;

function docOf(entry: FaqEntry, lang: Lang): IndexedDoc {
  return {
    id: `${lang}:${entry.id}`,
    lang,
    title: entry.title,
    keywords: entry.keywords.join('\n'),
    body: [...entry.body.map(blockText), ...entry.links.map((l) => l.text)].join('\n'),
  };
}

/**
 * Typos are forgiven in Latin words of four letters or more that the FAQ does not contain as
 * they are (a word it knows is no typo: "authenticator" must not also find "authentication");
 * Japanese bigrams must match exactly.
 */
function fuzzinessFor(vocabulary: Set<string>) {
  return (term: string): number => {
    if (isJapaneseTerm(term) || term.length < 4 || term.length > MAX_FUZZY_WORD || vocabulary.has(term)) return 0;
    return term.length < 5 ? 1 : 2;
  };
}

/** As the user types, the last word is still unfinished: let it match as a prefix. */
function isPrefix(term: string, index: number, terms: string[]): boolean {
  if (isJapaneseTerm(term)) return term.length === 1;
  return index === terms.length - 1;
}

/**
 * What a search reads of a query. Questions are a few words; anything longer was pasted, and
 * searching all of it costs far more than it finds (60,000 pasted kana are 60,000 bigrams; one
 * 100,000-letter word made the typo search allocate gigabytes). So the query is cut to its start,
 * and a word longer than any of the FAQ's gets no typo search.
 */
const MAX_QUERY_CHARACTERS = 200;
const MAX_FUZZY_WORD = 24;
const MAX_QUERY_TERMS = 24;

/** Hits scoring below this share of the best one are noise from a single common term. */
const RELATIVE_CUTOFF = 0.25;

/**
 * A hit must match a word, two Japanese bigrams, or half of the query: one stray bigram of
 * こんにちは is no hit.
 */
function coversQuery(matched: Set<string>, total: number): boolean {
  return matched.size >= 2 || matched.size * 2 >= total || [...matched].some((t) => !isJapaneseTerm(t));
}

type FaqSearch = (query: string, options?: SearchOptions) => SearchHit[];

export function createFaqSearch(ja: readonly FaqEntry[], en: readonly FaqEntry[]): FaqSearch {
  const docs = [...ja.map((e) => docOf(e, 'ja')), ...en.map((e) => docOf(e, 'en'))];
  const vocabulary = new Set(docs.flatMap((d) => FIELDS.flatMap((f) => termsOf(normalize(d[f])))));
  const index = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    storeFields: ['lang'],
    tokenize: (text) => termsOf(normalize(text)),
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: 3, keywords: 2, body: 1 },
      prefix: isPrefix,
      fuzzy: fuzzinessFor(vocabulary),
      weights: { fuzzy: 0.3, prefix: 0.6 },
      // Each term once (a pasted text repeats its words), and no more of them than a question has.
      tokenize: (query) => [...new Set(queryTermsOf(normalize(query)))].slice(0, MAX_QUERY_TERMS),
    },
  });
  index.addAll(docs);

  return (fullQuery, options = {}) => {
    const query = fullQuery.slice(0, MAX_QUERY_CHARACTERS);
    const queryTerms = new Set(termsOf(normalize(query), true));
    if (queryTerms.size === 0) return [];
    const byId = new Map<string, Candidate>();
    for (const result of index.search(query)) {
      const id = (result.id as string).slice(3) as FaqId;
      const score = result.score * (options.lang && result.lang === options.lang ? 1.1 : 1);
      const known = byId.get(id) ?? { id, score, terms: [], queryTerms: new Set<string>() };
      known.score = Math.max(known.score, score);
      for (const term of result.terms) if (!known.terms.includes(term)) known.terms.push(term);
      for (const term of result.queryTerms) known.queryTerms.add(term);
      byId.set(id, known);
    }
    const candidates = [...byId.values()].filter((c) => coversQuery(c.queryTerms, queryTerms.size)).sort((a, b) => b.score - a.score);
    const best = candidates[0]?.score ?? 0;
    return candidates
      .filter((c) => c.score >= best * RELATIVE_CUTOFF)
      .slice(0, options.limit ?? 8)
      .map(({ id, score, terms }) => ({ id, score, terms }));
  };
}

let bundled: FaqSearch | undefined;

/** Searches the bundled FAQ, best hit first. The index is built on the first call (a few ms). */
export function searchFaq(query: string, options?: SearchOptions): SearchHit[] {
  bundled ??= createFaqSearch(FAQ_JA, FAQ_EN);
  return bundled(query, options);
}
