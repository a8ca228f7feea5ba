import { describe, expect, it } from 'vitest';
import { FAQ_EN } from '../../src/faq/entries.en';
import { FAQ_JA } from '../../src/faq/entries.ja';
import { HELP_DESK, LINKS } from '../../src/faq/links';
import { blockText, FAQ_IDS, type FaqEntry, type FaqId } from '../../src/faq/types';

const text = (entry: FaqEntry) => [entry.title, ...entry.body.map(blockText), ...entry.links.map((l) => `${l.text} ${l.href}`)].join('\n');
const byId = (entries: FaqEntry[], id: FaqId) => text(entries.find((e) => e.id === id)!);

describe('the bundled FAQ', () => {
  it('has every item of the support page, with the agreed ids, in both languages', () => {
    expect(FAQ_JA.map((e) => e.id)).toEqual([...FAQ_IDS]);
    expect(FAQ_EN.map((e) => e.id)).toEqual([...FAQ_IDS]);
    expect(FAQ_JA.map((e) => e.section)).toEqual(['1-1', '1-2', '1-3', '2', '3-1', '3-2', '4', '5', '6', '7', '8', '9', '']);
    expect(FAQ_EN.map((e) => e.section)).toEqual(FAQ_JA.map((e) => e.section));
    expect(FAQ_EN.map((e) => e.related)).toEqual(FAQ_JA.map((e) => e.related));
    expect(FAQ_EN.map((e) => e.links.length)).toEqual(FAQ_JA.map((e) => e.links.length));
  });

  // Each fact of the university's FAQ and help center, exactly, in each language: [entry, Japanese, English].
  const FACTS: [FaqId, string[], string[]][] = [
    [
      'signin-email',
      ['@ecs.osaka-u.ac.jp', '@alumni.osaka-u.ac.jp', 'https://mail.office365.com', '教職員'],
      ['@ecs.osaka-u.ac.jp', '@alumni.osaka-u.ac.jp', 'https://mail.office365.com', 'faculty and staff'],
    ],
    [
      'signin-password',
      ['1時間近く', 'マイハンダイ', 'KOAN', 'CLE', 'Chrome', 'Firefox', 'Safari', 'キャッシュとCookie'],
      ['nearly an hour', 'My Handai', 'KOAN', 'CLE', 'Chrome', 'Firefox', 'Safari', 'cache and cookies'],
    ],
    ['signin-mfa', ['リセット申請', '留学', '機種変更'], ['reset', 'abroad', 'device']],
    [
      'password',
      ['全学IT認証基盤', 'マイハンダイ', 'KOAN', 'CLE', '1時間近く', 'すべてのシステム'],
      ['IT authentication system', 'My Handai', 'KOAN', 'CLE', 'nearly an hour', 'every system'],
    ],
    [
      'inbox-missing',
      ['KOAN', 'CLE', 'マニュアルの最終ページ', '転送されたメッセージのコピーを保持する', '消失'],
      ['KOAN', 'CLE', 'last page of the OUMail manual', 'Keep a copy of forwarded messages', 'lost for good'],
    ],
    [
      'forward-missing',
      [
        '4～5ページ目',
        'ドコモ',
        'au',
        'ソフトバンク',
        'KOANとCLE',
        '誤字・脱字',
        '定期的にOUMailにサインイン',
        '宛先指定受信',
        '救済リスト',
      ],
      ['pages 4–5', 'docomo', 'au', 'SoftBank', 'KOAN and CLE', 'typos', 'sign in to OUMail regularly', '宛先指定受信', '救済リスト'],
    ],
    [
      'undeliverable',
      ['配信不能:', 'Undeliverable: ', '転送の設定', '受信した'],
      ['Undeliverable: ', '配信不能:', 'forwarding setting', 'you receive'],
    ],
    [
      'mfa-methods',
      [
        '認証用電話（電話する）',
        '認証用電話（テキストメッセージでコードを送信する（SMS））',
        '認証アプリ',
        '#ボタン',
        'Microsoft Authenticator',
        '2022年4月2日',
        '2.または3.',
        'Office（2016以降）',
        'Windows 10',
        'Webブラウザー',
        '2024年12月31日',
      ],
      [
        'phone call',
        'SMS',
        'Authenticator app',
        '# key',
        'Microsoft Authenticator',
        '2 April 2022',
        'use 2 or 3',
        'Office (2016 or later)',
        'Windows 10',
        'web browser',
        '31 December 2024',
      ],
    ],
    ['mfa-phone-zero', ['先頭の0', '2桁目', '海外'], ['first 0', 'second digit', 'abroad']],
    ['mfa-change', ['セキュリティ情報', 'リセット申請'], ['Security info', 'reset']],
    [
      'mail-clients',
      ['Gmail', 'Thunderbird', 'アプリパスワード', '2022年10月1日', 'Outlook以外', 'OAuth', '大学の設定によります', '2024年12月31日'],
      [
        'Gmail',
        'Thunderbird',
        'app password',
        '1 October 2022',
        'other than Outlook',
        'OAuth',
        "depends on the university's settings",
        '31 December 2024',
      ],
    ],
    ['other-services', ['OneDrive'], ['OneDrive']],
    [
      'contact',
      [HELP_DESK.email, '06-6850-6801', '06-6850-6806', '平日8時50分～17時'],
      [HELP_DESK.email, '06-6850-6801', '06-6850-6806', 'weekdays 8:50–17:00'],
    ],
  ];
  for (const [id, ja, en] of FACTS) {
    it(`carries the facts of ${id} over exactly`, () => {
      for (const fact of ja) expect(byId(FAQ_JA, id), fact).toContain(fact);
      for (const fact of en) expect(byId(FAQ_EN, id), fact).toContain(fact);
    });
  }

  it('gives what the 2022 FAQ said as of 2022, and never as a current open problem', () => {
    for (const id of ['mfa-methods', 'mail-clients'] as const) {
      expect(byId(FAQ_JA, id), id).toContain('2022年の記載');
      expect(byId(FAQ_EN, id), id).toContain('As of 2022');
    }
    expect(byId(FAQ_JA, 'mfa-methods')).not.toMatch(/問い合わせ中です|問合せ中/);
    expect(byId(FAQ_EN, 'mfa-methods')).not.toMatch(/is asking Microsoft/);
    // The Windows Mail app stopped sending and receiving after 31 December 2024.
    for (const id of ['mfa-methods', 'mail-clients'] as const) {
      expect(byId(FAQ_JA, id)).toMatch(/2024年12月31日に終了し、それ以降はメールの送受信ができなくなりました/);
      expect(byId(FAQ_EN, id)).toMatch(/31 December 2024[;,] (?:and )?since then it can no longer send or receive mail/);
    }
  });

  it('never makes the student the caller, nor the sender of the bounced mail', () => {
    expect(byId(FAQ_JA, 'mfa-methods')).not.toContain('電話をかける');
    expect(byId(FAQ_EN, 'undeliverable')).not.toMatch(/messages? comes? back/i);
    expect(byId(FAQ_JA, 'undeliverable')).not.toContain('戻ってくる');
  });

  it('lists the three MFA methods in order, in both languages', () => {
    for (const entries of [FAQ_JA, FAQ_EN]) {
      const list = entries.find((e) => e.id === 'mfa-methods')!.body.find((b) => typeof b !== 'string' && 'list' in b);
      expect(list && typeof list !== 'string' && 'list' in list && list.ordered && list.list.length).toBe(3);
    }
  });

  it('links the MFA reset to the help center that explains it, never back to the FAQ page itself', () => {
    for (const entries of [FAQ_JA, FAQ_EN]) {
      for (const id of ['signin-mfa', 'mfa-change'] as const) {
        const hrefs = entries.find((e) => e.id === id)!.links.map((l) => l.href);
        expect(hrefs, id).toContain(LINKS.helpCenterSignIn);
        expect(hrefs, id).not.toContain(LINKS.supportFaqJa);
      }
    }
  });

  it('never says "here" without saying where', () => {
    for (const entry of FAQ_JA) expect(text(entry)).not.toMatch(/こちら/);
    for (const entry of FAQ_EN) expect(text(entry)).not.toMatch(/\b(?:click )?here\b/i);
  });

  it('gives every entry words people use, and titles that differ', () => {
    for (const entries of [FAQ_JA, FAQ_EN]) {
      for (const entry of entries) expect(entry.keywords.length, entry.id).toBeGreaterThan(5);
      expect(new Set(entries.map((e) => e.title)).size).toBe(entries.length);
    }
  });
});
