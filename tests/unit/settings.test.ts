import { describe, expect, it, vi } from 'vitest';

const store = vi.hoisted(() => ({ sync: {} as Record<string, unknown> }));
vi.mock('../../src/browser', () => ({
  default: {
    storage: {
      sync: {
        get: async (keys: string | string[]) =>
          Object.fromEntries(
            [keys]
              .flat()
              .filter((k) => k in store.sync)
              .map((k) => [k, structuredClone(store.sync[k])]),
          ),
        set: async (items: Record<string, unknown>) => void Object.assign(store.sync, structuredClone(items)),
      },
    },
  },
}));
const { addDismissed, DEFAULTS, dismissKey, isDismissed, validSettings, withDismissed } = await import('../../src/settings');

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

describe('addDismissed', () => {
  it('keeps what another tab hid after this tab last read its settings', async () => {
    store.sync = {};
    const staleInThisTab: string[] = []; // this tab's list, read before the other tab wrote
    // Another tab hides message A; this tab, still holding the old list, hides message B.
    await addDismissed(['AAMk-A']);
    await addDismissed(['AAMk-B']);
    const stored = validSettings(store.sync).dismissed;
    expect(isDismissed(stored, ['AAMk-A'])).toBe(true);
    expect(isDismissed(stored, ['AAMk-B'])).toBe(true);
    // What writing this tab's own copy would have done: A is lost.
    expect(isDismissed(withDismissed(staleInThisTab, ['AAMk-B']), ['AAMk-A'])).toBe(false);
  });

  it('keeps the stored list in order and within its bound', async () => {
    store.sync = { dismissed: ['old1', 'old2'] };
    await addDismissed(['AAMk-C']);
    expect(store.sync.dismissed).toEqual(['old1', 'old2', dismissKey('AAMk-C')]);
  });

  it('does not write when the stored list cannot be read', async () => {
    const sync = (await import('../../src/browser')).default.storage.sync as { get: unknown };
    const get = sync.get;
    sync.get = async () => {
      throw new Error('Extension context invalidated.');
    };
    store.sync = { dismissed: ['keep'] };
    await expect(addDismissed(['AAMk-D'])).rejects.toThrow();
    expect(store.sync.dismissed).toEqual(['keep']);
    sync.get = get;
  });
});
