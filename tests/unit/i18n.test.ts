import { describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json' with { type: 'json' };
import ja from '../../_locales/ja/messages.json' with { type: 'json' };

vi.mock('../../src/browser', () => ({ default: { i18n: { getUILanguage: () => 'ja-JP' } } }));
const { t, browserLang } = await import('../../src/i18n');

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const files: Record<string, Messages> = { ja, en } as Record<string, Messages>;

describe('_locales', () => {
  it('has the same keys in Japanese and English', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses only the characters browsers accept in message names', () => {
    for (const key of Object.keys(ja)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('has no empty message and the same placeholders in both languages', () => {
    for (const [lang, messages] of Object.entries(files)) {
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        expect(message.trim(), `${lang}.${key}`).not.toBe('');
        const used = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();
        expect(Object.keys(placeholders ?? {}).sort(), `${lang}.${key}`).toEqual([...new Set(used)]);
        expect(Object.keys(placeholders ?? {}).sort(), `${lang}.${key}`).toEqual(
          Object.keys(files[lang === 'ja' ? 'en' : 'ja'][key].placeholders ?? {}).sort(),
        );
      }
    }
  });
});

describe('t', () => {
  it('returns the message in the language asked for', () => {
    expect(t('ja', 'back')).toBe(ja.back.message);
    expect(t('en', 'back')).toBe(en.back.message);
  });

  it('fills placeholders as browser.i18n does, and keeps the substitution as text', () => {
    expect(t('en', 'resultsCount', 3)).toContain('3');
    const hostile = '<img src=x onerror=alert(1)> $1 $$';
    expect(t('en', 'noResults', hostile)).toContain(hostile);
  });
});

describe('browserLang', () => {
  it('maps a ja-* browser to Japanese', () => {
    expect(browserLang()).toBe('ja');
  });
});
