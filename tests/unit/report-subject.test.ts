import { describe, expect, it } from 'vitest';
import { isBounceSubject } from '../../src/report/subject';

const NBSP = '\u00a0';
const IDEOGRAPHIC_SPACE = '\u3000';
const RLM = '\u200f';
const LRM = '\u200e';
const ZWSP = '\u200b';
const BOM = '\ufeff';

/** [subject, is it a bounce?] */
const SUBJECTS: Array<[string, boolean]> = [
  // Exchange / Exchange Online, every language we know of.
  ['Undeliverable: 課題の提出について', true],
  ['Undeliverable: Re: meeting', true],
  ['undeliverable: lower case', true],
  ['UNDELIVERABLE: upper case', true],
  ['配信不能: 9月のお知らせ', true],
  ['配信不能：全角コロン', true],
  ['配信不能:スペースなし', true],
  ['Undeliverable:no space', true],
  ['Undeliverable :space before colon', true],
  [`Undeliverable:${NBSP}after NBSP`, true],
  [`配信不能${IDEOGRAPHIC_SPACE}：${IDEOGRAPHIC_SPACE}和文スペース`, true],
  ['   Undeliverable: leading spaces', true],
  [`${RLM}Undeliverable: leading RLM`, true],
  [`${LRM}${ZWSP} 配信不能: bidi and zero-width marks`, true],
  [`${BOM}Undeliverable: BOM`, true],
  ['Non remis : Réunion', true],
  ['Non recapitabile: riunione', true],
  ['Onbestelbaar: vergadering', true],
  ['Não entregue: reunião', true],
  ['Na\u0303o entregue: decomposed ã', true],
  ['No se puede entregar: reunión', true],
  ['Unzustellbar: Besprechung', true],
  ['无法投递: 会议', true],
  ['無法傳遞: 會議', true],
  ['배달 못 함: 회의', true],
  ['배달못함: 회의', true],
  // Other MTAs.
  ['Undelivered Mail Returned to Sender', true],
  ['Returned mail: see transcript for details', true],
  ['Returned mail: User unknown', true],
  ['Postmaster notify: see transcript for details', true],
  ['Mail delivery failed: returning message to sender', true],
  ['Mail delivery failed', true],
  ['failure notice', true],
  ['Failure Notice', true],
  ['Delivery Status Notification (Failure)', true],
  ['Mail Delivery Failure', true],
  ['DELIVERY FAILURE: ユーザー taro はDomino ディレクトリには見つかりません。', true],
  ['メッセージを配信できません。', true],
  ['Mail could not be delivered', true],
  ['Mail System Error - Returned Mail', true],
  ['メールエラー通知', true],
  ['Delivery status notification: error', true],
  ['Delivery status notification: failed', true],
  ['Delivery Notification: Delivery has failed', true],
  ['Undeliverable Mail', true],
  ['Undeliverable message', true],
  // Courier, McAfee, PowerMTA, Mimecast, Barracuda, Facebook, and Exim with its host name in front.
  ['NOTICE: mail delivery status.', true],
  ['Delivery Status', true],
  ['Delivery failure', true],
  ['Delivery report', true],
  ['Permanent Delivery Failure', true],
  ['[Postmaster] Email Delivery Failure', true],
  ['**Message you sent blocked by our bulk email filter**', true],
  ['Sorry, your message could not be delivered', true],
  ['mx2.example.net Mail delivery failed : returning message to sender', true],
  // The same words that are not a bounce: a warning, a copy, an auto-reply, a longer subject.
  ['Delivery Status Notification (Delay)', false],
  ['Delivery status notification: warning', false],
  ['mx2.example.net Warning: message 1abc-00 delayed 24 hours', false],
  ['RE: Delivery Status', false],
  ['FW: Delivery failure', false],
  ['Automatic reply: Delivery failure', false],
  ['Delivery report for the March survey', false],
  ['Delivery failure of the printer, please help', false],
  ['Недоставленное сообщение', true],

  // Delay warnings: the message is still queued.
  ['Delivery Status Notification (Delay)', false],
  ['Warning: could not send message for past 4 hours', false],
  ['Warning: message 1abcDE-000123-Xy delayed 24 hours', false],
  ['Delivery status notification: delayed', false],
  ['Returned mail: Warning: cannot send message for 4 hours', false],
  ['Delayed Mail (still being retried)', false],
  // Auto-replies.
  ['Automatic reply: 課題の提出について', false],
  ['自動応答: 不在のお知らせ', false],
  ['Auto reply: Undeliverable: x', false],
  // A user's own copy of a bounce, or a question about one.
  ['FW: Undeliverable: 課題の提出について', false],
  ['Fwd: Returned mail: see transcript for details', false],
  ['RE: 配信不能: 9月のお知らせ', false],
  ['転送: 配信不能: 9月のお知らせ', false],
  ['Re: why do I get Undeliverable: messages', false],
  ['Question about Undelivered Mail Returned to Sender', false],
  // Look-alikes.
  ['Undeliverable items report', false],
  ['Undeliverables list for March', false],
  ['failure notices digest', false],
  ['Mail delivery failures this week', false],
  ['配信不能になる理由', false],
  ['Delivery Status Notification', false],
  ['', false],
  ['   ', false],
];

describe('isBounceSubject', () => {
  it.each(SUBJECTS)('%j → %s', (subject, expected) => {
    expect(isBounceSubject(subject)).toBe(expected);
  });

  it('has a large table', () => {
    expect(SUBJECTS.length).toBeGreaterThanOrEqual(30);
  });

  it('is quick on a long subject and never throws on odd input', () => {
    const long = `${'Re: '.repeat(50_000)}${' '.repeat(100_000)}Undeliverable`;
    const started = performance.now();
    for (let i = 0; i < 100; i++) isBounceSubject(long);
    expect(performance.now() - started).toBeLessThan(500);
    expect(isBounceSubject(' '.repeat(200_000))).toBe(false);
    expect(isBounceSubject(undefined as unknown as string)).toBe(false);
  });
});
