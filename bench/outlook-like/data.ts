/**
 * The mailbox of the Outlook-like bench page: 3,000 messages, newest first, about 3 % of them
 * bounces, all drawn from one seeded PRNG so every run (and every mode) shows the same mail.
 * Names, addresses and subjects are made up; ids are shaped like a work account's Exchange ids
 * (long base64 item ids, shorter conversation ids), because the content script hashes them.
 */

interface Person {
  name: string;
  address: string;
}

export type BounceCode = '5.7.520' | '5.1.1' | '5.2.2' | '4.4.7';

export interface Bounce {
  lang: 'en' | 'ja';
  /** The address the forwarded copy did not reach: what the diagnosis must name. */
  recipient: string;
  code: BounceCode;
  /** The subject of the message whose forwarded copy bounced. */
  original: string;
}

type BodyKind = 'note' | 'reply' | 'notice' | 'newsletter';

export interface Message {
  id: string;
  convid: string;
  serial: number;
  from: Person;
  subject: string;
  preview: string;
  /** The list's time column ("10:02 AM", "Wed 3:03 PM", "4/30/2026") and its date group. */
  time: string;
  group: string;
  /** The reading pane's full date. */
  received: string;
  unread: boolean;
  flagged: boolean;
  attachment: boolean;
  body: BodyKind;
  /** Set on bounces (non-delivery reports). */
  bounce?: Bounce;
}

export const SEED = 20261208;
const MESSAGES = 3000;
const BOUNCE_SHARE = 0.03;

/** mulberry32: tiny and fast; the same generator as bench/content-driver.js. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

export const ME: Person = { name: 'Hanako Osaka', address: 'u123456a@ecs.osaka-u.ac.jp' };
const NDR_SENDER: Person = {
  name: 'Microsoft Outlook',
  address: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ecs.osaka-u.ac.jp',
};

const SENDERS: readonly Person[] = [
  { name: 'KOAN', address: 'koan-info@example.osaka-u.ac.jp' },
  { name: 'CLE Notifications', address: 'cle-noreply@example.osaka-u.ac.jp' },
  { name: 'University Library', address: 'library-desk@example.osaka-u.ac.jp' },
  { name: 'Jiro Tanaka', address: 'jiro.tanaka@example.com' },
  { name: '山田 太郎', address: 'taro.yamada@example.ac.jp' },
  { name: '学生支援課', address: 'student-support@example.osaka-u.ac.jp' },
  { name: '情報推進部 情報基盤課', address: 'it-helpdesk@example.osaka-u.ac.jp' },
  { name: 'Seminar Office', address: 'seminar-office@example.osaka-u.ac.jp' },
  { name: 'GitHub', address: 'notifications@github.example' },
  { name: 'Online Shop', address: 'order-update@shop.example.jp' },
  { name: '鈴木 花子', address: 'hanako.suzuki@example.jp' },
  { name: 'Prof. Kenji Kato', address: 'kato.kenji@sci.example.osaka-u.ac.jp' },
  { name: 'Mina Park', address: 'mina.park@example.edu' },
  { name: 'Lab Mailing List', address: 'lab-members@ml.example.osaka-u.ac.jp' },
  { name: 'Career Center', address: 'career@example.osaka-u.ac.jp' },
  { name: '佐藤 健', address: 'ken.sato@example.co.jp' },
  { name: 'Conference 2026', address: 'registration@conf2026.example.org' },
  { name: 'Microsoft 365', address: 'no-reply@microsoft365.example' },
];

const SUBJECTS: readonly string[] = [
  'Course registration for the autumn term opens on Monday',
  'New assignment posted: Statistics I, Report 2',
  'Notes from Thursday’s lab meeting',
  'Your loan is due in three days',
  'Re: Seminar on Friday — room change',
  'Your weekly digest: 7 new posts in your groups',
  'FW: what does this error mean?',
  'Re: why do I keep getting Undeliverable: messages?',
  'Automatic reply: out of the office until Monday',
  'Invitation: Thesis defence rehearsal @ Tue 13:00 – 14:00',
  'Updated invitation: Group meeting (room 301)',
  '[GitHub] A new SSH key was added to your account',
  'Your order has shipped and is on its way',
  '履修登録期間のお知らせ（秋学期）',
  '【重要】パスワード有効期限のお知らせ',
  'Re: 来週のゼミについて',
  '転送: 配信不能: 研究室の連絡',
  '図書の返却期限が近づいています',
  '奨学金説明会の開催について',
  'Re: Re: Re: draft of chapter 3 (comments inline)',
  'Lecture cancelled this Thursday',
  'Reminder: submit your timesheet by the 25th',
  'Room change for Statistics I',
  'Call for papers: student workshop, deadline extended',
  '健康診断の日程について',
  'Re: sample data for the replication study',
  'Your receipt from the campus co-op',
  'Welcome to the Career Center newsletter',
];

const PREVIEWS: readonly string[] = [
  'Dear students, registration for the autumn term opens on Monday at 9:00. Please check the timetable before you register.',
  'A new assignment has been posted in Statistics I. The deadline is next Friday at noon; late submissions are not accepted.',
  'Attached are the notes from the meeting. Action items: Jiro to rerun the analysis, Mina to book the room for next week.',
  'Please return or renew the following item by Friday: Introduction to Linear Models (2nd ed.).',
  'Undeliverable: Re: Seminar on Friday — I keep getting these since I set up forwarding, any idea what is wrong?',
  'I am out of the office until Monday with limited access to email. For urgent matters please contact the office.',
  'Could you have a look before the meeting? I left comments in the margins of sections 3.2 and 3.4. Thanks!',
  '来週のゼミは休講とします。各自レポートの準備を進めてください。質問があればメールでどうぞ。',
  'パスワードの有効期限が近づいています。以下の手順に従って、期限までに変更してください。',
  'If you did not add this key, remove it immediately and review your account’s security log.',
  'Your package will arrive tomorrow between 14:00 and 16:00. Track your delivery with the link below.',
  '添付の資料をご確認のうえ、来週水曜日までにご返信ください。よろしくお願いいたします。',
  'See you in room 301. Bring your laptop; we will go through the code together.',
  'This week: internship fair on Wednesday, CV clinic on Thursday, and a talk by alumni on Friday.',
];

/** Where forwarded copies went (made-up local parts at the carriers' real domains). */
const FORWARD_TARGETS: readonly string[] = [
  'hanako-o.0412@docomo.ne.jp',
  'osaka.hanako@ezweb.ne.jp',
  'hanako_osaka@i.softbank.jp',
  'hanako.osaka.mail@au.com',
];

const CODES: readonly BounceCode[] = ['5.7.520', '5.7.520', '5.1.1', '5.2.2', '4.4.7'];

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Now" for the mailbox: the newest message arrives just before it. */
const NOW = Date.UTC(2026, 11, 1, 10, 30);

function clock(d: Date): string {
  const h = d.getUTCHours();
  return `${((h + 11) % 12) + 1}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

function timing(at: number): { time: string; group: string; received: string } {
  const d = new Date(at);
  const days = Math.floor((Date.UTC(2026, 11, 1) - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())) / 86_400_000);
  const received = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${clock(d)}`;
  if (days === 0) return { time: clock(d), group: 'Today', received };
  if (days === 1) return { time: `${WEEKDAYS[d.getUTCDay()]} ${clock(d)}`, group: 'Yesterday', received };
  if (days < 7) return { time: `${WEEKDAYS[d.getUTCDay()]} ${clock(d)}`, group: 'This week', received };
  if (days < 14) return { time: `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`, group: 'Last week', received };
  return {
    time: `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
    group: `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    received,
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64(rand: Rand, chars: number): string {
  let s = '';
  for (let i = 0; i < chars; i++) s += B64[Math.floor(rand() * 64)];
  return s;
}
/** The mailbox part is the same for every message; the tail is the message's own. */
const MAILBOX = 'AAMkAGQ3NzU5ZWJhLTM4YjUtNDc2MS1iOTQ1LWE0ZmQyNzVhYjc1NgBGAAAAAAC7';
function ids(rand: Rand): { id: string; convid: string } {
  return {
    id: `${MAILBOX}${base64(rand, 22)}BwD${base64(rand, 40)}AAAAAAEMAAD${base64(rand, 22)}AAA=`,
    convid: `AAQkAGQ3NzU5ZWJhLTM4YjUtNDc2MS1iOTQ1LWE0ZmQyNzVhYjc1NgAQA${base64(rand, 22)}=`,
  };
}

function bounceOf(rand: Rand, original: string): Bounce {
  return { lang: rand() < 0.5 ? 'en' : 'ja', recipient: pick(rand, FORWARD_TARGETS), code: pick(rand, CODES), original };
}

function bounceSubject(b: Bounce): string {
  return `${b.lang === 'ja' ? '配信不能' : 'Undeliverable'}: ${b.original}`;
}

function bouncePreview(b: Bounce): string {
  return b.lang === 'ja'
    ? `次の受信者またはグループへの配信に失敗しました: ${b.recipient} 受信者のメール システムがメッセージを受け付けませんでした。`
    : `Your message to ${b.recipient} couldn't be delivered. Delivery has failed to these recipients or groups: ${b.recipient}`;
}

function makeMessage(rand: Rand, serial: number, at: number, bounce: Bounce | null): Message {
  const when = timing(at);
  const flags = { unread: rand() < 0.2, flagged: rand() < 0.04, attachment: rand() < 0.12 };
  if (bounce) {
    return {
      ...ids(rand),
      serial,
      from: NDR_SENDER,
      subject: bounceSubject(bounce),
      preview: bouncePreview(bounce),
      ...when,
      ...flags,
      attachment: true, // the returned message travels as an attachment
      body: 'notice',
      bounce,
    };
  }
  return {
    ...ids(rand),
    serial,
    from: pick(rand, SENDERS),
    subject: pick(rand, SUBJECTS),
    preview: pick(rand, PREVIEWS),
    ...when,
    ...flags,
    body: pick(rand, ['note', 'note', 'reply', 'reply', 'notice', 'newsletter'] as const),
  };
}

/**
 * The inbox, newest first. A bounce sits right above (a few minutes after) the message whose
 * forwarded copy it reports, as it does when forwarding breaks.
 */
export function mailbox(seed = SEED, count = MESSAGES): Message[] {
  const rand = mulberry32(seed);
  const out: Message[] = [];
  let at = NOW - 20 * 60_000;
  for (let serial = 0; out.length < count; serial++) {
    const message = makeMessage(rand, serial, at, null);
    if (rand() < BOUNCE_SHARE / (1 - BOUNCE_SHARE) && out.length + 1 < count) {
      out.push(makeMessage(rand, ++serial, at + 2 * 60_000, bounceOf(rand, message.subject)));
    }
    out.push(message);
    at -= Math.floor(20 * 60_000 + rand() * 9 * 3_600_000); // 20 min to 9 h between messages
  }
  return out;
}

/** New mail during the workload: ordinary messages, some followed by the bounce of their forwarded copy. */
export function newMail(rand: Rand, index: number, reporting: Message | null): Message {
  const at = NOW + index * 60_000;
  return makeMessage(rand, 100_000 + index, at, reporting ? bounceOf(rand, reporting.subject) : null);
}
