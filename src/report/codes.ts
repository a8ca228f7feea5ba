import { carrierOf } from '../address/carriers';

/**
 * What a bounce means for the student: enhanced status codes and reply texts mapped to a small set
 * of causes. The sources of each explanation: src/panels/message-sources.ts; the research:
 * docs/reports.md (Status codes and causes).
 */

export type BounceCause =
  | 'forwarding-blocked' // 5.7.520 external forwarding blocked by the organisation
  | 'address-not-found' // 5.1.1, 5.1.10, 5.4.1 (recipient not found), 5.5.0 mailbox unavailable
  | 'mailbox-full' // 5.2.2 / 4.2.2 when it is the remote recipient's mailbox (over quota)
  | 'rejected' // 5.7.1, 5.7.509, 5.7.23, 5.7.26, 4.7.26: refused as spam or by sender checks (SPF/DKIM/DMARC)
  | 'expired' // 4.4.7, 5.4.300, 4.4.316: could not be delivered in time
  | 'loop' // 5.4.6, 5.4.14 routing loop
  | 'forwarding-misconfigured' // 5.2.14
  | 'sending-limited' // 5.1.8, 5.1.90, 5.7.501–503, submission quota exceeded: your account may be compromised
  | 'sending-paused' // 4.7.500–4.7.699: Exchange Online has temporarily restricted the sender's sending
  | 'not-authorized' // 5.7.1 "Delivery not authorized", 5.7.124, 5.7.12/13, 5.7.133–136: the group's owner or the recipient's admin decides
  | 'unknown-or-filtered' // docomo "550 Unknown user", au "550 : User unknown": no such address, or the carrier's filter
  | 'unknown';

/**
 * Enhanced status code (RFC 3463): class 2/4/5, subject, detail. The guards keep out pieces of IP
 * addresses and version numbers ("10.4.1.3", "15.20.7"): no word character or dot right before, no
 * further ".digit" after. Bounded quantifiers only, so a scan is linear.
 */
const STATUS_CODE = /(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?!\w|\.\d)/g;

export interface CodeAt {
  code: string;
  index: number;
}

/** Every enhanced status code in the text, in order. */
export function codesIn(text: string): CodeAt[] {
  return Array.from(text.matchAll(STATUS_CODE), (match) => ({ code: match[0], index: match.index ?? 0 }));
}

/**
 * Codes whose meaning does not depend on the text around them. Exchange Online's own codes are
 * listed with both classes (4.x temporary, 5.x final) where Microsoft or Gmail use both.
 */
const CODE_CAUSES: Readonly<Record<string, BounceCause>> = {
  '5.7.520': 'forwarding-blocked',

  '5.1.1': 'address-not-found', // Bad destination mailbox address
  '5.1.10': 'address-not-found', // Recipient not found (SMTP address lookup)
  '5.1.2': 'address-not-found', // Bad destination system: the domain does not exist
  '5.1.3': 'address-not-found', // Bad destination mailbox address syntax
  '5.1.6': 'address-not-found', // Mailbox has moved, no forwarding address
  '5.2.1': 'address-not-found', // Mailbox disabled (Gmail: account disabled); same advice as not found
  '5.4.1': 'address-not-found', // EXO: Recipient address rejected: Access denied (DBEB)
  '5.4.4': 'address-not-found', // SMTPSEND.DNS.NonExistentDomain
  '5.7.504': 'address-not-found', // EXO: Recipient address rejected: Access denied = not a valid recipient
  '5.7.505': 'address-not-found', // EXO: banned recipient, "isn't valid"

  '5.7.12': 'not-authorized', // Sender was not authenticated by organization
  '5.7.13': 'not-authorized', // public folder rejects senders from outside
  '5.7.124': 'not-authorized', // Sender not in allowed-senders list (group)
  '5.7.133': 'not-authorized', // Sender not authenticated for group
  '5.7.134': 'not-authorized', // … for mailbox
  '5.7.135': 'not-authorized', // … for public folder
  '5.7.136': 'not-authorized', // … for mail user

  '5.7.509': 'rejected', // DMARC reject
  '5.7.23': 'rejected', // SPF violation
  '5.7.25': 'rejected', // Gmail: no PTR record
  '5.7.26': 'rejected', // Gmail: DMARC; EXO: IPv6 without SPF/DKIM
  '4.7.26': 'rejected',
  '5.7.27': 'rejected', // Gmail: SPF / DMARC alignment
  '5.7.28': 'rejected', // Gmail: unsolicited bulk mail

  '4.4.7': 'expired',
  '5.4.7': 'expired',
  '5.4.300': 'expired',
  '4.4.316': 'expired', // Connection refused until the message expired
  '5.4.316': 'expired',

  '5.4.6': 'loop',
  '4.4.6': 'loop',
  '5.4.14': 'loop',

  '5.2.14': 'forwarding-misconfigured',

  '5.1.8': 'sending-limited', // Access denied, bad outbound sender
  '5.1.90': 'sending-limited', // Daily recipient limit reached
  '5.7.501': 'sending-limited',
  '5.7.502': 'sending-limited',
  '5.7.503': 'sending-limited',
};

/**
 * Codes that only say "something about the mailbox / policy": the text decides when it can, and
 * this is the answer when it cannot.
 */
const GENERIC_CODE_DEFAULTS: Readonly<Record<string, BounceCause>> = {
  '5.5.0': 'address-not-found', // Outlook.com: "Requested action not taken: mailbox unavailable"
  '5.7.1': 'rejected', // Delivery not authorized / spam / policy
};

/**
 * Text signals, in the order they are tried. The first two beat any code (they name the problem
 * more precisely than a generic 5.7.1 or 5.2.2 can); the rest are used when the code is missing or
 * generic. Order matters below: "Recipient address rejected: User unknown" is a not-found, not a
 * rejection; "Submission quota exceeded" is a sending limit, not a full mailbox; and "mailbox is
 * full: retry timeout exceeded" names the reason it expired, which is what the student can act on.
 * Japanese phrases are [I]: plausible wordings, not seen in a real report.
 */
const SUBMISSION_QUOTA_TEXT = /submission\s*quota\s*exceeded|SubmissionQuotaExceeded/i;

const DECISIVE_TEXT: ReadonlyArray<[BounceCause, RegExp]> = [
  // The remote server refused the sender's address or domain (RFC 3463 X.1.7 / X.1.8 from another
  // server): a rejection of the sender, not Exchange Online's 5.1.8 "bad outbound sender".
  ['rejected', /Domain of sender address|sender address rejected|sender domain (?:does not exist|is invalid)|Unroutable sender/i],
  [
    'not-authorized',
    /Delivery not authorized|NotAuthorized|not (?:authorized|allowed|permitted) to (?:send|post)|(?:don't|do not) have permission to (?:send|post)|permission to (?:send|post)|allowed[- ]senders|Sender (?:was )?not authenticated for|reject(?:s|ed)? messages (?:sent )?from outside|送信(?:する)?権限がありません|送信が許可されていません/i,
  ],
  [
    'forwarding-blocked',
    /does not allow external forwarding|external forwarding (?:is )?(?:not allowed|blocked|disabled)|外部(?:へ(?:の)?)?(?:メール)?転送[^\n]{0,20}?(?:許可されていません|禁止|ブロック|できません)/i,
  ],
  ['sending-limited', SUBMISSION_QUOTA_TEXT],
];

const TEXT_CAUSES: ReadonlyArray<[BounceCause, RegExp]> = [
  [
    'sending-limited',
    /sending limit|(?:daily|recipient) (?:sending |recipient )?limit|bad outbound sender|no longer allowed to send|banned sender|restricted from sending|送信(?:制限|上限|数の上限)/i,
  ],
  [
    'loop',
    /routing loop|mail loop|loop detected|possible (?:mail )?loop|too many hops|hop count exceeded|Too many "?Received"? headers|(?<!グ)ループ/i,
  ], // not the ループ in グループ ("group")
  ['forwarding-misconfigured', /misconfigured forwarding|forwarding address is (?:misconfigured|invalid)/i],
  [
    'mailbox-full',
    /mailbox (?:is )?full|mailbox full|inbox is full|over ?quota|quota exceeded|QuotaExceeded|exceeded (?:the|their|its|his|her) (?:storage|quota)|out of storage|insufficient (?:storage|disk space)|mailbox size limit|メールボックス(?:の容量)?が(?:いっぱい|一杯|満杯)|容量(?:超過|オーバー|不足)|容量が(?:いっぱい|不足)/i,
  ],
  [
    'address-not-found',
    /unknown user|user unknown|unknown recipient|recipient unknown|no such (?:user|recipient|mailbox|address)|(?:user|recipient|address|mailbox) not found|Recip(?:ient)?NotFound|does not exist|doesn't exist|(?:couldn't|could not|can't|cannot) be found|invalid recipient|mailbox unavailable|宛先が見つかりません|(?:受信者|ユーザー?|アドレス|メールアドレス)が見つかりません|ディレクトリ[^\n]{0,12}?(?:見つかりません|ありません)|存在しない(?:ユーザー?|アドレス|メールアドレス|宛先)|宛先不明/i,
  ],
  [
    'expired',
    /QUEUE\.Expired|message expired|has expired|expired after|retry timeout exceeded|could not be delivered for too long|(?:couldn't|could not) be delivered in time|有効期限(?:が)?切れ|期限切れ|配信期限/i,
  ],
  [
    'rejected',
    /spam|unsolicited|blocked|blacklist|blocklist|block list|DMARC|\bSPF\b|DKIM|Sender Policy Framework|unauthenticated|reputation|not authorized|NotAuthorized|access denied|message (?:refused|rejected)|content rejected|rejected (?:as|because|due|for|by policy)|policy (?:violation|reasons)|迷惑メール|スパム|なりすまし|受信拒否|拒否されました/i,
  ],
];

function firstTextCause(rules: ReadonlyArray<[BounceCause, RegExp]>, text: string): BounceCause | null {
  for (const [cause, pattern] of rules) if (pattern.test(text)) return cause;
  return null;
}

/** x.2.2 is "mailbox full" on the receiving side, but Exchange Online uses it for the sender's quota. */
function mailboxCodeCause(text: string): BounceCause {
  return SUBMISSION_QUOTA_TEXT.test(text) ? 'sending-limited' : 'mailbox-full';
}

/** Exchange Online 4.7.500–4.7.699 "Access denied, please try again later". */
function isSendingPause(code: string): boolean {
  const [cls, subject, detail] = code.split('.').map(Number);
  return cls === 4 && subject === 7 && detail >= 500 && detail <= 699;
}

/**
 * docomo answers "550 Unknown user <addr>" also when its filter refuses the mail; au answers
 * "550 : User unknown" (no address) for filtered mail. For these carriers "not found" may be either.
 */
const CARRIER_UNKNOWN_USER = /\bUnknown user\b/i;

function carrierAmbiguity(cause: BounceCause, text: string, address: string | undefined): BounceCause {
  if (cause !== 'address-not-found' || !address) return cause;
  const carrier = carrierOf(address);
  if (carrier === 'docomo' && CARRIER_UNKNOWN_USER.test(text)) return 'unknown-or-filtered';
  if (carrier === 'au' && /550\s?:\s?User unknown/i.test(text)) return 'unknown-or-filtered';
  return cause;
}

/**
 * The cause of a failure, from its enhanced status code (or null), the text around it (the
 * server's reply, the report's explanation) and, for the carriers' ambiguous "unknown user", the
 * failed address. Text is expected to be bounded by the caller.
 */
export function causeOf(code: string | null, text: string, address?: string): BounceCause {
  return carrierAmbiguity(plainCause(code, text), text, address);
}

function plainCause(code: string | null, text: string): BounceCause {
  const decisive = firstTextCause(DECISIVE_TEXT, text);
  if (decisive) return decisive;

  if (code) {
    const [cls, subject, detail] = code.split('.');
    if (subject === '2' && detail === '2') return mailboxCodeCause(text);
    if (isSendingPause(code)) return 'sending-paused';
    const exact = CODE_CAUSES[code] ?? CODE_CAUSES[`${cls === '4' ? '5' : '4'}.${subject}.${detail}`];
    if (exact) return exact;
  }

  const fromText = firstTextCause(TEXT_CAUSES, text);
  if (fromText) return fromText;

  if (code) {
    const generic = GENERIC_CODE_DEFAULTS[code];
    if (generic) return generic;
    // RFC 3463: x.7.x is "security or policy status", i.e. some kind of refusal.
    if (code.split('.')[1] === '7') return 'rejected';
  }
  return 'unknown';
}
