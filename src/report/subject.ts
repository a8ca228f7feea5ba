/**
 * Is this message-list row a bounce (non-delivery report)? Decided from the subject alone, because
 * that is all a row shows. Sources: docs/reports.md (Subjects) and docs/sites/outlook.md.
 *
 * The subject must BEGIN with a bounce prefix. That one rule keeps out a user's own copies
 * ("FW: Undeliverable: …", "RE: 配信不能: …", "転送: …"), auto-replies ("Automatic reply: …") and
 * subjects that only mention the word later ("Re: why do I get Undeliverable: messages").
 */

/**
 * Exchange / Exchange Online NDR prefixes. Each is followed by a colon and the original subject.
 * - en: Sisimai Office365.pm / Exchange2007.pm; every O365 sample uses it.
 * - fr (note the space before the colon), it: Sisimai Exchange2007 samples.
 * - nl, pt: Sisimai Office365.pm and Order.pm.
 * - es: Forward Email's MX filter for Microsoft bounces.
 * - de: weak evidence, public scripts that scan Outlook inboxes.
 * - ja: the OUMail FAQ (unverified against a real NDR).
 * - zh-CN, zh-TW, ko: unverified; Microsoft's ko-KR docs call an NDR "배달 못 함 보고서".
 */
const EXCHANGE_PREFIXES: readonly string[] = [
  'Undeliverable',
  '配信不能',
  'Non remis',
  'Non recapitabile',
  'Onbestelbaar',
  'Não entregue',
  'No se puede entregar',
  'Unzustellbar',
  '无法投递',
  '無法傳遞',
  '배달 못 함',
];

/**
 * Whole subjects, or their fixed beginning, sent by other MTAs. A phrase that ends in a letter must
 * end on a word boundary ("failure notice", not "failure noticed").
 */
const OTHER_MTA_SUBJECTS: readonly string[] = [
  // Postfix, also SendGrid, Zoho, Apple, Tencent (Sisimai set-of-emails).
  'Undelivered Mail Returned to Sender',
  // Sendmail, also Biglobe, docomo / KDDI relays, GoDaddy; Sisimai Order.pm sends every
  // "Returned mail …" subject to the Sendmail family. "Returned mail: Warning: …" (old Sendmail
  // delay notices) is excluded by DELAY_WORDS below.
  'Returned mail:',
  'Postmaster notify: see transcript for details',
  // Exim, GMX, 1&1 (Sisimai Exim.pm).
  'Mail delivery failed',
  'Mail failure',
  // qmail, Yahoo, mFILTER.
  'failure notice',
  // Gmail, Google Workspace, Google Groups, Outlook.com, Amazon SES / WorkMail. Only the
  // "(Failure)" form: "(Delay)" is a warning, the message is still queued.
  'Delivery Status Notification (Failure)',
  // MessageLabs (Symantec).
  'Mail Delivery Failure',
  // Lotus Domino, including its Japanese samples ("DELIVERY FAILURE: ユーザー … は …").
  'DELIVERY FAILURE:',
  // Trend Micro InterScan MSS.
  'メッセージを配信できません',
  'Mail could not be delivered',
  // au EZweb (Postmaster@ezweb.ne.jp / au.com), also DTI.
  'Mail System Error - Returned Mail',
  // KDDI DION.
  'メールエラー通知',
  // OpenSMTPD ("…: delayed" is a warning and is not listed).
  'Delivery status notification: error',
  'Delivery status notification: failed',
  // Oracle / Sun Messaging Server.
  'Delivery Notification: Delivery has failed',
  // Sisimai Order.pm: Amavis, MailMarshal, IMail ("Undeliverable mail"); Lotus Notes, Verizon
  // ("Undeliverable Message"); MailFoundry; Yandex and Mail.ru.
  'Undeliverable mail',
  'Undeliverable message',
  'Message delivery has failed',
  'Недоставленное сообщение',
  'Ваше сообщение не доставлено',
  // Courier ("NOTICE: mail delivery status."), Mimecast, Barracuda, Facebook, and the small
  // servers of Sisimai's X2 family.
  'NOTICE: mail delivery status',
  'Email Delivery Failure',
  'Message you sent blocked by',
  'Sorry, your message could not be delivered',
  'Permanent Delivery Failure',
];

/**
 * Subjects that are a bounce only when they are the whole subject (McAfee "Delivery Status",
 * "Delivery failure", PowerMTA "Delivery report"): followed by
 * more words they can be anything ("Delivery Status Notification (Delay)" is a warning, "Delivery
 * report for March" is not a report at all). A bare "Delivery Status Notification" is left out: it is
 * also what success and delay notices are called.
 */
const WHOLE_SUBJECTS: readonly string[] = ['Delivery Status', 'Delivery failure', 'Delivery report', 'failed delivery'];

/**
 * What a gateway or the server may put before another MTA's subject: a tag ("[Postmaster] ",
 * "**…**") or its own host name (Exim: "mx1.example.net Mail delivery failed : …"). Never "RE:" or
 * "FW:", which are a user's copy.
 */
const DECORATION = '(?:\\[[^\\]\\n]{1,40}\\]|\\*{1,4}|[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8}\\s)';

/** A "Returned mail:" subject that goes on with one of these is a delay warning, not a bounce. */
const DELAY_WORDS: readonly string[] = ['warning', 'delayed', 'deferred'];

/**
 * Spacing Outlook or a copy-paste may leave: any Unicode space (incl. NBSP, U+3000), zero-width
 * characters, and bidi marks (LRM/RLM, embeddings, isolates, Arabic letter mark, BOM).
 */
const GAP = '[\\s\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\u061c]*';
const COLON = '[:：﹕]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One phrase as a pattern: any spacing between words, before a colon and after it. */
function phrasePattern(phrase: string): string {
  return phrase
    .split(/(\s+|:)/)
    .filter((part) => part !== '')
    .map((part) => (part === ':' ? `${GAP}${COLON}${GAP}` : /^\s+$/.test(part) ? GAP : escapeRegExp(part)))
    .join('');
}

function otherPattern(phrase: string): string {
  const wordEnd = /[A-Za-z0-9]$/.test(phrase) ? '(?![a-z0-9])' : '';
  return phrasePattern(phrase) + wordEnd;
}

/**
 * Compiled once: ^ leading gap, then either an Exchange prefix followed by a colon, or another
 * MTA's subject not followed by a delay word. Only literals and single-class stars, so matching
 * is linear and a miss fails within the first few dozen characters.
 */
const BOUNCE_SUBJECT = new RegExp(
  `^${GAP}(?:` +
    `(?:${EXCHANGE_PREFIXES.map(phrasePattern).join('|')})${GAP}${COLON}` +
    `|(?:${DECORATION}${GAP})?(?:${OTHER_MTA_SUBJECTS.map(otherPattern).join('|')})(?!${GAP}(?:${DELAY_WORDS.join('|')}))` +
    `|(?:${DECORATION}${GAP})?(?:${WHOLE_SUBJECTS.map(phrasePattern).join('|')})[\\s.!*]{0,8}$` +
    ')',
  'i',
);

/** What NFC can compose: combining marks (Latin, kana voicing, Hangul jamo). */
const COMBINING = /[\u0300-\u036f\u1100-\u11ff\u3099\u309a]/;

export function isBounceSubject(subject: string): boolean {
  if (typeof subject !== 'string' || subject === '') return false;
  // Only the start matters (subjects can be very long). NFC so that a decomposed "Não" (a +
  // U+0303) matches; only text with combining marks needs it, and most subjects have none.
  const start = subject.slice(0, 160);
  return BOUNCE_SUBJECT.test(COMBINING.test(start) ? start.normalize('NFC') : start);
}
