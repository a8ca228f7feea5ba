import { describe, expect, it } from 'vitest';
import { checkForwardingAddress, OUMAIL_DOMAINS, type AddressIssue } from '../../src/address/check';
import type { Carrier } from '../../src/address/carriers';

const carrier = (c: Carrier): AddressIssue => ({
  kind: 'carrier',
  carrier: c,
});
const typo = (suggestion: string): AddressIssue => ({ kind: 'typo', suggestion });
const oumail = (domain: string): AddressIssue => ({ kind: 'oumail-address', domain });
const invalid = (reason: Extract<AddressIssue, { kind: 'invalid' }>['reason'], suggestion: string | null): AddressIssue => ({
  kind: 'invalid',
  reason,
  suggestion,
});

/** [what the user typed, what we say about it] */
const TABLE: [string, AddressIssue[]][] = [
  // Ordinary addresses: nothing to say.
  ['taro@gmail.com', []],
  ['hanako@yahoo.co.jp', []],
  ['a@icloud.com', []],
  ['u123456a@gmail.com', []],
  ['taro.yamada+oumail@gmail.com', []],
  ['TARO@GMAIL.COM', []],
  ['  taro@gmail.com  ', []],
  ['\ttaro@outlook.jp\n', []],
  ['taro@gmail.com\u3000', []], // a trailing full-width space is still just trailing whitespace
  ['taro@me.com', []],
  ['taro@hotmail.co.jp', []],
  ['taro@live.jp', []],
  // The university's main and department domains are staff/lab servers, not OUMail.
  ['someone@osaka-u.ac.jp', []],
  ['someone@ist.osaka-u.ac.jp', []],
  ['someone@eng.osaka-u.ac.jp', []],
  ['someone@sci.osaka-u.ac.jp', []],
  // Real domains near a known one: never "corrected".
  ['taro@gmx.com', []],
  ['taro@mail.com', []],
  ['taro@ymail.com', []],
  ['taro@ymail.ne.jp', []],
  ['taro@nifty.com', []],
  ['taro@biglobe.ne.jp', []],
  ['taro@so-net.ne.jp', []],
  ['taro@ocn.ne.jp', []],
  ['taro@dion.ne.jp', []],
  ['taro@mac.com', []],
  ['taro@aol.com', []],
  ['taro@qq.com', []],
  ['taro@163.com', []],
  ['taro@naver.com', []],
  ['taro@foxmail.com', []],
  ['taro@mineo.jp', []],
  ['taro@live.com', []],
  ['taro@softbank.co.jp', []],
  // Other countries' variants: one non-adjacent change in the last label is intentional.
  ['taro@yahoo.co.uk', []],
  ['taro@hotmail.co.uk', []],
  ['taro@yahoo.co.kr', []],
  ['taro@yahoo.co.id', []],
  ['taro@yahoo.ca', []],
  ['taro@yahoo.com.tw', []],
  ['taro@outlook.kr', []],

  // Carriers, exact domains, with and without a forwarding setting.
  ['taro@docomo.ne.jp', [carrier('docomo')]],
  ['TARO@DOCOMO.NE.JP', [carrier('docomo')]],
  [' taro@docomo.ne.jp ', [carrier('docomo')]],
  ['taro@ezweb.ne.jp', [carrier('au')]],
  ['taro@au.com', [carrier('au')]],
  ['sales@kddi-x1.biz.au.com', [carrier('au')]], // au's business mail, a label per company
  ['sales@kddi-x1.biz.ezweb.ne.jp', [carrier('au')]],
  ['taro@biz.au.com.example.org', []],
  ['taro@softbank.ne.jp', [carrier('softbank')]],
  ['taro@i.softbank.jp', [carrier('softbank')]],
  ['taro@d.vodafone.ne.jp', [carrier('softbank')]],
  ['taro@ymobile.ne.jp', [carrier('ymobile')]],
  ['taro@yahoo.ne.jp', [carrier('ymobile')]], // Y!mobile's paid address, not Yahoo! Mail's yahoo.co.jp

  // Typos: the suggestion keeps the user's local part; a carrier typo is also a carrier address.
  ['taro@docomo.ne.jo', [typo('taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@ezweb.ne.j', [typo('taro@ezweb.ne.jp'), carrier('au')]],
  ['taro@softbank.ne.ip', [typo('taro@softbank.ne.jp'), carrier('softbank')]],
  ['taro@docomone.jp', [typo('taro@docomo.ne.jp'), carrier('docomo')]], // valid as typed, so a typo
  ['taro@dokomo.ne.jp', [typo('taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@docomo.ne.jpp', [typo('taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@ezwed.ne.jp', [typo('taro@ezweb.ne.jp'), carrier('au')]],
  ['taro@ymoblie.ne.jp', [typo('taro@ymobile.ne.jp'), carrier('ymobile')]],
  ['taro@au.co', [typo('taro@au.com'), carrier('au')]],
  ['taro@softbank.jp', [typo('taro@i.softbank.jp'), carrier('softbank')]],
  ['taro@gmial.com', [typo('taro@gmail.com')]],
  ['taro@gamil.com', [typo('taro@gmail.com')]],
  ['taro@gmail.co', [typo('taro@gmail.com')]],
  ['taro@gmail.con', [typo('taro@gmail.com')]],
  ['taro@gmai.com', [typo('taro@gmail.com')]],
  ['Taro@GMIAL.COM', [typo('Taro@gmail.com')]],
  ['hanako@yahoo.co.jo', [typo('hanako@yahoo.co.jp')]],
  ['hanako@yaho.co.jp', [typo('hanako@yahoo.co.jp')]],
  ['a@icloud.co', [typo('a@icloud.com')]],
  ['a@iclould.com', [typo('a@icloud.com')]],
  ['a@hotmial.com', [typo('a@hotmail.com')]],
  ['a@outlook.co', [typo('a@outlook.com')]],

  // OUMail addresses (the student's own or another student's: the check cannot tell), including typo'd forms.
  ['u123456a@ecs.osaka-u.ac.jp', [oumail('ecs.osaka-u.ac.jp')]],
  ['U123456A@ECS.OSAKA-U.AC.JP', [oumail('ecs.osaka-u.ac.jp')]],
  ['u123456a@alumni.osaka-u.ac.jp', [oumail('alumni.osaka-u.ac.jp')]],
  ['u123456a@ecs.osaka-u.ac.jo', [typo('u123456a@ecs.osaka-u.ac.jp'), oumail('ecs.osaka-u.ac.jp')]],
  ['u123456a@ecs.osaka.ac.jp', [typo('u123456a@ecs.osaka-u.ac.jp'), oumail('ecs.osaka-u.ac.jp')]],

  // Invalid as typed.
  ['ｔａｒｏ＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ', [invalid('full-width', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro＠gmail.com', [invalid('full-width', 'taro@gmail.com')]],
  ['taro@docomo．ne．jp', [invalid('full-width', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@docomo。ne。jp', [invalid('full-width', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['ｔａｒｏ　＠ｇｍａｉｌ．ｃｏｍ', [invalid('full-width', 'taro@gmail.com'), invalid('spaces', 'taro@gmail.com')]],
  ['taro @gmail.com', [invalid('spaces', 'taro@gmail.com')]],
  ['taro@docomo. ne.jp', [invalid('spaces', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@gmail.com\u200B', []], // zero-width at the end is trimmed like whitespace
  ['ta\u200Bro@gmail.com', [invalid('spaces', 'taro@gmail.com')]],
  ['tarodocomo.ne.jp', [invalid('missing-at', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro.gmail.com', [invalid('missing-at', 'taro@gmail.com')]],
  ['u123456aecs.osaka-u.ac.jp', [invalid('missing-at', 'u123456a@ecs.osaka-u.ac.jp'), oumail('ecs.osaka-u.ac.jp')]],
  ['taro', [invalid('missing-at', null)]],
  ['docomo.ne.jp', [invalid('missing-at', null)]],
  ['taro.home.com', [invalid('missing-at', null)]], // not "taro.ho@me.com"
  ['@docomo.ne.jp', [invalid('missing-at', null)]], // no personal part
  ['taro@@docomo.ne.jp', [invalid('multiple-at', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['@taro@gmail.com', [invalid('multiple-at', 'taro@gmail.com')]],
  ['taro@gmail.com@docomo.ne.jp', [invalid('multiple-at', null)]],
  ['taro@docomo.ne.jp.', [invalid('bad-domain', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@.gmail.com', [invalid('bad-domain', 'taro@gmail.com')]],
  ['taro@gmail..com', [invalid('bad-domain', 'taro@gmail.com')]],
  ['taro@docomo,ne,jp', [invalid('bad-domain', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@docomo,ne,jo', [invalid('bad-domain', 'taro@docomo.ne.jo'), typo('taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@docomonejp', [invalid('bad-domain', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@gmailcom', [invalid('bad-domain', 'taro@gmail.com')]],
  ['taro@gmail', [invalid('bad-domain', 'taro@gmail.com')]],
  ['taro@ezweb', [invalid('bad-domain', 'taro@ezweb.ne.jp'), carrier('au')]],
  ['taro@localhost', [invalid('bad-domain', null)]],
  ['taro@', [invalid('bad-domain', null)]],
  ['taro@192.168.0.1', [invalid('bad-domain', null)]],
  ['taro@-docomo.ne.jp', [invalid('bad-domain', 'taro@docomo.ne.jp'), carrier('docomo')]],
  ['taro@-example.jp', [invalid('bad-domain', null)]],
  ['taro@gmail_com', [invalid('bad-domain', 'taro@gmail.com')]],

  // Hostile strings: a calm answer, never an exception.
  ['<script>alert(1)</script>', [invalid('missing-at', null)]],
  ['<script>@evil.example', []], // the local part is not checked beyond @ and spaces
  ['a@<script>', [invalid('bad-domain', null)]],
];

describe('checkForwardingAddress', () => {
  it('has a table of at least 40 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%j', (input, expected) => {
    expect(checkForwardingAddress(input)).toEqual(expected);
  });

  it('says nothing while the box is empty', () => {
    for (const input of ['', ' ', '   ', '\t\n', '\u3000\u3000', '\u200B']) {
      expect(checkForwardingAddress(input)).toEqual([]);
    }
  });

  it('orders issues invalid, typo, oumail-address, carrier', () => {
    const order = ['invalid', 'typo', 'oumail-address', 'carrier'];
    for (const [input] of TABLE) {
      const kinds = checkForwardingAddress(input).map((issue) => order.indexOf(issue.kind));
      expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    }
  });

  it('never flags a known domain as a typo of another', () => {
    const known = [
      'docomo.ne.jp',
      'ezweb.ne.jp',
      'au.com',
      'softbank.ne.jp',
      'i.softbank.jp',
      'ymobile.ne.jp',
      'yahoo.ne.jp',
      'gmail.com',
      'yahoo.co.jp',
      'yahoo.com',
      'icloud.com',
      'me.com',
      'outlook.com',
      'outlook.jp',
      'hotmail.com',
      'hotmail.co.jp',
      'live.jp',
      ...OUMAIL_DOMAINS,
    ];
    for (const domain of known) {
      const kinds = checkForwardingAddress(`x@${domain}`).map((issue) => issue.kind);
      expect(kinds, domain).not.toContain('typo');
      expect(kinds, domain).not.toContain('invalid');
    }
  });

  it("says the same about any OUMail address, a student's own or another's, and nothing about the university's other servers", () => {
    for (const address of ['u123456a@ecs.osaka-u.ac.jp', 'v654321b@ecs.osaka-u.ac.jp', 'u123456a@alumni.osaka-u.ac.jp']) {
      expect(checkForwardingAddress(address), address).toEqual([oumail(address.split('@')[1])]);
    }
    for (const address of ['someone@osaka-u.ac.jp', 'lab@ist.osaka-u.ac.jp', 'x@cmc.osaka-u.ac.jp']) {
      expect(checkForwardingAddress(address), address).toEqual([]);
    }
  });

  it('marks which carriers have a setting for forwarded mail', () => {
    expect(checkForwardingAddress('x@docomo.ne.jp')).toEqual([{ kind: 'carrier', carrier: 'docomo' }]);
    expect(checkForwardingAddress('x@ymobile.ne.jp')).toEqual([{ kind: 'carrier', carrier: 'ymobile' }]);
  });

  it('survives hostile and huge input quickly', () => {
    const hostile = [
      'a'.repeat(10_000),
      `${'a'.repeat(10_000)}@gmail.com`,
      `taro@${'a'.repeat(10_000)}.com`,
      `taro@${'.'.repeat(10_000)}`,
      `taro@${'-'.repeat(10_000)}.jp`,
      '@'.repeat(10_000),
      'a@'.repeat(5_000),
      ' '.repeat(10_000),
      `${' '.repeat(5_000)}x${' '.repeat(5_000)}`,
      ' x'.repeat(5_000),
      '\u200B'.repeat(10_000),
      'ａ'.repeat(10_000),
      `${'<script>'.repeat(1_250)}`,
      `taro@${'docomo.ne.jp'.repeat(800)}`,
      `${'docomo,ne,'.repeat(1_000)}@x`,
      '😀'.repeat(5_000),
    ];
    for (const input of hostile) {
      const start = performance.now();
      const issues = checkForwardingAddress(input);
      const ms = performance.now() - start;
      expect(Array.isArray(issues)).toBe(true);
      expect(ms, `${input.slice(0, 20)}… took ${ms.toFixed(1)} ms`).toBeLessThan(100);
    }
  });

  it('returns nothing for a non-string (defensive: called from DOM event handlers)', () => {
    expect(checkForwardingAddress(undefined as unknown as string)).toEqual([]);
    expect(checkForwardingAddress(null as unknown as string)).toEqual([]);
  });
});
