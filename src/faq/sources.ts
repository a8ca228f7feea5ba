import { LINKS } from './links';

/**
 * Where the help's facts come from, as data. Used by the FAQ entries (their `sources`), by
 * src/panels/message-sources.ts, and by tests/unit/faq-sources.test.ts, which holds every link and
 * every source to OFFICIAL_HOSTS over https.
 */

/** Hosts whose pages may be linked or cited: the university's, Microsoft's, Mozilla's, Google's, the carriers', the RFC Editor's. */
export const OFFICIAL_HOSTS: readonly string[] = [
  'www.cmc.osaka-u.ac.jp',
  'oumail-support.ecs.cmc.osaka-u.ac.jp',
  'learn.microsoft.com',
  'support.microsoft.com',
  'mysignins.microsoft.com',
  'mail.office365.com',
  'outlook.office.com',
  'support.mozilla.org',
  'support.google.com',
  'www.nttdocomo.co.jp',
  'au.com',
  'cdn.softbank.jp',
  'www.rfc-editor.org',
];

/** Every page the help rests on, linked or not. */
export const PAGES = {
  /** The seed: the university's OUMail FAQ (undated; it speaks of 1 October 2022 as still to come). */
  seedFaq: LINKS.supportFaqJa,
  /** The university's help center, Q1 (the OUMail help center's article; address in LINKS). */
  helpCenterQ1: LINKS.helpCenterSignIn,
  /** The university's notes on OUMail's multi-factor authentication (the university's page; address in LINKS). */
  mfaNotice: LINKS.mfaNotice,
  msBasicAuth: LINKS.msBasicAuth,
  msWindowsMail: LINKS.msWindowsMail,
  msForwarding: LINKS.msForwarding,
  /** Microsoft Learn, account recovery: ends on the Security info page, "where you can register a new authentication method". */
  msSecurityInfo: 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-account-recovery-for-users',
  /** Microsoft Learn: external forwarding and 5.7.520; forwarding between internal users is not affected. */
  msExternalForwarding: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding',
  /** Microsoft Learn: NDRs in Exchange Online, the table of status codes. */
  msNdr:
    'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
  mozillaThunderbird: LINKS.mozillaThunderbirdMicrosoft,
  gmailPopChanges: LINKS.gmailPopChanges,
  docomoSpoofing: LINKS.docomoSpoofing,
  /** NTT docomo's news release of 2008-01-21: 宛先指定受信 takes a mailing list's or forwarding source's address. */
  docomoDestination: 'https://www.nttdocomo.co.jp/info/news_release/page/080121_01.html',
  /** au's online manual (迷惑メールフィルターを設定する): the recommended setting rejects spoofed and auto-forwarded mail. */
  auFilter: 'https://au.com/online-manual/kyv44/kyv44_01/s06_f06.html',
  softbankRescue: LINKS.softbankRescue,
  /** RFC 3463, enhanced mail system status codes (X.2.x mailbox status, X.2.2 mailbox full, X.4.7 expired). */
  rfc3463: 'https://www.rfc-editor.org/rfc/rfc3463',
} as const;

/** What confirms each linked address. */
export const LINK_CONFIRMED_BY: Record<keyof typeof LINKS, { url: string; supports: string }> = {
  supportFaqJa: { url: PAGES.seedFaq, supports: "the seed page itself: the university's OUMail FAQ at this address" },
  helpCenterSignIn: { url: PAGES.helpCenterQ1, supports: "the help center's article itself, Q1 at this address" },
  mfaNotice: { url: PAGES.mfaNotice, supports: "the university's notes page itself, at this address" },
  office365Mail: { url: PAGES.helpCenterQ1, supports: 'the help center tells students to open https://mail.office365.com' },
  outlookForwarding: {
    url: PAGES.msForwarding,
    supports:
      "Settings › Mail › Forwarding in Outlook on the web; the route is the one Outlook's own pages use (docs/sites/outlook.md, Routes)",
  },
  outlookRules: {
    url: PAGES.msForwarding,
    supports: "Outlook on the web's rules settings; the route as Outlook's own pages use it (docs/sites/outlook.md, Routes)",
  },
  securityInfo: { url: PAGES.msSecurityInfo, supports: 'Microsoft Learn links this address as the Security info page' },
  msForwarding: { url: PAGES.msForwarding, supports: "linked from Microsoft's own documentation (MicrosoftDocs) with this address" },
  msWindowsMail: { url: PAGES.msWindowsMail, supports: 'the support article that announced the end of Windows Mail' },
  msBasicAuth: { url: PAGES.msBasicAuth, supports: 'the Microsoft Learn article (source in MicrosoftDocs/OfficeDocs-Exchange)' },
  mozillaThunderbirdMicrosoft: { url: PAGES.mozillaThunderbird, supports: "Mozilla's support article, read as stored" },
  gmailPopChanges: {
    url: PAGES.gmailPopChanges,
    supports: 'the Gmail Help article "Learn about upcoming changes to Gmailify & POP in Gmail"',
  },
  docomoSpoofing: { url: PAGES.docomoSpoofing, supports: "NTT docomo's page on its spam settings, read as stored" },
  softbankRescue: { url: PAGES.softbankRescue, supports: "SoftBank's page on 救済リスト, read as stored" },
};
