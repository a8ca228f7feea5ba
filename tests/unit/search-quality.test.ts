import { describe, expect, it } from 'vitest';
import { searchFaq } from '../../src/faq/search';
import { FAQ_IDS } from '../../src/faq/types';
import { QUERIES } from '../search-queries';

/** The search is judged on what students type (tests/search-queries.ts), in both UI languages. */
describe('FAQ search quality', () => {
  it('is measured on a broad, realistic query set', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    for (const kind of ['ja', 'en', 'typo', 'width', 'kana', 'intent']) {
      expect(QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    }
    for (const id of FAQ_IDS)
      expect(
        QUERIES.some((q) => q.id === id),
        id,
      ).toBe(true);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`puts the right entry first for at least 90% of queries, and in the top 3 for all (UI ${lang})`, () => {
      const misses: string[] = [];
      let top1 = 0;
      for (const { q, id } of QUERIES) {
        const ids = searchFaq(q, { lang }).map((h) => h.id);
        if (ids[0] === id) top1++;
        if (!ids.slice(0, 3).includes(id)) misses.push(`${q} → ${ids.slice(0, 3).join(', ') || 'nothing'} (want ${id})`);
      }
      expect(misses).toEqual([]);
      expect(top1 / QUERIES.length).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('finds nothing for words the FAQ does not cover', () => {
    for (const q of ['こんにちは', 'xyzzy', '<img src=x>zzqx', '   ', '']) expect(searchFaq(q), q).toEqual([]);
  });

  it('forgives width, case and kana differences alike', () => {
    const first = (q: string) => searchFaq(q)[0]?.id;
    expect(first('ﾊﾟｽﾜｰﾄﾞ')).toBe(first('パスワード'));
    expect(first('ぱすわーど')).toBe(first('パスワード'));
    expect(first('ＴＨＵＮＤＥＲＢＩＲＤ')).toBe('mail-clients');
    expect(first('配信不能：')).toBe('undeliverable');
  });

  it('returns hits best first, with the terms that matched', () => {
    const hits = searchFaq('docomo blocks mail');
    expect(hits[0]).toMatchObject({ id: 'forward-missing' });
    expect(hits[0].terms).toEqual(expect.arrayContaining(['docomo', 'block']));
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });

  it('answers as the user types, from the first letters', () => {
    for (const partial of ['d', 'do', 'doc', 'doco', 'docom', 'docomo']) expect(searchFaq(partial).length, partial).toBeGreaterThan(0);
    expect(searchFaq('docom')[0].id).toBe('forward-missing');
    expect(searchFaq('転')[0].id).toBe('forward-missing');
  });
});
