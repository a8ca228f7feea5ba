/**
 * Japanese mobile carriers' mail domains (../shared/outlook/bounces.md §1d, with its sources).
 * Carriers filter forwarded mail as spoofed ("なりすまし"), so mail forwarded from OUMail to one of
 * these addresses is often rejected or silently dropped.
 */
export type Carrier = 'docomo' | 'au' | 'softbank' | 'ymobile' | 'uqmobile' | 'rakuten';

/** Exact domains, lower case. */
const DOMAINS: Record<string, Carrier> = {
  'docomo.ne.jp': 'docomo',
  'ezweb.ne.jp': 'au',
  'au.com': 'au',
  'biz.au.com': 'au',
  'softbank.ne.jp': 'softbank',
  'i.softbank.jp': 'softbank',
  'disney.ne.jp': 'softbank',
  'ymobile.ne.jp': 'ymobile',
  'uqmobile.jp': 'uqmobile',
  'rakuten.jp': 'rakuten',
};

/** SoftBank's legacy domains come with a per-region label: d.vodafone.ne.jp, jp-d.ne.jp, … */
const SOFTBANK_LEGACY = /(^|\.)vodafone\.ne\.jp$|^jp-[a-z]\.ne\.jp$/;

/** Carriers that have a setting meant for forwarded mail (docomo 宛先指定受信, au なりすまし・転送メール許可, SoftBank なりすまし救済リスト). */
export const CARRIERS_WITH_FORWARD_SETTING: readonly Carrier[] = ['docomo', 'au', 'softbank'];

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return (at < 0 ? '' : address.slice(at + 1)).trim().toLowerCase().replace(/\.$/, '');
}

/** The carrier an address belongs to, or null for any other address. */
export function carrierOf(address: string): Carrier | null {
  const domain = domainOf(address);
  if (!domain) return null;
  if (DOMAINS[domain]) return DOMAINS[domain];
  if (SOFTBANK_LEGACY.test(domain)) return 'softbank';
  return null;
}

/** Every exact carrier domain, for "did you mean" suggestions. */
export const CARRIER_DOMAINS: readonly string[] = Object.keys(DOMAINS);
