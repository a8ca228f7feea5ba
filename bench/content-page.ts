import { readFileSync } from 'node:fs';
import { EXTENSION_DOM } from './content-session';

/**
 * The Outlook-like page of bench/content.ts: a message list of N rows in the markup of
 * tests/fixtures/outlook/inbox-item.en.html (ids, roles, data-convid, sender span with
 * title=address, subject span with title="", preview span, time span), a reading pane with an
 * ordinary message, and the page-side driver (bench/content-driver.js) inlined as a classic script.
 *
 * The row markup is one template used both here (the initial rows) and by the driver (rows it adds
 * while "scrolling"), so both have exactly the same shape. No whitespace between tags: Outlook's
 * React output has none either, and it keeps the node count honest.
 */

export const ROW_TEMPLATE = [
  '<div role="option" id="{id}" data-convid="{convid}" data-focusable-row="true" aria-selected="false" tabindex="-1" aria-label="{label}">',
  '<div draggable="true"><div role="group"><div tabindex="-1">',
  '<div><button tabindex="-1" title="Mark as read" aria-label="Mark as read"></button></div>',
  '<div>',
  '<div role="checkbox" aria-checked="false" aria-label="Select a message"><span role="img" aria-label="{name}"><span>{initial}</span></span></div>',
  '<div><span title="{address}">{name}</span></div>',
  '</div>',
  '<div>',
  '<div><span title="">{subject}</span></div>',
  '<div><div><span>{preview}</span></div></div>',
  '<div><span title="{time}">{time}</span></div>',
  '</div>',
  '</div></div></div>',
  '</div>',
].join('');

export interface Sender {
  name: string;
  address: string;
}

/** Everything the driver draws from: plain data, handed to the page as JSON. */
export const POOLS = {
  senders: [
    { name: 'KOAN', address: 'koan@example.osaka-u.ac.jp' },
    { name: 'CLE', address: 'cle-noreply@example.osaka-u.ac.jp' },
    { name: 'Library', address: 'library@example.osaka-u.ac.jp' },
    { name: 'Jiro Tanaka', address: 'jiro.tanaka@example.com' },
    { name: 'Hanako Osaka', address: 'u123456a@ecs.osaka-u.ac.jp' },
    { name: '山田 太郎', address: 'taro.yamada@example.ac.jp' },
    { name: '学生支援課', address: 'gakusei-shien@example.osaka-u.ac.jp' },
    { name: '情報推進部', address: 'oumail-admin@example.osaka-u.ac.jp' },
    { name: 'Seminar office', address: 'seminar-office@example.osaka-u.ac.jp' },
    { name: 'GitHub', address: 'noreply@github.com' },
    { name: 'Amazon.co.jp', address: 'shipment-tracking@amazon.co.jp' },
    { name: '鈴木 花子', address: 'hanako.suzuki@example.jp' },
    { name: 'Mailer', address: 'mailer@example.com' },
    { name: 'Prof. Kato', address: 'kato@sci.example.osaka-u.ac.jp' },
  ] satisfies Sender[],
  subjects: [
    'Course registration opens',
    'New assignment: Report 2',
    'Notes from the lab meeting',
    'Your loan is due soon',
    'Re: Seminar on Friday',
    'Your weekly digest',
    'FW: what does this error mean?',
    'Re: why do I get Undeliverable: messages?',
    'Automatic reply: out of office',
    'Invitation: Thesis defence rehearsal',
    'Updated invitation: Group meeting (Tue 13:00)',
    '[GitHub] A new SSH key was added to your account',
    'Your order has shipped',
    '履修登録のお知らせ',
    '【重要】パスワード変更のお願い',
    'Re: 来週のゼミについて',
    '転送: 配信不能: 研究室の連絡',
    '図書の返却期限が近づいています',
    '奨学金説明会の開催について',
    'Re: Re: Re: draft of chapter 3',
    'Lecture cancelled this Thursday',
    'Reminder: submit your timesheet',
    'Room change for Statistics I',
    'Welcome to OUMail',
  ],
  previews: [
    'Dear students, registration for the autumn term opens on Monday.',
    'A new assignment has been posted in Statistics I.',
    'Attached are the notes.',
    'Please return or renew by Friday.',
    'Seven new posts in your groups this week.',
    'Undeliverable: Re: Seminar on Friday — I keep getting these, any idea?',
    'I am out of the office until Monday with limited access to email.',
    'Could you have a look before the meeting? Thanks!',
    '来週のゼミは休講とします。各自レポートを進めてください。',
    'パスワードの有効期限が近づいています。以下の手順で変更してください。',
    'If you did not add this key, remove it immediately.',
    'Your package will arrive tomorrow between 14:00 and 16:00.',
    '添付の資料をご確認ください。',
    'See you in room 301.',
  ],
  times: ['10:02 AM', '9:41 AM', '9:15 AM', '8:03 AM', 'Yesterday', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', '2026/11/18', '2026/11/12'],
  bounceSender: {
    name: 'Microsoft Outlook',
    address: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ecs.osaka-u.ac.jp',
  } satisfies Sender,
  bouncePrefixes: ['Undeliverable: ', '配信不能: '],
  bouncePreviews: [
    'Delivery has failed to these recipients or groups: taro.yamada@docomo.ne.jp',
    '次の受信者またはグループへの配信に失敗しました: hanako@ezweb.ne.jp',
  ],
  paneBodies: [
    '<p>Dear all,</p><p>The seminar moves to room 301 this Friday.</p><p>Best regards,<br>Kato</p>',
    '<p>各位</p><p>来週のゼミは休講とします。各自レポートを進めてください。</p>',
    '<p>Your package will arrive tomorrow between 14:00 and 16:00.</p><table role="presentation"><tbody><tr><td>Order 123-4567890</td></tr></tbody></table>',
  ],
};

export interface RowItem {
  id: string;
  convid: string;
  label: string;
  name: string;
  initial: string;
  address: string;
  subject: string;
  preview: string;
  time: string;
}

/** mulberry32: tiny, fast, good enough to make both runs do the same work. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function fillRow(item: RowItem): string {
  return ROW_TEMPLATE.replace(/\{(\w+)\}/g, (_, key: keyof RowItem) => escapeHtml(item[key]));
}

export function rowId(n: number): { id: string; convid: string } {
  const tail = n.toString(36).toUpperCase().padStart(6, '0');
  return { id: `AAMkAGI2TG93AAA${tail}=`, convid: `AAQkAGI2TG93Conv${tail}` };
}

/**
 * A row: an ordinary message, or a bounce (Microsoft Exchange's sender, an English or Japanese
 * prefix and preview). An ordinary row draws from `rand` exactly as it always has, so the plain-DOM
 * page stays the same from run to run and from build to build.
 */
export function rowItem(n: number, rand: () => number, bounce = false): RowItem {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)];
  const japanese = bounce && rand() < 0.5 ? 1 : 0;
  const sender = bounce ? POOLS.bounceSender : pick(POOLS.senders);
  const subject = bounce ? `${POOLS.bouncePrefixes[japanese]}${pick(POOLS.subjects)}` : pick(POOLS.subjects);
  const preview = bounce ? POOLS.bouncePreviews[japanese] : pick(POOLS.previews);
  const time = pick(POOLS.times);
  return {
    ...rowId(n),
    label: `${sender.name} ${subject} ${time} ${preview}`,
    name: sender.name,
    initial: [...sender.name][0],
    address: sender.address,
    subject,
    preview,
    time,
  };
}

const STYLE = `
  body { margin: 0; font-family: "Segoe UI", "Noto Sans CJK JP", sans-serif; font-size: 14px; background: #fff; color: #242424; }
  #MainModule { display: flex; height: 100vh; }
  [data-app-section="MessageList"] { width: 420px; border-right: 1px solid #ddd; overflow: hidden; display: flex; flex-direction: column; }
  #MailList { overflow-y: auto; flex: 1; }
  [role="option"] { padding: 6px 10px; border-bottom: 1px solid #eee; overflow: hidden; white-space: nowrap; }
  [role="option"].hover { background: #f5f5f5; }
  [role="option"][aria-selected="true"] { background: #cfe4fa; }
  [role="option"].unread span[title=""] { color: #0f6cbd; }
  [role="option"] [role="group"] > div { display: flex; flex-direction: column; }
  [role="option"] span[title=""] { font-weight: 600; }
  [role="main"], #ReadingPaneContainerId { flex: 1; overflow: auto; padding: 0 16px; }
  [role="heading"] { font-size: 20px; font-weight: 600; margin: 16px 0; }
`;

/** The whole page: `rows` ordinary rows, a reading pane, the driver and its data. */
export function outlookPage(rows: number, seed: number): string {
  const rand = mulberry32(seed);
  const listHtml = Array.from({ length: rows }, (_, n) => fillRow(rowItem(n, rand))).join('');
  const driver = readFileSync(new URL('./content-driver.js', import.meta.url), 'utf8');
  const data = { seed, firstSerial: rows, template: ROW_TEMPLATE, pools: POOLS, mark: EXTENSION_DOM.listMarker };
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>Mail - Hanako Osaka - Outlook</title><style>${STYLE}</style></head>
<body role="application"><div id="app"><div id="appContainer"><div id="MainModule">
<div id="Skip to message list-region" role="complementary" aria-label="Message list" data-app-section="MessageList">
<div id="MailList" class="customScrollBar"><div role="region"><div role="listbox" aria-label="Message list">${listHtml}</div></div></div>
</div>
<div id="Skip to message-region" role="main" aria-label="Reading Pane" data-app-section="MailReadCompose">
<div id="ReadingPaneContainerId"><div id="ItemReadingPaneContainer" dir="ltr">
<div role="heading" aria-level="2"><div><span title="Notes from the lab meeting">Notes from the lab meeting</span></div></div>
<div data-app-section="ItemContainer" tabindex="-1">
<span role="button" aria-label="From: Hanako Osaka"><span>Hanako Osaka&lt;u123456a@ecs.osaka-u.ac.jp&gt;</span></span>
<div data-testid="SentReceivedSavedTime">2026/11/20 10:02</div>
<div role="document"><div tabindex="0" aria-label="Message body" id="UniqueMessageBody_1">${POOLS.paneBodies[0]}</div></div>
</div></div></div></div>
</div></div></div>
<script>window.__BENCH_DATA__ = ${json};</script>
<script>${driver}</script>
</body></html>`;
}
