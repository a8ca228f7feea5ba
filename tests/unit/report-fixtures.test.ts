import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carrierDomainSources, type Carrier } from '../../src/address/carriers';
import { parseBounceReport, type BounceCause } from '../../src/report/parse';

/**
 * The reading pane on our own report fixtures (tests/fixtures/reports/*.txt): one per family of
 * real reports (Exchange Online and older Exchange, Outlook.com, Gmail, Postfix, Sendmail, Exim,
 * qmail, Amazon SES, au / KDDI, m-FILTER, Notes, Domino) and per hard case, in Japanese and English.
 * Each file's first line says what it models; the rest is the text Outlook would show. Names and
 * addresses are invented; the student is u123456a@ecs.osaka-u.ac.jp.
 */

const DIR = new URL('../fixtures/reports/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

function fixture(name: string): { comment: string; text: string } {
  const raw = readFileSync(new URL(name, DIR), 'utf8');
  const newline = raw.indexOf('\n');
  return { comment: raw.slice(0, newline), text: raw.slice(newline + 1) };
}

interface Expected {
  file: string;
  /** Every failed address the report shows, in order. */
  recipients: string[];
  /** The code given for the (first) recipient, or null when the report gives none. */
  code: string | null;
  cause: BounceCause;
  carrier?: Carrier;
}

const TABLE: Expected[] = [
  {
    file: 'exchange-online-host-line.txt',
    recipients: ['hanako.kita@au.com'],
    code: '5.1.351',
    cause: 'unknown-or-filtered',
    carrier: 'au',
  },
  { file: 'exchange-online-ja.txt', recipients: ['yuki.m@docomo.ne.jp'], code: '5.7.520', cause: 'forwarding-blocked', carrier: 'docomo' },
  { file: 'exchange-2003.txt', recipients: ['kenta.sato@example.co.jp', 'mika.ito@example.co.jp'], code: null, cause: 'address-not-found' },
  { file: 'outlook-com.txt', recipients: ['ryo.nakamura@example.net'], code: null, cause: 'unknown' },
  { file: 'postfix-expanded-from.txt', recipients: ['aoi.fujita@gmail.example.com'], code: '5.7.26', cause: 'rejected' },
  { file: 'sendmail-sender-quoted.txt', recipients: ['daiki.mori@example.net'], code: '5.1.8', cause: 'rejected' },
  { file: 'exim-generated-from.txt', recipients: ['sora.ogawa@example.org'], code: '5.1.1', cause: 'address-not-found' },
  { file: 'exim-sender-in-reply.txt', recipients: ['takumi.abe@example.jp'], code: '5.7.1', cause: 'rejected' },
  { file: 'gmail-sender-in-reply.txt', recipients: ['nana.hayashi@example.co.jp'], code: '5.7.1', cause: 'rejected' },
  { file: 'qmail.txt', recipients: ['haruto.kimura@example.com'], code: '5.2.2', cause: 'mailbox-full' },
  { file: 'au-ezweb-ja.txt', recipients: ['mei.sakamoto@ezweb.ne.jp'], code: null, cause: 'address-not-found', carrier: 'au' },
  { file: 'kddi-could-not-be-delivered.txt', recipients: ['shun.ota@example.dion.ne.jp'], code: null, cause: 'mailbox-full' },
  { file: 'm-filter-ja.txt', recipients: ['riko.ishii@example.co.jp'], code: '5.1.1', cause: 'address-not-found' },
  { file: 'notes-failure-reasons-ja.txt', recipients: ['kaito.yamamoto@n.example.co.jp'], code: null, cause: 'address-not-found' },
  { file: 'domino-ja.txt', recipients: ['mao.inoue@example.co.jp'], code: null, cause: 'address-not-found' },
  // SES's own 5.1.0 is generic; the remote server's 5.2.2 is the one that explains.
  { file: 'amazon-ses.txt', recipients: ['takeshi.kato@example.jp'], code: '5.2.2', cause: 'mailbox-full' },
  { file: 'amazon-ses-list.txt', recipients: ['chihiro.ono@example.org'], code: null, cause: 'unknown' },
  { file: 'unseen-wording-en.txt', recipients: ['souta.nishi@example.net'], code: null, cause: 'address-not-found' },
  { file: 'unseen-wording-ja.txt', recipients: ['kotone.hara@example.jp'], code: null, cause: 'unknown' },
  { file: 'docomo-unknown-user.txt', recipients: ['rin-0312@docomo.ne.jp'], code: null, cause: 'unknown-or-filtered', carrier: 'docomo' },
  { file: 'not-authorized-group.txt', recipients: ['all-faculty@example.ac.jp'], code: '5.7.1', cause: 'not-authorized' },
  { file: 'sending-paused.txt', recipients: ['kazuki.ueno@example.com'], code: '4.7.500', cause: 'sending-paused' },
  {
    file: 'invalid-recipient-5-7-504.txt',
    recipients: ['nobody.here@example.onmicrosoft.com'],
    code: '5.7.504',
    cause: 'address-not-found',
  },
  { file: 'ymobile-forward.txt', recipients: ['sakura.h@yahoo.ne.jp'], code: '5.7.1', cause: 'rejected', carrier: 'ymobile' },
  { file: 'sender-only.txt', recipients: [], code: null, cause: 'unknown' },
];

/** Addresses that must never be named: the student, the original senders, contacts, and the addresses before forwarding. */
const NEVER = [
  'u123456a@ecs.osaka-u.ac.jp',
  'ichiro.tanaka@example.ac.jp',
  'office@example.ac.jp',
  'prof.ueda@example.ac.jp',
  'seminar-list@example.org',
  'helpdesk@example.ac.jp',
  'postmaster@example.ac.jp',
  'gateway@example.ac.jp',
];

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the report fixtures', () => {
  it('cover every fixture file, each saying on its first line what it models', () => {
    expect(TABLE.map((row) => row.file).sort()).toEqual(FILES);
    for (const name of FILES) expect(fixture(name).comment, name).toMatch(/^# .{30,}/);
  });

  it('are in both languages', () => {
    const japanese = FILES.filter((name) => JAPANESE.test(fixture(name).text));
    expect(japanese.length).toBeGreaterThanOrEqual(6);
    expect(FILES.length - japanese.length).toBeGreaterThanOrEqual(12);
  });
});

describe('a student opening a bounce', () => {
  it.each(TABLE)('$file: sees every failed address, its code and the cause', ({ file, recipients, code, cause, carrier }) => {
    const report = parseBounceReport(fixture(file).text);
    expect(report.recipients.map((r) => r.address)).toEqual(recipients);
    expect(report.code).toBe(code);
    expect(report.cause).toBe(cause);
    if (recipients.length > 0) expect(report.recipients[0].code).toBe(code);
    if (carrier) expect(report.recipients[0].carrier).toBe(carrier);
    expect(report.more).toBe(0);
  });

  it.each(TABLE)('$file: sees the same addresses when Outlook collapses the text to one line', ({ file, recipients }) => {
    const collapsed = fixture(file).text.replace(/\s+/g, ' ');
    expect(parseBounceReport(collapsed).recipients.map((r) => r.address)).toEqual(recipients);
  });

  it("never sees their own address, the original sender's or a contact address named as the one that failed", () => {
    for (const name of FILES) {
      const { text } = fixture(name);
      for (const version of [text, text.replace(/\s+/g, ' ')]) {
        const named = parseBounceReport(version).recipients.map((r) => r.address);
        for (const address of NEVER) expect(named, `${name} named ${address}`).not.toContain(address);
      }
    }
  });

  it('never sees the address before forwarding named, even though the report quotes it', () => {
    for (const name of ['postfix-expanded-from.txt', 'exim-generated-from.txt']) {
      const { text } = fixture(name);
      expect(text).toContain('u123456a@ecs.osaka-u.ac.jp');
      expect(parseBounceReport(text).recipients.map((r) => r.address)).not.toContain('u123456a@ecs.osaka-u.ac.jp');
    }
  });

  it('is told how many more addresses a long list has, quickly', () => {
    const list = Array.from({ length: 5000 }, (_, i) => `member${i}@lists.example.org`).join('\n');
    const text = `Delivery has failed to these recipients or groups:\n\n${list}\n\nDiagnostic information for administrators:\n`;
    const started = performance.now();
    const report = parseBounceReport(text);
    const elapsed = performance.now() - started;
    expect(report.recipients).toHaveLength(100);
    expect(report.recipients[0].address).toBe('member0@lists.example.org');
    expect(report.recipients.length + report.more).toBe(5000);
    expect(elapsed).toBeLessThan(500);
  });
});

describe('what the reader says has a source', () => {
  // (Every cause's explanation cites its sources in src/panels/message-sources.ts: tests/unit/faq-sources.test.ts.)
  it('gives every carrier domain a source page', () => {
    const sources = carrierDomainSources();
    expect(sources.map(([domain]) => domain)).toContain('yahoo.ne.jp');
    for (const [domain, url] of sources) expect(url, domain).toMatch(/^https:\/\/[^\s]+$/);
  });
});
