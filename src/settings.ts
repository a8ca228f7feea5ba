import browser from './browser';

/**
 * The one typed wrapper around storage. Every value is checked on the way in: a missing, old or
 * damaged value falls back to the default for that key and never breaks a page.
 */
export type LanguagePreference = 'auto' | 'ja' | 'en';

export interface Settings {
  language: LanguagePreference;
}

export const DEFAULTS: Settings = { language: 'auto' };

const VALIDATORS: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  language: (value): value is LanguagePreference => value === 'auto' || value === 'ja' || value === 'en',
};

export function validSettings(stored: Record<string, unknown>): Settings {
  const settings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Settings)[]) {
    const value = stored[key];
    if (VALIDATORS[key](value)) settings[key] = value;
  }
  return settings;
}

export async function loadSettings(): Promise<Settings> {
  try {
    return validSettings(await browser.storage.sync.get(Object.keys(DEFAULTS)));
  } catch {
    return { ...DEFAULTS };
  }
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await browser.storage.sync.set({ [key]: value });
}
