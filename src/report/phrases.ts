/**
 * The words a bounce report uses around the addresses it names, in families rather than one
 * string per mail server: Exchange / Exchange Online (en, ja, fr, nl, pt), Outlook.com, Gmail,
 * Postfix, Sendmail, Exim, qmail, Amazon SES, Domino / Notes, au / KDDI, m-FILTER, and the many
 * smaller ones that say the same thing in other words. Learnt from the real reports described in
 * docs/reports.md (Sisimai's set-of-emails); tested on the project's own fixtures (tests/fixtures/reports/).
 *
 * Words are joined by \s+ or \s* so that a heading broken across lines ("The following\naddress(es)
 * failed:") or collapsed to one line still matches. Every quantifier is bounded or stands on a
 * single character class next to a literal, so each pattern is linear; the contexts are tested on
 * short slices next to an address, never on the whole text.
 */

/**
 * Where the returned message (or its headers) starts. Everything after it is somebody else's
 * address: the sender, the original To/Cc, relays.
 */
export const RETURNED_MESSAGE = new RegExp(
  [
    // Exchange and Exchange Online, in the languages seen.
    'Original message headers',
    '(?:元|原文|オリジナル)の\\s?メッセージ\\s?ヘッダー',
    "En-têtes de message d'origine",
    'Intestazioni originali del messaggio',
    'Oorspronkelijke berichtkoppen',
    'alhos originais da mensagem',
    'Ursprüngliche Nachrichtenkopfzeilen',
    // A separator line that announces the copy: Exim, qmail, GMX, Notes, m-FILTER, Courier, …
    '^[ \\t]{0,8}[-=|*]{2,80}[ \\t]{0,4}[^\\n]{0,40}?(?:copy of|original|returned message|unsent message|message text|header of the)[^\\n]{0,60}$',
    // The same said in a sentence.
    'Original message follows',
    'Below is a copy of the original message',
    'Included is a copy of the message header',
    '^[ \\t]{0,8}Original Message\\s?:?[ \\t]*$',
    '^[ \\t]{0,8}Original mail as follows',
    '^[ \\t]{0,8}Message headers follow',
    // MIME leftovers when a client shows the raw report.
    'Content-Type:\\s?(?:message\\/rfc822|text\\/rfc822-headers)',
    'Content-Description:\\s?Undelivered Message',
    // A header block of the returned message with no announcement at all.
    '^(?:Received|Return-Path|DKIM-Signature|X-Original-To|Delivered-To|ARC-Seal|Authentication-Results):\\s',
  ].join('|'),
  'im',
);

/**
 * Headings followed by a list of failed recipients. English ones are built around "following …
 * recipients / addresses" and "these recipients"; Japanese ones around 次の / 以下の … 宛先 /
 * アドレス.
 */
export const RECIPIENTS_HEADING = new RegExp(
  [
    '(?:following|these|affected)\\s+(?:[A-Za-z()-]{1,20}\\s+){0,4}?(?:recipients?|recipient\\(s\\)|addresse?s?|address\\(es\\)|e-?mail\\s+address(?:es)?|destinations?|list\\s+of\\s+recipients|destinataires)\\b[^\\n@:.]{0,100}[:.]?',
    '(?:recipients?|address(?:es)?|address\\(es\\))\\s+(?:had\\s+(?:permanent|delivery)|failed)[^\\n@:.]{0,80}[:.]?',
    'Failed\\s+addresses\\s+follow[^\\n@]{0,40}',
    'Failure\\s+Reasons[^\\n@]{0,40}',
    'was\\s+not\\s+delivered\\s+to\\s?:',
    'Échec de la remise pour ces destinataires[^\\n@]{0,40}',
    'Uw bericht kan niet worden bezorgd bij de volgende geadresseerden[^\\n@]{0,40}',
    'Falha na entrega a estes destinat[^\\n@]{0,60}',
    '(?:次|以下|下記)の\\s?[^\\n@]{0,12}?(?:宛先|あて先|受信者|送信先|メールアドレス|アドレス)[^\\n@]{0,60}',
  ].join('|'),
  'gi',
);

/** Headings that close a recipients block: the admin diagnostics follow. */
export const DIAGNOSTICS_HEADING =
  /Diagnostic information for administrators|管理者(?:向け|用)?の?診断情報|Informations de diagnostic|Informazioni di diagnostica|Diagnostische gegevens|stico para administradores|Generating server|生成サーバー|Transcript of session follows/i;

// ---------------------------------------------------------------------------------------------
// Contexts, tested on the slice before an address (up to its line, at most 120 characters) or
// after it.

/** The address is the first thing on its line, after bullets or an opening bracket. */
export const LINE_START = /(?:^|\n)[ \t]{0,12}(?:[-*>•・]{1,3}[ \t]{0,2}|\d{1,3}[.)][ \t])?["'(]?<?$/;

/** A label that says "this address failed". */
export const FAILED_LABEL = new RegExp(
  '(?:' +
    [
      'Final-Recipient\\s?:\\s?(?:rfc822\\s?;)?',
      '(?:^|[\\s(])Recipient(?:\\s+address)?\\s?:',
      'Addressed\\s+To\\s?:',
      'RCPT\\s+TO\\s?:',
      "(?:could\\s?n[o']t|cannot|can't|unable\\s+to|was\\s?n[o']t|was\\s+not|not)\\s+(?:be\\s+)?(?:deliver(?:ed)?|sent|send|reach(?:ed)?)(?:\\s+(?:your\\s+)?(?:message|mail|e-?mail))?\\s+to",
      'problem\\s+delivering\\s+your\\s+message\\s+to',
      'undeliverable\\s+to',
      'error\\s+(?:delivering|sending)\\s+your\\s+(?:mail|message)\\s+to',
      'message\\s+you\\s+sent\\s+to',
      'failed\\s+permanently\\s?:',
      'permanent\\s+errors\\s?:',
      'generated\\s+by',
      'Recipient\\s+Address\\s?:',
      '(?:宛先|あて先|受信者|送信先)\\s?[:：]',
    ].join('|') +
    ')\\s?[:：]?\\s{0,4}(?:[-*>]{1,3}\\s?)?["\'<]?$',
  'i',
);

/**
 * "Your message to: a@b.c was blocked", "The following message to <a@b.c> was undeliverable". Case
 * matters: Exchange 2003's "Your message\n  To: list@…" is the original To header, and collapsed
 * to one line it would read the same.
 */
export const MESSAGE_TO_LABEL = /(?:[Yy]our|[Tt]he following) message to\s?:?\s{0,4}["'<]?$/;

/** The address the message was sent to before aliasing or forwarding: not the one that failed. */
export const PRE_FORWARDING = /(?:expanded\s+from|generated\s+from|X-Original-To\s?:)\s?:?\s{0,3}<?$/i;

/** DSN fields that name the address before aliasing: used only when nothing else names one. */
export const ORIGINAL_RECIPIENT = /(?:Original-Recipient|X-Actual-Recipient|Original\s+address)\s?:\s?(?:rfc822\s?;)?\s?<?$/i;

/** Labels and words that make an address the sender's (or a message id), never a recipient. */
export const SENDER_BEFORE = new RegExp(
  [
    '(?:^|[\\s>(])(?<!(?:expanded|generated)\\s)(?:From|Sender|Sender Address|Reply-To|Return-Path|Envelope-From|X-Postfix-Sender|Original Sender|Message-ID|In-Reply-To|References|差出人|送信者)\\s?:[^\\n@:]{0,60}$',
    'MAIL\\s+FROM\\s?:\\s?<?$',
    'envelope-from\\s?[<=]?$',
    '\\bfrom\\s<$', // "Too many hops … from <sender> via …"
    '\\bmail\\s+from\\s{1,8}<?$', // "554 Mail from sender@… rejected"
    "sender(?:'s)?\\s+(?:address\\s+)?<?$", // "Domain of sender address sender@… does not exist"
    'message\\s+(?:from|sent\\s+by)\\s{0,4}<?$',
    '(?:^|\\n)\\s{0,4}(?:Hello|Hi|Dear)\\s$',
  ].join('|'),
  'i',
);

/** The address is named as someone to contact, or sits inside a link or a path. */
export const CONTACT_BEFORE = /(?:contact|send\s+(?:e-?)?mail\s+to|write\s+to|mailto:|お問い?合わ?せ)[^\n@]{0,40}$|[/=?&]$/i;
export const CONTACT_AFTER = /^>?\s?(?:へ|まで)(?:ご連絡|お問い?合わ?せ)/;

/** What follows a failed address in Exchange and other lists. */
export const FAILED_AFTER = new RegExp(
  [
    // Exchange diagnostics: the address, maybe the remote host on its own line, then the reply.
    '^\\s{0,3}\\n(?:[^\\n@]{1,100}\\n)?\\s{0,8}(?:Remote\\s+Server|Server\\s+at|#\\s?[245]\\d\\d\\b|[^\\s#]{1,100}\\s#\\s?<|リモート\\s?サーバー)',
    // The same, collapsed on one line.
    '^\\s{1,3}(?:[^\\s@]{1,100}\\s{1,3})?Remote\\s+Server\\s+(?:at\\s|returned)',
    // Older Exchange: "a@b.c on Mon, 2 Jun 2025 10:11:30 +0900" (also when collapsed to one line).
    '^\\s{1,3}on\\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\\s|\\d{1,4}[/.-]\\d)',
    // Sendmail "<addr> (reason: …)", "<addr>... User unknown" on one line.
    '^>?\\s{0,3}\\((?:reason|expanded)',
    // Japanese: "addr へのメッセージを配信できませんでした", "(addr) は … 見つかりません".
    '^>?\\)?\\s?(?:さん)?\\s?(?:へ|に|宛て?)の?[^\\n@]{0,12}?(?:配信|送信|お届け)(?:でき|され|に失敗)',
    '^>?\\)\\s?は[^\\n@]{0,40}?(?:見つかりません|存在しません|ありません)',
  ].join('|'),
  'i',
);

/** Inside a server's reply: an SMTP code, "said:", "(reason:", a transcript line. Tested on the line before the address. */
export const REPLY_BEFORE =
  /\b[245]\d\d[\s-]|\b[245]\.\d{1,3}\.\d{1,3}\b|said\s?:|reason\s?:|<<<|returned\s|error\s?:|Diagnostic-Code\s?:|gave this error/i;

/** A reply that quotes the sender's address: "<sender>… Domain of sender address …". */
export const SENDER_AFTER = /^>?[.: \t]{0,4}(?:Domain of sender|Sender address|sender (?:address )?(?:rejected|denied|is not)|From:)/i;

/** Words of failure, in any wording: the last-resort rule takes addresses after one of these. */
export const FAILURE_WORD =
  /undeliver|not\s+(?:able\s+to\s+)?(?:be\s+)?delivered|could\s?n[o']t\s+(?:be\s+)?(?:deliver|sent|reach)|unable\s+to\s+(?:deliver|send|reach)|fail(?:ed|ure)|reject|bounced|unknown\s+(?:user|recipient)|user\s+unknown|no\s+such\s+(?:user|recipient|address)|does\s?n[o']t\s+exist|mailbox\s+(?:is\s+)?full|exceed|invalid|届きません|お届けでき|配信でき|送信でき|送信に失敗|配信に失敗|エラー|見つかりません|拒否/i;

/**
 * A report that names a group or list only by its name, "(libnyaa)" or 「libnyaa」 (Google Groups
 * does, in the sender's language): the address is then the returned message's recipient with that
 * local part.
 */
export const BARE_NAME = /[(「]([A-Za-z0-9._+-]{1,64})[)」]/g;
