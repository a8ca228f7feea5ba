import { HELP_DESK } from '../../src/faq/links';
import { describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json' with { type: 'json' };
import ja from '../../_locales/ja/messages.json' with { type: 'json' };
import { OUMAIL_DOMAINS } from '../../src/address/check';
import type { Carrier } from '../../src/address/carriers';
import { textCheckedDate } from '../../src/faq/checked';
import { FAQ_EN } from '../../src/faq/entries.en';
import { FAQ_JA } from '../../src/faq/entries.ja';
import { blockText, type Lang } from '../../src/faq/types';

vi.mock('../../src/browser', () => ({ default: { i18n: { getUILanguage: () => 'ja-JP' } } }));
const { t } = await import('../../src/i18n');
const { CARRIER_NAME } = await import('../../src/panels/CarrierAdvice');

type Key = keyof typeof ja;
const LANGS: Lang[] = ['ja', 'en'];
const CARRIERS = Object.keys(CARRIER_NAME) as Carrier[];

/** Every message with placeholders, with the real values the UI passes in. */
const REAL_VALUES: Record<string, (lang: Lang) => (string | number)[][]> = {
  resultsCount: () => [[1], [3], [FAQ_JA.length]],
  noResults: () => [['こんにちは'], ['xyzzy'], ['docomo blocks']],
  faqShow: (lang) => (lang === 'ja' ? FAQ_JA : FAQ_EN).map((e) => [e.title]),
  sectionLabel: () => FAQ_JA.filter((e) => e.section).map((e) => [e.section]),
  bounceStormBody: () => [[3], [6], [120]],
  bounceOpenMoreRecipients: () => [['2'], ['90'], ['4,990']],
  bounceOpenCode: () => [['5.7.520'], ['5.1.1'], ['4.4.7'], ['5.2.2'], ['5.1.10']],
  carrierAdvice: (lang) => CARRIERS.map((c) => [t(lang, CARRIER_NAME[c])]),
  carrierSetting: (lang) => [
    [t(lang, 'carrierDocomo'), t(lang, 'carrierSettingDocomo')],
    [t(lang, 'carrierSoftbank'), t(lang, 'carrierSettingSoftbank')],
  ],
  forwardingAddressTypo: () => [['taro@docomo.ne.jp'], ['hanako-o@ezweb.ne.jp'], ['u123456a@ecs.osaka-u.ac.jp']],
  forwardingAddressSuggestion: () => [['taro@gmail.com'], ['hanako-o@ezweb.ne.jp']],
  forwardingAddressOwnDomain: () => OUMAIL_DOMAINS.map((d) => [d]),
  optionsHiddenCount: () => [[1], [2], [40]],
  bounceRowStatus: () => [[1], [12], [300]],
  rulesForwardStatus: () => [[1], [2]],
  bounceOpenStatus: () => [['taro.yamada@docomo.ne.jp'], ['member0@lists.example.org']],
  signinPasswordAsk: (lang) => [[HELP_DESK.email, HELP_DESK.phones.join(lang === 'ja' ? '、' : ', ')]],
  signinUsernameSuggestion: () => [['ou-student-17@ecs.osaka-u.ac.jp'], ['u123456a@ecs.osaka-u.ac.jp']],
  provenanceChecked: (lang) => [[textCheckedDate(lang)]],
};

const JAPANESE = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々]';
/** A half-width space beside Japanese: the help desk writes 「OUMailにサインイン」, 「6件」. */
const SPACE_BY_JAPANESE = new RegExp(`${JAPANESE} | ${JAPANESE}`, 'u');
/** Half-width punctuation beside Japanese: （）：？！、 are written full-width. */
const ASCII_PUNCTUATION_BY_JAPANESE = new RegExp(`${JAPANESE}[,()?!:;~]|[,()?!:;~]${JAPANESE}`, 'u');

function registerProblems(text: string, lang: Lang): string[] {
  const problems: string[] = [];
  if (/\$[A-Za-z0-9_@]*\$|\$\d/.test(text)) problems.push('a placeholder left over');
  if (/ {2}/.test(text)) problems.push('a doubled space');
  if (text !== text.trim()) problems.push('a space at an end');
  if (lang === 'ja') {
    // Two exceptions, written as their owners write them: the product's name, and the subject prefix Outlook adds.
    const named = text.replaceAll('OUMail ヘルプ', 'OUMailヘルプ').replaceAll('配信不能:', '配信不能');
    if (SPACE_BY_JAPANESE.test(named)) problems.push('a half-width space beside Japanese');
    if (ASCII_PUNCTUATION_BY_JAPANESE.test(named)) problems.push('half-width punctuation beside Japanese');
    if (/見てください|問い合わせてください|連絡してください/.test(text)) problems.push('not the help desk register');
  }
  return problems;
}

describe('every message with placeholders, rendered with real values', () => {
  it('has real values for each of them', () => {
    const withPlaceholders = Object.keys(ja).filter((key) => 'placeholders' in ja[key as Key]);
    expect(Object.keys(REAL_VALUES).sort()).toEqual(withPlaceholders.sort());
  });

  for (const [key, values] of Object.entries(REAL_VALUES)) {
    for (const lang of LANGS) {
      it(`reads well in ${lang}: ${key}`, () => {
        for (const args of values(lang)) {
          const text = t(lang, key as Key, ...args);
          expect(registerProblems(text, lang), text).toEqual([]);
          for (const arg of args) expect(text).toContain(String(arg));
        }
      });
    }
  }

  it('names the carrier as the owner of the address, not as the address', () => {
    expect(t('ja', 'carrierAdvice', 'ドコモ')).toBe(
      'このアドレスは携帯電話会社（ドコモ）のメールアドレスです。携帯電話会社は迷惑メールの判定が比較的厳しいため、適切なメールであっても誤ってブロックされることが多いです。',
    );
    expect(t('ja', 'carrierAdvice', 'UQ mobile')).toMatch(/^このアドレスは携帯電話会社（UQ mobile）のメールアドレスです。/);
    expect(t('en', 'carrierAdvice', 'Rakuten Mobile')).toMatch(/^This is a mobile carrier's address \(Rakuten Mobile\)\. /);
  });

  it("names each carrier's own setting for forwarded mail", () => {
    expect(t('ja', 'carrierSetting', 'ソフトバンク', '救済リスト')).toBe(
      'ソフトバンクには、転送されたメールを受け取るための設定があります。「救済リスト」に、転送元のアドレス（OUMailのアドレス）を登録してください。',
    );
    expect(t('en', 'carrierSetting', 'docomo', t('en', 'carrierSettingDocomo'))).toBe(
      'docomo has a setting for receiving forwarded mail: register the address the mail is forwarded from (your OUMail address) in "宛先指定受信 (receive by destination address)".',
    );
  });

  it('writes counts, codes and addresses the way the help desk does', () => {
    expect(t('ja', 'bounceStormBody', 6)).toMatch(/^表示中のメッセージのうち6件が配信エラーの通知です。/);
    expect(t('en', 'bounceStormBody', 6)).toMatch(/^6 of the messages shown are delivery failure reports\./);
    expect(t('ja', 'resultsCount', 1)).toBe('1件見つかりました');
    expect(t('ja', 'bounceOpenCode', '5.7.520')).toBe('ステータスコード：5.7.520');
    expect(t('ja', 'forwardingAddressTypo', 'hanako-o@ezweb.ne.jp')).toBe('「hanako-o@ezweb.ne.jp」の間違いではありませんか？');
    expect(t('en', 'forwardingAddressTypo', 'hanako-o@ezweb.ne.jp')).toBe('Did you mean hanako-o@ezweb.ne.jp?');
    expect(t('ja', 'sectionLabel', '3-2')).toBe('質問3-2');
    expect(t('en', 'optionsHiddenCount', 1)).toBe('Messages with hidden tips: 1');
  });

  it('says when the text was checked, from the one date', () => {
    expect(t('ja', 'provenanceChecked', textCheckedDate('ja'))).toBe('本文の確認日：2026年12月2日');
    expect(t('en', 'provenanceChecked', textCheckedDate('en'))).toBe('Text checked 2 December 2026');
  });

  it('says what forwarding to an OUMail address does: nothing for your own, another mailbox inside the university for anyone else', () => {
    const jaText = t('ja', 'forwardingAddressOwnDomain', 'ecs.osaka-u.ac.jp');
    expect(jaText).toContain('ご自身のOUMailのアドレスに転送しても、メールはほかの場所へは届きません');
    expect(jaText).toContain('ほかの方のOUMailのアドレスに転送すると、メールは大学内のその方のメールボックスに届きます');
    const enText = t('en', 'forwardingAddressOwnDomain', 'alumni.osaka-u.ac.jp');
    expect(enText).toContain('alumni.osaka-u.ac.jp');
    expect(enText).toMatch(/your own OUMail address sends your mail nowhere else/);
    expect(enText).toMatch(/another person's OUMail address delivers your mail to that person's mailbox inside the university/);
  });

  it('would notice a leftover placeholder, a doubled space or a space beside Japanese', () => {
    expect(registerProblems('表示中の $COUNT$ 件', 'ja')).toEqual(
      expect.arrayContaining(['a placeholder left over', 'a half-width space beside Japanese']),
    );
    expect(registerProblems('Text  checked', 'en')).toEqual(['a doubled space']);
    expect(registerProblems('ドコモ は携帯電話会社のアドレスです', 'ja')).toEqual(['a half-width space beside Japanese']);
    expect(registerProblems('詳しくはこちら(英語)を見てください', 'ja')).toEqual([
      'half-width punctuation beside Japanese',
      'not the help desk register',
    ]);
  });
});

describe("the Japanese text, in the help desk's register", () => {
  it('every Japanese message', () => {
    // Unfilled, a placeholder stands for a value that is not Japanese text (a count, a code, a name).
    const filled = (message: string) => message.replace(/\$[A-Z]+\$/g, 'X');
    for (const [key, { message }] of Object.entries(ja)) expect(registerProblems(filled(message), 'ja'), key).toEqual([]);
    for (const [key, { message }] of Object.entries(en)) expect(registerProblems(filled(message), 'en'), key).toEqual([]);
  });

  it('every FAQ entry, with titles as statements, not questions', () => {
    for (const entry of FAQ_JA) {
      const text = [entry.title, ...entry.body.map(blockText), ...entry.links.map((l) => l.text)].join('\n');
      expect(registerProblems(text, 'ja'), entry.id).toEqual([]);
      expect(entry.title, entry.id).not.toMatch(/[?？]$/);
    }
    for (const entry of FAQ_EN) expect(entry.title, entry.id).not.toMatch(/\?$/);
  });
});
