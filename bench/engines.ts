import Fuse, { type IFuseOptions } from 'fuse.js';
import MiniSearch, { type Options as MiniSearchOptions } from 'minisearch';
import { createFaqSearch } from '../src/faq/search';
import { blockText, type FaqEntry, type Lang } from '../src/faq/types';
import { hasSegmenter, segmentWords } from './segment';

/**
 * The engines compared by bench/search.ts. Each one is built over the same Japanese and English
 * entries and answers a query with entry ids, best first, without duplicates (both languages of
 * an entry are separate documents, as in ours).
 */

export type Search = (query: string) => string[];

export interface Engine {
  name: string;
  build(ja: readonly FaqEntry[], en: readonly FaqEntry[]): Search;
}

/** A library that cannot run here is still listed, with the reason, instead of silently missing. */
export interface SkippedEngine {
  name: string;
  skipped: string;
}

interface Doc {
  key: string;
  id: string;
  lang: Lang;
  title: string;
  keywords: string[];
  body: string;
}

/** The same text ours indexes (body blocks and link texts), so that only the engines differ. */
function docsOf(ja: readonly FaqEntry[], en: readonly FaqEntry[]): Doc[] {
  const doc =
    (lang: Lang) =>
    (e: FaqEntry): Doc => ({
      key: `${lang}:${e.id}`,
      id: e.id,
      lang,
      title: e.title,
      keywords: e.keywords,
      body: [...e.body.map(blockText), ...e.links.map((l) => l.text)].join('\n'),
    });
  return [...ja.map(doc('ja')), ...en.map(doc('en'))];
}

function uniqueIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** The popup passes the UI language; both are measured because the labelled queries carry none. */
function ours(lang: Lang): Engine {
  return {
    name: `ours (UI ${lang})`,
    build(ja, en) {
      const search = createFaqSearch(ja, en);
      return (query) => search(query, { lang }).map((hit) => hit.id);
    },
  };
}

/**
 * MiniSearch as its README configures it: boost title ×2, prefix search, fuzzy 0.2. The keyword
 * list is joined with newlines, since MiniSearch indexes strings.
 */
function miniSearch(name: string, extra: Partial<MiniSearchOptions<MiniDoc>> = {}): Engine {
  return {
    name,
    build(ja, en) {
      const index = new MiniSearch<MiniDoc>({
        idField: 'key',
        fields: ['title', 'keywords', 'body'],
        storeFields: ['id'],
        searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 },
        ...extra,
      });
      index.addAll(docsOf(ja, en).map((d) => ({ ...d, keywords: d.keywords.join('\n') })));
      return (query) => uniqueIds(index.search(query).map((r) => r.id as string));
    },
  };
}

type MiniDoc = Omit<Doc, 'keywords'> & { keywords: string };

/**
 * Fuse.js as its docs configure it:
 *   keys: [{ name: 'title', weight: 3 }, { name: 'keywords', weight: 2 }, { name: 'body', weight: 1 }]
 *   includeScore: true, ignoreLocation: true (the match may be anywhere in a long body),
 *   threshold: 0.6 (the default), everything else default; keywords stay an array, which Fuse
 *   searches element by element.
 */
function fuse(name: string, extra: IFuseOptions<Doc> = {}): Engine {
  return {
    name,
    build(ja, en) {
      const index = new Fuse(docsOf(ja, en), {
        keys: [
          { name: 'title', weight: 3 },
          { name: 'keywords', weight: 2 },
          { name: 'body', weight: 1 },
        ],
        includeScore: true,
        ignoreLocation: true,
        ...extra,
      });
      return (query) => uniqueIds(index.search(query).map((r) => r.item.id));
    },
  };
}

export function engines(): (Engine | SkippedEngine)[] {
  const list: (Engine | SkippedEngine)[] = [ours('ja'), ours('en'), miniSearch('MiniSearch (README)'), fuse('Fuse.js (docs)')];
  if (!hasSegmenter) {
    const skipped = 'Intl.Segmenter is missing from this Node (no full ICU)';
    list.push({ name: 'MiniSearch + Intl.Segmenter', skipped }, { name: 'Fuse.js token + Intl.Segmenter', skipped });
    return list;
  }
  // A fair "well-configured library" baseline: real Japanese words and NFKC, still MiniSearch's
  // own lower-casing and ranking.
  list.push(miniSearch('MiniSearch + Intl.Segmenter', { tokenize: (text) => segmentWords(text.normalize('NFKC')) }));
  if ('useTokenSearch' in Fuse.config) {
    list.push(fuse('Fuse.js token + Intl.Segmenter', { useTokenSearch: true, tokenize: segmentWords }));
  } else {
    list.push({ name: 'Fuse.js token + Intl.Segmenter', skipped: `Fuse.js ${Fuse.version} has no useTokenSearch` });
  }
  return list;
}
