/** The bundled FAQ as plain data: no browser APIs, so any bundler or Node can import it. */

export type Lang = 'ja' | 'en';

export const FAQ_IDS = [
  'signin-email',
  'signin-password',
  'signin-mfa',
  'password',
  'inbox-missing',
  'forward-missing',
  'undeliverable',
  'mfa-methods',
  'mfa-phone-zero',
  'mfa-change',
  'mail-clients',
  'other-services',
  'contact',
] as const;

export type FaqId = (typeof FAQ_IDS)[number];

interface FaqLink {
  text: string;
  href: string;
}

/** A paragraph, a list, or a highlighted note. Text only: the UI never turns it into HTML. */
export type FaqBlock = string | { list: string[]; ordered?: boolean } | { note: string };

/**
 * A page a part of an entry rests on. Entries that only retell the university's FAQ cite that page;
 * anything beyond it cites its own official page (tests/unit/faq-sources.test.ts checks both).
 */
interface FaqSource {
  url: string;
  /** What the page supports, in a few words (for maintainers; never shown). */
  supports: string;
  /**
   * The entry's own words, exactly as shown, that rest on this page. Every number, date, domain and
   * address the entry shows must sit inside one of them, so no such fact goes in without a source.
   */
  claims: string[];
}

export interface FaqEntry {
  id: FaqId;
  /** The item's number on the university's support page ("1-1", "4"); empty for the contact entry. */
  section: string;
  title: string;
  body: FaqBlock[];
  /** Words people use for this problem that the answer may not contain. Searched, never shown. */
  keywords: string[];
  links: FaqLink[];
  /** Entries worth reading next. */
  related: FaqId[];
  /** Where the entry's facts come from: the university's FAQ first, then any page beyond it. */
  sources: FaqSource[];
}

export function blockText(block: FaqBlock): string {
  if (typeof block === 'string') return block;
  if ('list' in block) return block.list.join('\n');
  return block.note;
}
