import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/browser', () => ({ default: {} }));
const { DEFAULTS, validSettings } = await import('../../src/settings');

describe('validSettings', () => {
  it('gives the defaults for an empty store', () => {
    expect(validSettings({})).toEqual(DEFAULTS);
  });

  it('keeps valid values', () => {
    expect(validSettings({ language: 'en' }).language).toBe('en');
  });

  it.each([
    ['a wrong type', { language: 42 }],
    ['an unknown value', { language: 'fr' }],
    ['null', { language: null }],
    ['an object', { language: { value: 'ja' } }],
  ])('falls back to the default for %s', (_, stored) => {
    expect(validSettings(stored as Record<string, unknown>)).toEqual(DEFAULTS);
  });

  it('keeps the good entries of a damaged list of hidden tips', () => {
    expect(validSettings({ dismissed: ['abc', 42, null, 'x'.repeat(40), 'def'] }).dismissed).toEqual(['abc', 'def']);
  });

  it('ignores keys it does not know (a newer version may have written them)', () => {
    expect(validSettings({ language: 'ja', somethingNew: true })).toEqual({ ...DEFAULTS, language: 'ja' });
  });
});
