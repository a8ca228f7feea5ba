import { HELP_DESK, LINKS } from './links';
import { PAGES } from './sources';
import type { FaqEntry } from './types';

// One constant per entry, so a bundle that needs only a few (the content script) carries only those.
// The same items, facts and sources as entries.ja.ts; what the university's page says is given as of 2022.

export const signinEmail: FaqEntry = {
  id: 'signin-email',
  section: '1-1',
  title: 'Sign-in never gets to the password screen',
  body: [
    "If you can't get to the password screen, the e-mail address you typed is wrong. Please check these points:",
    {
      list: [
        'Your OUMail address (your account) is your Osaka University personal ID followed by @ecs.osaka-u.ac.jp. Type the part after @ in full.',
        'A message like "This username may be incorrect": the part before @ (your personal ID) is wrong, or, after graduation or completion, your address has become an alumni address (…@alumni.osaka-u.ac.jp).',
        'A message like "This system does not have …": the part after @ is wrong.',
        'A message like "This Microsoft account does not exist": open https://mail.office365.com in another browser, or clear your usual browser\'s cache and cookies, and try again.',
      ],
    },
    { note: 'OUMail is a service for students. Apart from some cases, faculty and staff have no OUMail address.' },
  ],
  keywords: [
    "can't sign in",
    'cannot log in',
    'login',
    'log in',
    'sign in',
    'username',
    'user name',
    'account',
    'wrong address',
    'personal ID',
    'does not exist',
    'alumni',
    'graduated',
    'email address',
  ],
  links: [
    { text: 'OUMail help center: "Q1. I can\'t sign in to OUMail"', href: LINKS.helpCenterSignIn },
    { text: 'Microsoft 365 sign-in (mail.office365.com)', href: LINKS.office365Mail },
  ],
  related: ['signin-password', 'signin-mfa'],
  sources: [
    { url: PAGES.seedFaq, supports: 'item 1-1: the address is wrong; check the points', claims: ['the e-mail address you typed is wrong'] },
    {
      url: PAGES.helpCenterQ1,
      supports: 'the address, the three messages and what each means, alumni addresses, faculty and staff',
      claims: [
        '@ecs.osaka-u.ac.jp',
        '…@alumni.osaka-u.ac.jp',
        'https://mail.office365.com',
        '"Q1. I can\'t sign in to OUMail"',
        'Microsoft 365 sign-in (mail.office365.com)',
      ],
    },
  ],
};

export const signinPassword: FaqEntry = {
  id: 'signin-password',
  section: '1-2',
  title: 'Sign-in says my password is wrong',
  body: [
    'Your OUMail password is the password of the university-wide IT authentication system, the same one you use for My Handai, KOAN, CLE and the others.',
    {
      list: [
        'Just changed it? The new password takes nearly an hour to reach OUMail. Please wait a while and try again.',
        "Try another browser (Chrome, Firefox, Safari…). If sign-in works there, clear your usual browser's cache and cookies.",
        'If you don\'t know the password at all, see "I don\'t know my password, or I want to change it".',
      ],
    },
  ],
  keywords: [
    'password',
    'wrong password',
    'incorrect password',
    'password not working',
    "can't sign in",
    'login',
    'cache',
    'cookies',
    'browser',
    'changed password',
    'one hour',
  ],
  links: [{ text: 'OUMail help center: "Q1. I can\'t sign in to OUMail"', href: LINKS.helpCenterSignIn }],
  related: ['password', 'signin-email'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 2: the password is the IT authentication system one; a change takes nearly an hour',
      claims: ['nearly an hour'],
    },
    {
      url: PAGES.helpCenterQ1,
      supports: 'wrong password: wait after a change, try another browser, clear cache and cookies',
      claims: ['"Q1. I can\'t sign in to OUMail"'],
    },
  ],
};

export const signinMfa: FaqEntry = {
  id: 'signin-mfa',
  section: '1-3',
  title: 'Multi-factor authentication fails (after a new phone number or a new phone)',
  body: [
    "If the multi-factor check goes to an old number or your previous phone (you studied abroad, came back to Japan, or changed your device) and you can't change the setting yourself, request a reset of your multi-factor authentication.",
    'How to apply is explained in the OUMail help center, "Q1. I can\'t sign in to OUMail".',
    {
      note: 'While you can still sign in to OUMail, you can change the setting yourself without a reset (see "I want to change my multi-factor authentication").',
    },
  ],
  keywords: [
    'MFA',
    'multi-factor',
    'multifactor',
    '2FA',
    'two-factor',
    'two step',
    'verification',
    'new phone',
    'changed phone',
    'lost phone',
    'phone number changed',
    'study abroad',
    'reset',
    'code not received',
    'no call',
    'authentication failed',
  ],
  links: [{ text: 'OUMail help center: "Q1. I can\'t sign in to OUMail"', href: LINKS.helpCenterSignIn }],
  related: ['mfa-change', 'mfa-methods'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'items 1-3 and 7: request a reset of multi-factor authentication; change it yourself while you can sign in',
      claims: ['request a reset of your multi-factor authentication'],
    },
    {
      url: PAGES.helpCenterQ1,
      supports: 'MFA going to an old number or phone (study abroad, return, new device): request a reset',
      claims: ['"Q1. I can\'t sign in to OUMail"'],
    },
  ],
};

export const password: FaqEntry = {
  id: 'password',
  section: '2',
  title: "I don't know my password, or I want to change it",
  body: [
    'The OUMail password is the password of the university-wide IT authentication system: the same as for My Handai, KOAN, CLE and the others.',
    "If you don't know it or have forgotten it, please ask where the university's OUMail support page (FAQ) tells you to, under \"2. I don't know my password, or I want to change it\".",
    'You can change the password from the same item. Changing it changes the password of every system that uses it, not only OUMail but also My Handai, KOAN, CLE and the others.',
    { note: 'After a change, the new password takes nearly an hour to reach OUMail.' },
  ],
  keywords: [
    'password',
    'forgot password',
    'forgotten',
    'lost password',
    'change password',
    'reset password',
    'new password',
    'IT authentication',
    'My Handai',
    'KOAN',
    'CLE',
  ],
  links: [{ text: "The university's OUMail support page (FAQ, Japanese)", href: LINKS.supportFaqJa }],
  related: ['signin-password', 'contact'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports:
        'item 2: the same password as the IT authentication system; whom to ask and where to change it are linked there; nearly an hour',
      claims: ['"2. I don\'t know my password, or I want to change it"', 'nearly an hour'],
    },
  ],
};

export const inboxMissing: FaqEntry = {
  id: 'inbox-missing',
  section: '3-1',
  title: "Mail doesn't arrive in my OUMail inbox",
  body: [
    'Please sign in to OUMail and check these points:',
    {
      list: [
        'Senders that write often, such as KOAN and CLE, reach your inbox once you make the setting described on the last page of the OUMail manual.',
        'If you forward your mail, is "Keep a copy of forwarded messages" ticked?',
      ],
    },
    {
      note: 'Without that tick, nothing stays in your OUMail inbox, and a message the forwarding address blocks is lost for good. Always keep it ticked.',
    },
  ],
  keywords: [
    'not receiving',
    'no mail',
    'missing mail',
    'missing email',
    'mail disappeared',
    'disappeared',
    'lost mail',
    'lost email',
    'where is my mail',
    'inbox empty',
    'junk',
    'spam folder',
    'keep a copy',
    'KOAN',
    'CLE',
  ],
  links: [{ text: "Open Outlook's forwarding settings", href: LINKS.outlookForwarding }],
  related: ['forward-missing', 'undeliverable'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: "item 3-1 (※1, ※2): the manual's last page for KOAN and CLE; without the tick nothing stays and blocked mail is lost",
      claims: ['last page of the OUMail manual'],
    },
    {
      url: PAGES.msForwarding,
      supports: "the name of the box in Outlook's forwarding settings",
      claims: ['"Keep a copy of forwarded messages"'],
    },
  ],
};

export const forwardMissing: FaqEntry = {
  id: 'forward-missing',
  section: '3-2',
  title: "Mail doesn't arrive at my forwarding address",
  body: [
    'Sign in to OUMail, review your forwarding setting (pages 4–5 of the OUMail manual) and change it if needed.',
    'Mobile carriers (docomo, au, SoftBank and others) judge spam rather strictly, and often block legitimate mail by mistake.',
    "We recommend allowing the sender addresses of KOAN and CLE, which write most often, in your carrier's mail filter settings. Watch for typos when you enter them.",
    {
      list: [
        'docomo: mail that comes through mailing lists or mail forwarding services counts as spoofed ("なりすましメール"). Register the address the mail is forwarded from (your OUMail address) in "宛先指定受信" and it is received even while spoofed mail is refused.',
        'au: the recommended setting ("オススメ設定") of the mail filter refuses spoofed and automatically forwarded mail. If forwarded mail does not arrive, check your au mail filter settings.',
        'SoftBank: while spoofed mail is refused, mail through mailing lists or forwarding services may be judged spoofed. Register the address the mail is forwarded from (your OUMail address) in "救済リスト" (rescue list) and it is no longer judged spoofed.',
      ],
    },
    {
      note: 'Mail can be blocked even after you allow it. Even with forwarding set up, please sign in to OUMail regularly to check your mail, and keep "Keep a copy of forwarded messages" ticked.',
    },
  ],
  keywords: [
    'forward',
    'forwarding',
    'forwarded',
    'not forwarding',
    'redirect',
    'mobile',
    'phone',
    'carrier',
    'docomo',
    'au',
    'ezweb',
    'softbank',
    'ymobile',
    'rakuten',
    'blocked',
    'blocks',
    'spam filter',
    'allow sender',
    'safe sender',
    'spoofed',
    'gmail',
    'keep a copy',
  ],
  links: [
    { text: "Open Outlook's forwarding settings", href: LINKS.outlookForwarding },
    { text: 'docomo: about its spam mail settings (Japanese)', href: LINKS.docomoSpoofing },
    { text: 'SoftBank: setting the 救済リスト (Japanese)', href: LINKS.softbankRescue },
    { text: 'Microsoft Support: turn on automatic forwarding in Outlook', href: LINKS.msForwarding },
  ],
  related: ['inbox-missing', 'undeliverable'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 3-2: check the forwarding setting (manual pp. 4–5); carriers block strictly; allow KOAN and CLE; sign in regularly',
      claims: ['pages 4–5'],
    },
    {
      url: PAGES.docomoSpoofing,
      supports: 'mail through mailing lists and forwarding services counts as spoofed; register it in 宛先指定受信',
      claims: ['docomo: mail that comes through mailing lists or mail forwarding services'],
    },
    {
      url: PAGES.docomoDestination,
      supports: '宛先指定受信 takes the address mail is forwarded from',
      claims: ['(your OUMail address) in "宛先指定受信"'],
    },
    {
      url: PAGES.auFilter,
      supports: 'the recommended setting rejects spoofed and automatically forwarded mail',
      claims: ['refuses spoofed and automatically forwarded mail'],
    },
    {
      url: PAGES.softbankRescue,
      supports: 'mail through mailing lists and forwarding services may be judged spoofed; addresses in 救済リスト are not',
      claims: ['in "救済リスト" (rescue list) and it is no longer judged spoofed'],
    },
    {
      url: PAGES.msForwarding,
      supports: 'the name of the box "Keep a copy of forwarded messages"',
      claims: ['"Keep a copy of forwarded messages"'],
    },
  ],
};

export const undeliverable: FaqEntry = {
  id: 'undeliverable',
  section: '4',
  title: 'Mail I receive shows an error ("Undeliverable:" and the like)',
  body: [
    'If every message you receive has "Undeliverable: " or "配信不能:" added to its subject, your forwarding setting is most likely wrong.',
    {
      list: [
        "Open Outlook's forwarding settings and check that the forwarding address is right. Forwarding to a mistyped address, or to one that has been changed or removed, gives errors like these.",
        'If you forward to a mobile phone address, check that the carrier\'s mail filter is not blocking it (see "Mail doesn\'t arrive at my forwarding address").',
        'With "Keep a copy of forwarded messages" ticked, your mail stays in OUMail even when forwarding fails.',
      ],
    },
  ],
  keywords: [
    'undeliverable',
    'delivery failed',
    'delivery has failed',
    'bounce',
    'bounced',
    'bouncing',
    'returned mail',
    'error',
    'error message',
    'failure notice',
    'mail delivery subsystem',
    'NDR',
    'not delivered',
    'every message',
  ],
  links: [{ text: "Open Outlook's forwarding settings", href: LINKS.outlookForwarding }],
  related: ['forward-missing', 'inbox-missing'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 4: every subject with 配信不能: / Undeliverable: means the forwarding setting is likely wrong',
      claims: ['"Undeliverable: " or "配信不能:"'],
    },
    {
      url: PAGES.msNdr,
      supports: '5.1.1: an address entered incorrectly, or one that was right once but has been changed or removed',
      claims: ['Forwarding to a mistyped address, or to one that has been changed or removed'],
    },
    {
      url: PAGES.msForwarding,
      supports: 'the name of the box "Keep a copy of forwarded messages"',
      claims: ['"Keep a copy of forwarded messages"'],
    },
  ],
};

export const mfaMethods: FaqEntry = {
  id: 'mfa-methods',
  section: '5',
  title: 'Which multi-factor authentication methods can be used, and which is recommended',
  body: [
    "As of 2022, the university's FAQ gives three choices:",
    {
      ordered: true,
      list: [
        'Authentication phone: a phone call (Microsoft calls you)',
        'Authentication phone: a code sent by text message (SMS)',
        'Authenticator app',
      ],
    },
    'The same FAQ calls 1 the easiest: Microsoft calls you and you just press the # key.',
    '3 needs the Microsoft Authenticator app on your smartphone. It suits you if your phone number changes often because you travel between Japan and abroad, or if you worry about the cost of taking calls abroad.',
    {
      note: "As the FAQ said from around 2 April 2022, method 1 sometimes could not be set up, and the university was asking Microsoft about it. If that happens, use 2 or 3. For the current state, see the university's OUMail support page and help center.",
    },
    'You can change the method later (see "I want to change my multi-factor authentication").',
    "The university's notes on OUMail multi-factor authentication say it applies to sign-in from a web browser, the Outlook app that comes with Microsoft Office (2016 or later) and the Windows 10 Mail app. The university recommends reading your mail in a web browser.",
    "Note that Microsoft's support for the Windows Mail app (Mail, Calendar and People) ended on 31 December 2024; since then it can no longer send or receive mail.",
  ],
  keywords: [
    'MFA',
    'multi-factor',
    'multifactor',
    '2FA',
    'two-factor',
    'authentication method',
    'which method',
    'recommended',
    'phone call',
    'SMS',
    'text message',
    'Authenticator',
    'app',
    'abroad',
    'overseas',
    'call charges',
  ],
  links: [
    { text: 'Osaka University: notes on OUMail multi-factor authentication (Japanese)', href: LINKS.mfaNotice },
    { text: 'OUMail help center: "Q1. I can\'t sign in to OUMail"', href: LINKS.helpCenterSignIn },
    { text: 'Microsoft Support: the future of Mail, Calendar and People on Windows 11', href: LINKS.msWindowsMail },
  ],
  related: ['mfa-change', 'mfa-phone-zero'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 5: the three methods, the easiest, when the app helps, the note dated 2 April 2022',
      claims: [
        'As of 2022',
        'calls 1 the easiest',
        '3 needs the Microsoft Authenticator app',
        'from around 2 April 2022, method 1',
        'use 2 or 3',
      ],
    },
    {
      url: PAGES.mfaNotice,
      supports: 'where MFA applies (browser, Office 2016+ Outlook, the Windows 10 Mail app); the university recommends the browser',
      claims: ['Microsoft Office (2016 or later)', 'the Windows 10 Mail app'],
    },
    {
      url: PAGES.helpCenterQ1,
      supports: 'where the university publishes its current sign-in help',
      claims: ['"Q1. I can\'t sign in to OUMail"'],
    },
    {
      url: PAGES.msWindowsMail,
      supports: 'support for Windows Mail, Calendar and People ended on 31 December 2024; after it they no longer send or receive email',
      claims: ['31 December 2024', 'Mail, Calendar and People on Windows 11'],
    },
  ],
};

export const mfaPhoneZero: FaqEntry = {
  id: 'mfa-phone-zero',
  section: '6',
  title: 'The leading 0 of the phone number you register for multi-factor authentication',
  body: [
    'Usually it makes no difference whether you include the first 0 or not.',
    'But if the number is a smartphone or other mobile number and you may go abroad, register it without the first 0, starting from the second digit. Then the multi-factor phone calls reach you abroad too.',
  ],
  keywords: ['phone number', 'leading zero', 'first 0', 'zero', 'country code', '+81', '81', 'abroad', 'overseas', 'register'],
  links: [],
  related: ['mfa-methods', 'mfa-change'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 6: the leading 0, and the number from the second digit for phones taken abroad',
      claims: ['leading 0', 'first 0'],
    },
  ],
};

export const mfaChange: FaqEntry = {
  id: 'mfa-change',
  section: '7',
  title: 'I want to change my multi-factor authentication (new number, new phone)',
  body: [
    'If you can still sign in to OUMail, you can change it yourself on Microsoft\'s "Security info" page.',
    'If you have already changed your number or phone and can\'t change the setting yourself, request a reset of your multi-factor authentication. How to apply is explained in the OUMail help center, "Q1. I can\'t sign in to OUMail".',
  ],
  keywords: [
    'MFA',
    'multi-factor',
    'change',
    'update phone',
    'new phone',
    'new number',
    'security info',
    'sign-in method',
    'authenticator',
    'reset',
  ],
  links: [
    { text: 'Microsoft: Security info', href: LINKS.securityInfo },
    { text: 'OUMail help center: "Q1. I can\'t sign in to OUMail"', href: LINKS.helpCenterSignIn },
  ],
  related: ['signin-mfa', 'mfa-methods'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 7: change it yourself while you can sign in; otherwise request a reset',
      claims: ['request a reset of your multi-factor authentication'],
    },
    {
      url: PAGES.msSecurityInfo,
      supports: 'Security info is the page where a user registers sign-in methods',
      claims: ['Microsoft\'s "Security info" page'],
    },
    { url: PAGES.helpCenterQ1, supports: 'how to request the reset', claims: ['"Q1. I can\'t sign in to OUMail"'] },
  ],
};

export const mailClients: FaqEntry = {
  id: 'mail-clients',
  section: '8',
  title: 'I want to read my mail in a mail app (Gmail, Outlook, Thunderbird…)',
  body: [
    "As of 2022, the university's FAQ pointed to setup guides for Gmail (receiving and sending), Outlook and Thunderbird.",
    {
      note: 'The same FAQ explained that mail apps without multi-factor authentication, such as Gmail and Thunderbird, were set up with an app password. Because of a change by Microsoft, app passwords could no longer be used from 1 October 2022, so mail apps that do not support multi-factor authentication (in 2022 the FAQ said "roughly every mail app other than Outlook") cannot send or receive mail.',
    },
    'From 1 October 2022, Microsoft began turning off Basic authentication (signing in with a user name and password) for POP, IMAP and others in Microsoft 365 mail (Exchange Online). Modern authentication (OAuth 2.0) takes its place, and Microsoft says some mail apps, such as Thunderbird, support it.',
    "Mozilla's help says that to use a Microsoft 365 account in Thunderbird, you choose \"OAuth2\" as the authentication method. In some organisations, though, a screen asks for an administrator's approval, or sending (SMTP) does not work. Whether this works with OUMail depends on the university's settings, so please see the university's OUMail support page and help center.",
    'About Gmail: Google has announced that "Check mail from other accounts" in Gmail on a computer (fetching another account\'s mail by POP) ends in 2026. See Gmail Help for details.',
    "Microsoft's support for the Windows Mail app ended on 31 December 2024, and since then it can no longer send or receive mail. The university recommends reading your mail in a web browser.",
  ],
  keywords: [
    'mail app',
    'mail client',
    'email client',
    'Gmail',
    'Outlook',
    'Thunderbird',
    'iPhone',
    'Android',
    'app password',
    'IMAP',
    'POP',
    'SMTP',
    'OAuth',
    'modern authentication',
    'sync',
    'Windows 10',
    'Mail app',
  ],
  links: [
    { text: "The university's OUMail support page (FAQ, Japanese)", href: LINKS.supportFaqJa },
    { text: 'Mozilla: Microsoft OAuth Authentication and Thunderbird', href: LINKS.mozillaThunderbirdMicrosoft },
    { text: 'Microsoft: Deprecation of Basic authentication in Exchange Online', href: LINKS.msBasicAuth },
    { text: 'Gmail Help: upcoming changes to Gmailify and POP in Gmail', href: LINKS.gmailPopChanges },
  ],
  related: ['mfa-methods', 'forward-missing'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports:
        'item 8: the guides for Gmail, Outlook and Thunderbird; app passwords; not usable from 1 October 2022; roughly every app but Outlook',
      claims: [
        'As of 2022',
        'could no longer be used from 1 October 2022',
        '(in 2022 the FAQ said "roughly every mail app other than Outlook")',
      ],
    },
    {
      url: PAGES.msBasicAuth,
      supports:
        'from 1 October 2022 Basic authentication disabled for POP, IMAP and others in Exchange Online; OAuth 2.0 instead; Thunderbird updated for it',
      claims: [
        'From 1 October 2022, Microsoft',
        'Microsoft 365 mail',
        'Modern authentication (OAuth 2.0)',
        'Deprecation of Basic authentication in Exchange Online',
      ],
    },
    {
      url: PAGES.mozillaThunderbird,
      supports: 'choose OAuth2 for Microsoft 365; some organisations show an administrator-approval screen; SMTP sometimes disabled',
      claims: ['a Microsoft 365 account in Thunderbird', '"OAuth2"', 'Microsoft OAuth Authentication and Thunderbird'],
    },
    {
      url: PAGES.gmailPopChanges,
      supports: 'Google announced (30 September 2025) that Gmailify and POP "Check mail from other accounts" end in 2026',
      claims: ['ends in 2026'],
    },
    { url: PAGES.msWindowsMail, supports: 'Windows Mail ended on 31 December 2024', claims: ['31 December 2024'] },
    {
      url: PAGES.mfaNotice,
      supports: 'the university recommends a web browser',
      claims: ['The university recommends reading your mail in a web browser'],
    },
  ],
};

export const otherServices: FaqEntry = {
  id: 'other-services',
  section: '9',
  title: 'I want to use services other than mail (OneDrive…)',
  body: [
    'For OneDrive and the other services besides mail, please see the page linked from the university\'s OUMail support page (FAQ), under "9. I want to use services other than mail (OneDrive etc.)".',
  ],
  keywords: ['OneDrive', 'Teams', 'Word', 'Excel', 'Office', 'Microsoft 365', 'cloud', 'storage', 'other services'],
  links: [{ text: "The university's OUMail support page (FAQ, Japanese)", href: LINKS.supportFaqJa }],
  related: ['contact'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 9 links the page on services other than mail',
      claims: ['"9. I want to use services other than mail (OneDrive etc.)"'],
    },
  ],
};

export const contact: FaqEntry = {
  id: 'contact',
  section: '',
  title: 'Still stuck? Contact the help desk',
  body: [
    "If this does not solve it, please first read the page named at the end of the university's OUMail support page (FAQ). If you are still stuck, contact:",
    {
      list: [`E-mail: ${HELP_DESK.email}`, `Phone: ${HELP_DESK.phones.join(', ')} (weekdays 8:50–17:00)`],
    },
  ],
  keywords: ['contact', 'help desk', 'helpdesk', 'support', 'phone', 'call', 'email us', 'ask', 'help', 'still stuck'],
  links: [
    { text: `E-mail the help desk (${HELP_DESK.email})`, href: `mailto:${HELP_DESK.email}` },
    { text: "The university's OUMail support page (FAQ, Japanese)", href: LINKS.supportFaqJa },
  ],
  related: ['password'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'the end of the page: a page to read first, then the e-mail address and phone numbers with the hours',
      claims: [HELP_DESK.email, HELP_DESK.phones.join(', '), 'weekdays 8:50–17:00'],
    },
  ],
};

/**
 * The OUMail FAQ in English: the same items, facts, ids and sources as entries.ja.ts, written for
 * international students who read Outlook in English.
 */
export const FAQ_EN: FaqEntry[] = [
  signinEmail,
  signinPassword,
  signinMfa,
  password,
  inboxMissing,
  forwardMissing,
  undeliverable,
  mfaMethods,
  mfaPhoneZero,
  mfaChange,
  mailClients,
  otherServices,
  contact,
];
