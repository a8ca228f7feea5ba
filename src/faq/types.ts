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

export interface FaqLink {
  text: string;
  href: string;
}

/** A paragraph, a list, or a highlighted note. Text only: the UI never turns it into HTML. */
export type FaqBlock = string | { list: string[]; ordered?: boolean } | { note: string };

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
}

export function blockText(block: FaqBlock): string {
  if (typeof block === 'string') return block;
  if ('list' in block) return block.list.join('\n');
  return block.note;
}
