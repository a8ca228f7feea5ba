/**
 * Japanese mobile carriers' mail domains (docs/reports.md, Carriers; each source below).
 * Carriers filter forwarded mail as spoofed ("なりすまし"), so mail forwarded from OUMail to one of
 * these addresses is often rejected or silently dropped.
 */
export type Carrier = 'docomo' | 'au' | 'softbank' | 'ymobile';

interface CarrierDomain {
  carrier: Carrier;
  /** Where the domain is said to be the carrier's: its own page where one was found, else a press or reference article. */
  source: string;
}

/**
 * Exact domains, lower case, each with its source. Left out because no page could confirm them
 * (docs/reports.md: only weaker evidence lists them): disney.ne.jp and the J-PHONE jp-?.ne.jp domains (SoftBank), uqmobile.jp (UQ mobile), and any
 * Rakuten Mobile domain (rakuten.jp is not one Rakuten's pages name).
 */
const DOMAINS: Readonly<Record<string, CarrierDomain>> = {
  // A list of the three carriers' mail domains (docomo.ne.jp, au.com / ezweb.ne.jp, softbank.ne.jp / i.softbank.jp).
  'docomo.ne.jp': { carrier: 'docomo', source: 'https://wp-labo.com/career-docomo-au-softbank-sub-brand/' },
  // au's own page for keeping its @au.com / @ezweb.ne.jp addresses ("auメール持ち運び").
  'ezweb.ne.jp': { carrier: 'au', source: 'https://www.au.com/mobile/service/aumail_portability/' },
  'au.com': { carrier: 'au', source: 'https://www.au.com/mobile/service/aumail_portability/' },
  'softbank.ne.jp': { carrier: 'softbank', source: 'https://wp-labo.com/career-docomo-au-softbank-sub-brand/' },
  'i.softbank.jp': { carrier: 'softbank', source: 'https://wp-labo.com/career-docomo-au-softbank-sub-brand/' },
  // Y!mobile gives two addresses: @ymobile.ne.jp and the paid @yahoo.ne.jp (not Yahoo! Mail's yahoo.co.jp).
  'ymobile.ne.jp': { carrier: 'ymobile', source: 'https://yayaue.space/ymail' },
  'yahoo.ne.jp': { carrier: 'ymobile', source: 'https://yayaue.space/ymail' },
};

/** Vodafone's domains, kept by SoftBank, carry a one-letter regional label: d.vodafone.ne.jp, t.…, k.… */
const SOFTBANK_LEGACY = /(?:^|\.)vodafone\.ne\.jp$/;
const SOFTBANK_LEGACY_SOURCE = 'https://www.itmedia.co.jp/mobile/articles/0607/13/news050.html';

/**
 * au's business mail: name@xxx.biz.au.com and the older name@xxx.biz.ezweb.ne.jp, a label per
 * company. au's own page on keeping au mail names them as its "ビジネスメール", which cannot be kept.
 */
const AU_BUSINESS = /(?:^|\.)biz\.(?:au\.com|ezweb\.ne\.jp)$/;
const AU_BUSINESS_SOURCE = 'https://www.au.com/mobile/service/aumail_portability/';

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return (at < 0 ? '' : address.slice(at + 1)).trim().toLowerCase().replace(/\.$/, '');
}

/** The carrier an address belongs to, or null for any other address. */
export function carrierOf(address: string): Carrier | null {
  const domain = domainOf(address);
  if (!domain) return null;
  if (Object.hasOwn(DOMAINS, domain)) return DOMAINS[domain].carrier;
  if (SOFTBANK_LEGACY.test(domain)) return 'softbank';
  if (AU_BUSINESS.test(domain)) return 'au';
  return null;
}

/** Every exact carrier domain, for "did you mean" suggestions. */
export const CARRIER_DOMAINS: readonly string[] = Object.keys(DOMAINS);

/** The source of each carrier domain (tests check that every one has one). */
export function carrierDomainSources(): ReadonlyArray<[domain: string, source: string]> {
  return [
    ...Object.entries(DOMAINS).map(([domain, { source }]): [string, string] => [domain, source]),
    ['*.vodafone.ne.jp', SOFTBANK_LEGACY_SOURCE],
    ['*.biz.au.com, *.biz.ezweb.ne.jp', AU_BUSINESS_SOURCE],
  ];
}
