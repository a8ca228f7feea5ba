/**
 * Every address the FAQ links to. What confirms each one is data in ./sources.ts (LINK_CONFIRMED_BY);
 * where the university's page says "here" without an address, the FAQ says what to look for instead.
 */
export const LINKS = {
  /** The university's OUMail FAQ page, the seed of this FAQ. */
  supportFaqJa: 'https://www.cmc.osaka-u.ac.jp/edu/oumail/ja-jp/faq.html',
  /** OUMail help center, "Q1. I can't sign in to OUMail". */
  helpCenterSignIn: 'https://oumail-support.ecs.cmc.osaka-u.ac.jp/hc/en-us/articles/24413516282900-Q1-I-can-t-sign-in-to-OUMail',
  /** The university's notes on multi-factor authentication for OUMail. */
  mfaNotice: 'https://www.cmc.osaka-u.ac.jp/edu/oumail/ja-jp/o365mf5notice.html',
  /** Microsoft 365 sign-in, suggested by the help center when "This Microsoft account does not exist". */
  office365Mail: 'https://mail.office365.com',
  /** Outlook on the web's own settings pages (routes of the Outlook web app). */
  outlookForwarding: 'https://outlook.office.com/mail/options/mail/forwarding',
  outlookRules: 'https://outlook.office.com/mail/options/mail/rules',
  /** Microsoft's "Security info" page, where users change their own sign-in methods. */
  securityInfo: 'https://mysignins.microsoft.com/security-info',
  /** Microsoft Support: turn on automatic forwarding in Outlook (English; the only form we could confirm). */
  msForwarding: 'https://support.microsoft.com/en-us/office/turn-on-automatic-forwarding-in-outlook-7f2670a1-7fff-4475-8a3c-5822d63b0c8e',
  /** Microsoft Support: the end of Windows Mail, Calendar and People on 31 December 2024. */
  msWindowsMail:
    'https://support.microsoft.com/en-us/office/outlook-for-windows-the-future-of-mail-calendar-and-people-on-windows-11-715fc27c-e0f4-4652-9174-47faa751b199',
  /** Microsoft Learn: Basic authentication turned off in Exchange Online from 1 October 2022. */
  msBasicAuth:
    'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online',
  /** Mozilla's Thunderbird help on Microsoft-hosted (Microsoft 365) accounts and OAuth. */
  mozillaThunderbirdMicrosoft: 'https://support.mozilla.org/en-US/kb/microsoft-oauth-authentication-and-thunderbird-202',
  /** Gmail Help: the changes to Gmailify and POP ("Check mail from other accounts"). */
  gmailPopChanges: 'https://support.google.com/mail/answer/16604719',
  /** NTT docomo: forwarded mail counts as spoofed; 宛先指定受信 receives it. */
  docomoSpoofing: 'https://www.nttdocomo.co.jp/info/spam_mail/measure/domain/about/index.html',
  /** SoftBank: the 救済リスト for mail through mailing lists and forwarding services. */
  softbankRescue: 'https://cdn.softbank.jp/mobile/support/mail/antispam/email-i/antispoof-rescue/',
} as const;

export const HELP_DESK = {
  email: 'info@ecs.osaka-u.ac.jp',
  phones: ['06-6850-6801', '06-6850-6806'],
} as const;
