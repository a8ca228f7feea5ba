import browser from './browser';
import { FEATURE_IDS, type FeatureId } from './features';

/**
 * The one typed wrapper around storage. Every value is checked on the way in: a missing, old or
 * damaged value falls back to the default for that key and never breaks a page.
 */
export type LanguagePreference = 'auto' | 'ja' | 'en';

/** One switch per tip, stored under the tip's id (src/features.ts). */
type TipSettings = { [K in FeatureId]: boolean };

export interface Settings extends TipSettings {
  language: LanguagePreference;
  /** Tips the user closed for one message: short hashes of the message's key, newest last. */
  dismissed: string[];
}

export const DEFAULTS: Settings = {
  language: 'auto',
  ...(Object.fromEntries(FEATURE_IDS.map((id) => [id, true])) as TipSettings),
  dismissed: [],
};

/**
 * Where version 0.1 kept the switches (two tips shared one). A stored old value still counts until
 * the tip's own switch is written.
 */
const LEGACY_KEYS: Partial<Record<FeatureId, string>> = {
  'bounce-row': 'listMarkers',
  'bounce-open': 'readingPane',
  'bounce-storm': 'stormNotice',
  'forwarding-without-copy': 'forwardingWarnings',
  'forwarding-address': 'forwardingWarnings',
  'rules-forward': 'rulesNotes',
};

/** Every key loadSettings reads. */
const STORED_KEYS = [...Object.keys(DEFAULTS), ...new Set(Object.values(LEGACY_KEYS))];

/** storage.sync allows 8 KB per item: a few hundred short hashes. */
const MAX_DISMISSED = 300;

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
/** One entry of `dismissed`: a short hash from dismissKey. */
const isDismissKey = (value: unknown): value is string => typeof value === 'string' && value.length <= 16;

const VALIDATORS: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  language: (value): value is LanguagePreference => value === 'auto' || value === 'ja' || value === 'en',
  ...(Object.fromEntries(FEATURE_IDS.map((id) => [id, isBoolean])) as { [K in FeatureId]: typeof isBoolean }),
  dismissed: (value): value is string[] => Array.isArray(value) && value.length <= MAX_DISMISSED && value.every(isDismissKey),
};

export function validSettings(stored: Record<string, unknown>): Settings {
  const settings = { ...DEFAULTS };
  // A damaged list of hidden tips keeps its good entries: dropping it all would bring every
  // hidden tip back, and the next "hide" would overwrite what was left.
  if (Array.isArray(stored.dismissed)) {
    stored = { ...stored, dismissed: stored.dismissed.filter(isDismissKey).slice(-MAX_DISMISSED) };
  }
  for (const key of Object.keys(DEFAULTS) as (keyof Settings)[]) {
    const legacy = LEGACY_KEYS[key as FeatureId];
    const value = stored[key] ?? (legacy ? stored[legacy] : undefined);
    if (VALIDATORS[key](value)) (settings as Record<keyof Settings, unknown>)[key] = value;
  }
  return settings;
}

/** The student's own choices, as stored in storage.sync (before any policy). */
async function loadOwnSettings(): Promise<Settings> {
  try {
    return validSettings(await browser.storage.sync.get(STORED_KEYS));
  } catch {
    return { ...DEFAULTS };
  }
}

// --- What the university's IT sets by policy ------------------------------------------------------

/**
 * Settings an administrator gives by policy (Chrome/Edge `3rdparty` extension policy, Firefox
 * `policies.json`), read from storage.managed and described by public/managed-schema.json: which
 * tips are on, the language, and whether students may change them. What a policy sets wins over
 * the student's own choice and cannot be changed; with `studentsMayChange` false, nothing can.
 */
export interface Policy {
  tips: Partial<Record<FeatureId, boolean>>;
  language?: LanguagePreference;
  studentsMayChange: boolean;
}

export const NO_POLICY: Policy = { tips: {}, studentsMayChange: true };

/** Only the values the schema allows are kept; anything else falls back as if it were not set. */
export function validPolicy(raw: unknown): Policy {
  const policy: Policy = { tips: {}, studentsMayChange: true };
  if (!raw || typeof raw !== 'object') return policy;
  const { tips, language, studentsMayChange } = raw as Record<string, unknown>;
  if (tips && typeof tips === 'object') {
    for (const id of FEATURE_IDS) {
      const value = (tips as Record<string, unknown>)[id];
      if (typeof value === 'boolean') policy.tips[id] = value;
    }
  }
  if (VALIDATORS.language(language)) policy.language = language;
  if (typeof studentsMayChange === 'boolean') policy.studentsMayChange = studentsMayChange;
  return policy;
}

/** The policy in force, or none (Firefox refuses the read when no policy names the extension). */
export async function loadPolicy(): Promise<Policy> {
  try {
    return validPolicy(await browser.storage.managed.get(null));
  } catch {
    return NO_POLICY;
  }
}

/** Whether a student may change this setting under this policy (hiding a tip for one message always). */
export function isManaged(key: keyof Settings, policy: Policy): boolean {
  if (key === 'dismissed') return false;
  if (!policy.studentsMayChange) return true;
  return key === 'language' ? policy.language !== undefined : policy.tips[key] !== undefined;
}

function withPolicy(settings: Settings, policy: Policy): Settings {
  return { ...settings, ...policy.tips, ...(policy.language ? { language: policy.language } : {}) };
}

/** The settings in force: the student's own, with what a policy sets over them. */
export async function loadSettings(): Promise<Settings> {
  const [own, policy] = await Promise.all([loadOwnSettings(), loadPolicy()]);
  return withPolicy(own, policy);
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await browser.storage.sync.set({ [key]: value });
}

/**
 * Hides tips for these messages. The list is read again just before writing, so a tip hidden in
 * another tab a moment ago is kept.
 */
export async function addDismissed(messageKeys: readonly string[]): Promise<void> {
  // Not loadSettings: on a failed read it falls back to the defaults, and writing those would
  // bring every hidden tip back.
  const { dismissed } = validSettings(await browser.storage.sync.get('dismissed'));
  await saveSetting('dismissed', withDismissed(dismissed, messageKeys));
}

/** Calls back with the full, validated settings whenever any of them changes (in any tab, or by policy). */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'managed') void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A short, stable hash (FNV-1a, 32 bits) of a message key, for `dismissed`. */
export function dismissKey(messageKey: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < messageKey.length; i++) {
    hash ^= messageKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** `dismissed` with these messages' keys added (newest last, oldest dropped past the bound). */
export function withDismissed(dismissed: readonly string[], messageKeys: readonly string[]): string[] {
  const added = messageKeys.map(dismissKey);
  return dismissed
    .filter((k) => !added.includes(k))
    .concat(added)
    .slice(-MAX_DISMISSED);
}

export function isDismissed(dismissed: readonly string[], messageKeys: readonly string[]): boolean {
  if (dismissed.length === 0) return false;
  return messageKeys.some((k) => dismissed.includes(dismissKey(k)));
}
