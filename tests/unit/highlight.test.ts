import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '../../src/faq/highlight';

const show = (segments: { text: string; match: boolean }[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
  it('marks matched terms in the text as written, whatever its width or kana', () => {
    expect(show(highlight('ＯＵＭａｉｌのﾊﾟｽﾜｰﾄﾞは', ['ぱす', 'すわ', 'わー', 'ーど']))).toBe('ＯＵＭａｉｌの[ﾊﾟｽﾜｰﾄﾞ]は');
    expect(show(highlight('Mobile carriers block mail; blocks.', ['block']))).toBe('Mobile carriers [block] mail; [blocks].');
  });

  it('marks Latin terms only at the start of words', () => {
    expect(show(highlight('gmail and mail', ['mail']))).toBe('gmail and [mail]');
  });

  it('gives back exactly the text it was given, hostile or not', () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Eevil<script>x</script>';
    const segments = highlight(hostile, ['img', 'script']);
    expect(segments.map((s) => s.text).join('')).toBe(hostile);
  });

  it('cuts a snippet around the first match', () => {
    const text = `${'a '.repeat(100)}docomo ${'b '.repeat(100)}`;
    const segments = snippet(text, ['docomo'], 60);
    expect(segments[0].text).toBe('…');
    expect(segments.at(-1)!.text).toBe('…');
    expect(segments.some((s) => s.match && s.text === 'docomo')).toBe(true);
    expect(segments.map((s) => s.text).join('').length).toBeLessThanOrEqual(62);
  });
});
