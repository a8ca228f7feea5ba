/**
 * Every address the FAQ links to. Each one was checked against a source (see the comments);
 * where the university's page says "here" without an address, the FAQ says what to look for instead.
 */
export const LINKS = {
  /** The university's OUMail FAQ page, the seed of this FAQ. */
  supportFaqJa: 'https://www.cmc.osaka-u.ac.jp/edu/oumail/ja-jp/faq.html',
  /** OUMail help center, "Q1. I can't sign in to OUMail". */
  helpCenterSignIn:
    'https://oumail-support.ecs.cmc.osaka-u.ac.jp/hc/en-us/articles/24413516282900-Q1-I-can-t-sign-in-to-OUMail',
  /** The university's notes on multi-factor authentication for OUMail. */
  mfaNotice: 'https://www.cmc.osaka-u.ac.jp/edu/oumail/ja-jp/o365mf5notice.html',
  /** Microsoft 365 sign-in, suggested by the help center when "This Microsoft account does not exist". */
  office365Mail: 'https://mail.office365.com',
  /** Outlook on the web's own settings pages (routes of the Outlook web app). */
  outlookForwarding: 'https://outlook.office.com/mail/options/mail/forwarding',
  outlookRules: 'https://outlook.office.com/mail/options/mail/rules',
  outlookJunk: 'https://outlook.office.com/mail/options/mail/junkEmail',
  /** Microsoft's "Security info" page, where users change their own sign-in methods (linked from Microsoft's own docs). */
  securityInfo: 'https://mysignins.microsoft.com/security-info',
  /** Microsoft Support: turn on automatic forwarding in Outlook. */
  msForwardingEn:
    'https://support.microsoft.com/en-us/office/turn-on-automatic-forwarding-in-outlook-7f2670a1-7fff-4475-8a3c-5822d63b0c8e',
  msForwardingJa:
    'https://support.office.com/ja-jp/article/outlook-on-the-web-%E3%81%A7%E8%87%AA%E5%8B%95%E8%BB%A2%E9%80%81%E3%82%92%E6%9C%89%E5%8A%B9%E3%81%AB%E3%81%99%E3%82%8B-7f2670a1-7fff-4475-8a3c-5822d63b0c8e',
} as const;

export const HELP_DESK = {
  email: 'info@ecs.osaka-u.ac.jp',
  phones: ['06-6850-6801', '06-6850-6806'],
} as const;
