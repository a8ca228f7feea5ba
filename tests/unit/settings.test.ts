import { describe, expect, it, vi } from 'vitest';

const store = vi.hoisted(() => ({ sync: {} as Record<string, unknown>, managed: undefined as Record<string, unknown> | undefined }));
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
      managed: {
        get: async () => {
          if (!store.managed) throw new Error('Managed storage manifest not found');
          return structuredClone(store.managed);
        },
      },
    },
  },
}));
const { addDismissed, DEFAULTS, dismissKey, isDismissed, isManaged, loadSettings, NO_POLICY, validPolicy, validSettings, withDismissed } =
  await import('../../src/settings');

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

describe("the university's policy (storage.managed)", () => {
  it('keeps what the schema allows, and drops anything else as if it were not set', () => {
    expect(
      validPolicy({
        tips: { 'bounce-storm': false, 'signin-mfa': true, 'no-such-tip': false, 'bounce-row': 'no' },
        language: 'ja',
        studentsMayChange: false,
      }),
    ).toEqual({ tips: { 'bounce-storm': false, 'signin-mfa': true }, language: 'ja', studentsMayChange: false });
    for (const raw of [null, 42, 'x', [], { tips: 'all', language: 'fr', studentsMayChange: 'no' }])
      expect(validPolicy(raw)).toEqual(NO_POLICY);
  });

  it('locks what it sets, everything but hidden messages when students may not change, nothing without a policy', () => {
    const some = validPolicy({ tips: { 'bounce-storm': false }, language: 'en' });
    expect(isManaged('bounce-storm', some)).toBe(true);
    expect(isManaged('language', some)).toBe(true);
    expect(isManaged('bounce-row', some)).toBe(false);
    const locked = validPolicy({ studentsMayChange: false });
    expect(isManaged('bounce-row', locked)).toBe(true);
    expect(isManaged('language', locked)).toBe(true);
    expect(isManaged('dismissed', locked)).toBe(false);
    expect(isManaged('bounce-row', NO_POLICY)).toBe(false);
  });

  it("wins over the student's own choice, and a broken policy breaks nothing", async () => {
    store.sync = { 'bounce-storm': true, 'bounce-row': false, language: 'ja' };
    store.managed = { tips: { 'bounce-storm': false }, language: 'en' };
    expect(await loadSettings()).toMatchObject({ 'bounce-storm': false, 'bounce-row': false, language: 'en' });
    store.managed = { tips: { 'bounce-storm': 'off' }, language: 'klingon' };
    expect(await loadSettings()).toMatchObject({ 'bounce-storm': true, language: 'ja' });
    store.managed = undefined; // Firefox refuses the read when no policy names the extension
    expect(await loadSettings()).toMatchObject({ 'bounce-storm': true, 'bounce-row': false, language: 'ja' });
    store.sync = {};
  });
});
