import { describe, expect, it } from 'vitest';
import { FAQ_EN } from '../../src/faq/entries.en';
import { FAQ_JA } from '../../src/faq/entries.ja';
import { HELP_DESK, LINKS } from '../../src/faq/links';
import { LINK_CONFIRMED_BY, OFFICIAL_HOSTS, PAGES } from '../../src/faq/sources';
import { blockText, type FaqEntry } from '../../src/faq/types';
import { MESSAGE_SOURCES } from '../../src/panels/message-sources';
import ja from '../../_locales/ja/messages.json' with { type: 'json' };

/** What a student reads in an entry: its title, its body and its links' words. */
const shown = (entry: FaqEntry) => [entry.title, ...entry.body.map(blockText), ...entry.links.map((l) => l.text)].join('\n');

function isOfficial(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' && OFFICIAL_HOSTS.includes(hostname);
}

/**
 * Numbers (dates, counts, versions, phone numbers, codes) and domains: the facts a student acts on
 * and the kind that goes out of date. Each must sit inside a claim some source of the entry backs.
 */
const FACT = /\d+|[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+/gi;

function unbacked(text: string, claims: string[]): string[] {
  const covered = new Array<boolean>(text.length).fill(false);
  for (const claim of claims) {
    for (let at = text.indexOf(claim); at >= 0; at = text.indexOf(claim, at + 1)) covered.fill(true, at, at + claim.length);
  }
  return [...text.matchAll(FACT)].filter((m) => !covered.slice(m.index, m.index + m[0].length).every(Boolean)).map((m) => m[0]);
}

describe('where the FAQ comes from', () => {
  const entries = [...FAQ_JA, ...FAQ_EN];

  it('links only to official pages over https, each address confirmed by a source', () => {
    for (const href of Object.values(LINKS)) expect(isOfficial(href), href).toBe(true);
    for (const [key, { url }] of Object.entries(LINK_CONFIRMED_BY)) expect(isOfficial(url), key).toBe(true);
    expect(Object.keys(LINK_CONFIRMED_BY).sort()).toEqual(Object.keys(LINKS).sort());
    for (const entry of entries) {
      for (const { href } of entry.links) {
        // The help desk's address is the seed's own; every other link is one of the confirmed LINKS.
        if (href === `mailto:${HELP_DESK.email}`) continue;
        expect(Object.values(LINKS), `${entry.id}: ${href}`).toContain(href);
      }
    }
  });

  it('cites only official pages over https', () => {
    for (const url of Object.values(PAGES)) expect(isOfficial(url), url).toBe(true);
    for (const entry of entries) for (const { url } of entry.sources) expect(isOfficial(url), `${entry.id}: ${url}`).toBe(true);
  });

  it('rests every item of the support page on the support page itself', () => {
    for (const entry of entries) expect(entry.sources[0]?.url, entry.id).toBe(PAGES.seedFaq);
  });

  it('gives the same sources in both languages', () => {
    for (const entry of FAQ_JA) {
      const en = FAQ_EN.find((e) => e.id === entry.id)!;
      expect(
        en.sources.map((s) => s.url),
        entry.id,
      ).toEqual(entry.sources.map((s) => s.url));
    }
  });

  it("quotes each source's claims exactly as the entry shows them", () => {
    for (const entry of entries) {
      for (const source of entry.sources) {
        expect(source.supports.trim(), `${entry.id}: ${source.url}`).not.toBe('');
        for (const claim of source.claims) expect(shown(entry), `${entry.id}: ${claim}`).toContain(claim);
      }
    }
  });

  it('shows no number, date or domain that no source backs', () => {
    for (const entry of entries) {
      const claims = entry.sources.flatMap((s) => s.claims);
      expect(unbacked(shown(entry), claims), entry.id).toEqual([]);
    }
  });

  it('would catch a date added without a source', () => {
    const entry = FAQ_JA.find((e) => e.id === 'mail-clients')!;
    const claims = entry.sources.flatMap((s) => s.claims);
    expect(unbacked(`${shown(entry)}\n2027年4月1日に変わります。`, claims)).toEqual(['2027', '4', '1']);
    expect(unbacked('see example.com', [])).toEqual(['example.com']);
  });

  it('cites an official page for every panel message that states a fact', () => {
    const FACT_MESSAGES =
      /^(?:cause|fix)[A-Z]|^carrier(?:Advice|Fix|Setting|Why)|^forwardingWithoutCopyBody$|^rulesForward\w*Body$|^bounceRowBody$|^bounceStormBody$|^forwardingAddressOwnDomain$/;
    const keys = Object.keys(ja).filter((key) => FACT_MESSAGES.test(key));
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) {
      const sources = MESSAGE_SOURCES[key as keyof typeof MESSAGE_SOURCES];
      expect(sources?.length, key).toBeGreaterThan(0);
    }
    for (const [key, sources] of Object.entries(MESSAGE_SOURCES)) {
      expect(Object.keys(ja), key).toContain(key);
      for (const { url, supports } of sources!) {
        expect(isOfficial(url), `${key}: ${url}`).toBe(true);
        expect(supports.trim(), key).not.toBe('');
      }
    }
  });
});
