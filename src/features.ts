/**
 * Every tip the extension shows, in the order the options page lists them: the one list.
 *
 * A tip's id is its only name. `src/detectors/<id>.ts` decides where it shows (a pure function of
 * the page), `src/panels/<PascalId>.tsx` draws it (a pure Preact panel), its host in the page
 * carries `data-oumail-help="<id>"`, its strings in _locales start with the camelCase id
 * (`bounceRowTitle`, `bounceRowOption`…), and its on/off setting is stored under the id.
 * `src/content/registry.ts` binds each id to its detector and panel (the compiler checks that every
 * id has exactly one entry there); `tests/unit/conventions.test.ts` checks the rest.
 *
 * Kept free of detectors and panels so the options page and the popup can read it cheaply.
 */

import type { FaqId } from './faq/types';

/** The pages a tip can be on: each site's knowledge lives in its own folder (src/outlook, src/microsoft). */
export type Site = 'outlook' | 'signin' | 'security-info';

/** `faq`: the FAQ answer behind the tip, which the popup opens from its "on this page" line. */
export const FEATURES = [
  { id: 'bounce-row', site: 'outlook', faq: 'undeliverable' },
  { id: 'bounce-open', site: 'outlook', faq: 'undeliverable' },
  { id: 'bounce-storm', site: 'outlook', faq: 'undeliverable' },
  { id: 'forwarding-without-copy', site: 'outlook', faq: 'inbox-missing' },
  { id: 'forwarding-address', site: 'outlook', faq: 'forward-missing' },
  { id: 'rules-forward', site: 'outlook', faq: 'forward-missing' },
  { id: 'signin-username', site: 'signin', faq: 'signin-email' },
  { id: 'signin-password', site: 'signin', faq: 'signin-password' },
  { id: 'signin-mfa', site: 'signin', faq: 'signin-mfa' },
  { id: 'signin-proofup', site: 'signin', faq: 'mfa-methods' },
  { id: 'security-info-methods', site: 'security-info', faq: 'mfa-change' },
  { id: 'security-info-phone', site: 'security-info', faq: 'mfa-phone-zero' },
] as const satisfies readonly { id: string; site: Site; faq: FaqId }[];

export type FeatureId = (typeof FEATURES)[number]['id'];

export const FEATURE_IDS: readonly FeatureId[] = FEATURES.map((f) => f.id);

/** 'bounce-row' → 'bounceRow', at the type level too, so message keys built from an id are checked. */
type CamelId<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelId<Tail>>}` : S;

export function camelId<S extends FeatureId>(id: S): CamelId<S> {
  return id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelId<S>;
}
