import { HELP_DESK, LINKS } from './links';
import type { FaqEntry } from './types';

// One constant per entry, so a bundle that needs only a few (the content script) carries only those.

export const signinEmail: FaqEntry = {
  id: 'signin-email',
  section: '1-1',
  title: "Sign-in never gets to the password screen",
  body: [
    "If you can't get to the password screen, the e-mail address (your account) you typed is wrong. Check these points:",
    {
      list: [
        'Your OUMail address is your Osaka University personal ID followed by @ecs.osaka-u.ac.jp. Type the part after @ in full.',
        'A message like "This username may be incorrect": the part before @ (your personal ID) is wrong, or your address has become an alumni address (…@alumni.osaka-u.ac.jp).',
        'A message like "This system does not have …": the part after @ is wrong.',
        'A message like "This Microsoft account does not exist": open https://mail.office365.com in another browser, or clear your usual browser\'s cache and cookies and try again.',
      ],
    },
    { note: 'OUMail is a service for students. Apart from some cases, faculty and staff have no OUMail address.' },
  ],
  keywords: [
    "can't sign in", 'cannot log in', 'login', 'log in', 'sign in', 'username', 'user name', 'account',
    'wrong address', 'personal ID', 'does not exist', 'alumni', 'graduated', 'email address',
  ],
  links: [
    { text: 'OUMail help center: "Q1. I can\'t sign in to OUMail"', href: LINKS.helpCenterSignIn },
    { text: 'Microsoft 365 sign-in (mail.office365.com)', href: LINKS.office365Mail },
  ],
  related: ['signin-password', 'signin-mfa'],
};

export const signinPassword: FaqEntry = {
  id: 'signin-password',
  section: '1-2',
  title: 'Sign-in says my password is wrong',
  body: [
    'Your OUMail password is the password of the university-wide IT authentication system, the same one you use for My Handai, KOAN, CLE and the others.',
    {
      list: [
        'Just changed it? The new password can take up to an hour to reach OUMail. Wait a while and try again.',
        "Try another browser (Chrome, Firefox, Safari…). If sign-in works there, clear your usual browser's cache and cookies.",
        'If you don\'t know the password at all, see "I don\'t know my password, or I want to change it".',
      ],
    },
  ],
  keywords: [
    'password', 'wrong password', 'incorrect password', 'password not working', "can't sign in", 'login', 'cache',
    'cookies', 'browser', 'changed password', 'one hour',
  ],
  links: [{ text: 'OUMail help center: "Q1. I can\'t sign in to OUMail"', href: LINKS.helpCenterSignIn }],
  related: ['password', 'signin-email'],
};

export const signinMfa: FaqEntry = {
  id: 'signin-mfa',
  section: '1-3',
  title: "Multi-factor authentication fails (after a new phone number or a new phone)",
  body: [
    "If the multi-factor check goes to an old number or your previous phone (you studied abroad, came back to Japan, or changed your device), you can't fix the setting yourself.",
    'Ask the university to reset your multi-factor authentication. How to apply is explained on the OUMail support page, under the request for a multi-factor authentication reset.',
    { note: 'While you can still sign in to OUMail, you can change the setting yourself without a reset (see "I want to change my multi-factor authentication").' },
  ],
  keywords: [
    'MFA', 'multi-factor', 'multifactor', '2FA', 'two-factor', 'two step', 'verification', 'new phone',
    'changed phone', 'lost phone', 'phone number changed', 'study abroad', 'reset', 'code not received',
    'no call', 'authentication failed',
  ],
  links: [
    { text: 'OUMail support page (FAQ, Japanese)', href: LINKS.supportFaqJa },
    { text: 'OUMail help center: "Q1. I can\'t sign in to OUMail"', href: LINKS.helpCenterSignIn },
  ],
  related: ['mfa-change', 'mfa-methods'],
};

export const password: FaqEntry = {
  id: 'password',
  section: '2',
  title: "I don't know my password, or I want to change it",
  body: [
    'The OUMail password is the password of the university-wide IT authentication system: the same as for My Handai, KOAN, CLE and the others.',
    "If you don't know it or have forgotten it, contact the help desk named on the OUMail support page.",
    'You can change it on the IT authentication system\'s password change page. Changing it changes the password of every system that uses it, not only OUMail but also My Handai, KOAN, CLE and the others.',
    { note: 'After a change, the new password takes nearly an hour to reach OUMail.' },
  ],
  keywords: [
    'password', 'forgot password', 'forgotten', 'lost password', 'change password', 'reset password', 'new password',
    'IT authentication', 'My Handai', 'KOAN', 'CLE',
  ],
  links: [{ text: 'OUMail support page (FAQ, Japanese)', href: LINKS.supportFaqJa }],
  related: ['signin-password', 'contact'],
};

export const inboxMissing: FaqEntry = {
  id: 'inbox-missing',
  section: '3-1',
  title: "Mail doesn't arrive in my OUMail inbox",
  body: [
    'Sign in to OUMail and check these points:',
    {
      list: [
        'Is it in the Junk Email folder?',
        'Senders that write often, such as KOAN and CLE, reach your inbox once you make the setting described on the last page of the OUMail manual.',
        'If you forward your mail, is "Keep a copy of forwarded messages" ticked?',
      ],
    },
    {
      note: 'Without that tick, nothing stays in your OUMail inbox, and a message the forwarding address blocks is lost for good. Always keep it ticked.',
    },
  ],
  keywords: [
    'not receiving', 'no mail', 'missing mail', 'missing email', 'mail disappeared', 'disappeared', 'lost mail',
    'lost email', 'where is my mail', 'inbox empty', 'junk', 'spam folder', 'keep a copy', 'KOAN', 'CLE',
  ],
  links: [
    { text: "Open Outlook's forwarding settings", href: LINKS.outlookForwarding },
    { text: "Open Outlook's junk email settings", href: LINKS.outlookJunk },
  ],
  related: ['forward-missing', 'undeliverable'],
};

export const forwardMissing: FaqEntry = {
  id: 'forward-missing',
  section: '3-2',
  title: "Mail doesn't arrive at my forwarding address",
  body: [
    'Sign in to OUMail, review your forwarding setting (pages 4–5 of the OUMail manual) and correct it if needed. Check the forwarding address for typos too.',
    'Mobile carriers (docomo, au, SoftBank and others) judge spam rather strictly, and often block legitimate mail by mistake.',
    "We recommend allowing the sender addresses of KOAN and CLE, which write most often, in your carrier's mail filter settings. Watch for typos when you enter them.",
    {
      note: 'Mail can be blocked even after you allow it. Even with forwarding set up, sign in to OUMail now and then to check your mail, and keep "Keep a copy of forwarded messages" ticked.',
    },
  ],
  keywords: [
    'forward', 'forwarding', 'forwarded', 'not forwarding', 'redirect', 'mobile', 'phone', 'carrier', 'docomo',
    'au', 'ezweb', 'softbank', 'ymobile', 'rakuten', 'blocked', 'blocks', 'spam filter', 'allow sender',
    'safe sender', 'gmail', 'keep a copy',
  ],
  links: [
    { text: "Open Outlook's forwarding settings", href: LINKS.outlookForwarding },
    { text: 'Microsoft Support: turn on automatic forwarding in Outlook', href: LINKS.msForwardingEn },
  ],
  related: ['inbox-missing', 'undeliverable'],
};

export const undeliverable: FaqEntry = {
  id: 'undeliverable',
  section: '4',
  title: 'Messages come back with an error ("Undeliverable:" and the like)',
  body: [
    'If every message comes back with "Undeliverable: " or "配信不能:" added to its subject, your forwarding setting is most likely wrong.',
    {
      list: [
        "Open Outlook's forwarding settings and check the forwarding address for typos.",
        'If you forward to a mobile phone address, check that the carrier\'s mail filter is not blocking it (see "Mail doesn\'t arrive at my forwarding address").',
        'With "Keep a copy of forwarded messages" ticked, your mail stays in OUMail even when forwarding fails.',
      ],
    },
  ],
  keywords: [
    'undeliverable', 'delivery failed', 'delivery has failed', 'bounce', 'bounced', 'bouncing', 'returned mail',
    'error', 'error message', 'failure notice', 'mail delivery subsystem', 'NDR', 'not delivered', 'every message',
  ],
  links: [{ text: "Open Outlook's forwarding settings", href: LINKS.outlookForwarding }],
  related: ['forward-missing', 'inbox-missing'],
};

export const mfaMethods: FaqEntry = {
  id: 'mfa-methods',
  section: '5',
  title: 'Which multi-factor authentication methods can I use, and which is best?',
  body: [
    'There are three choices:',
    {
      ordered: true,
      list: [
        'Authentication phone (a phone call)',
        'Authentication phone (a code sent by text message, SMS)',
        'Authenticator app',
      ],
    },
    'The easiest is 1: Microsoft calls you and you just press the # key.',
    '3 needs the Microsoft Authenticator app on your smartphone. It suits you if your phone number changes often because you travel between Japan and abroad, or if you worry about the cost of taking calls abroad.',
    { note: 'Since around 2 April 2022, method 1 sometimes cannot be set up (the university is asking Microsoft). If so, use 2 or 3. You can change the method later.' },
    'Multi-factor authentication applies to sign-in from a web browser, the Outlook app that comes with Microsoft Office (2016 or later) and the Windows 10 Mail app. The university recommends reading your mail in a web browser.',
  ],
  keywords: [
    'MFA', 'multi-factor', 'multifactor', '2FA', 'two-factor', 'authentication method', 'which method', 'recommended',
    'phone call', 'SMS', 'text message', 'Authenticator', 'app', 'abroad', 'overseas', 'call charges',
  ],
  links: [{ text: 'Osaka University: notes on OUMail multi-factor authentication (Japanese)', href: LINKS.mfaNotice }],
  related: ['mfa-change', 'mfa-phone-zero'],
};

export const mfaPhoneZero: FaqEntry = {
  id: 'mfa-phone-zero',
  section: '6',
  title: 'Do I include the leading 0 when I register my phone number?',
  body: [
    'Usually it makes no difference whether you include the first 0 or not.',
    'But if the number is a smartphone or other mobile number and you may go abroad, register it without the first 0, starting from the second digit. Then the multi-factor phone calls reach you abroad too.',
  ],
  keywords: [
    'phone number', 'leading zero', 'first 0', 'zero', 'country code', '+81', '81', 'abroad', 'overseas', 'register',
  ],
  links: [],
  related: ['mfa-methods', 'mfa-change'],
};

export const mfaChange: FaqEntry = {
  id: 'mfa-change',
  section: '7',
  title: 'I want to change my multi-factor authentication (new number, new phone)',
  body: [
    'If you can still sign in to OUMail, change it yourself on Microsoft\'s "Security info" page.',
    "If you have already changed your number or phone and can't change the setting yourself, ask the university to reset your multi-factor authentication (the OUMail support page explains how).",
  ],
  keywords: [
    'MFA', 'multi-factor', 'change', 'update phone', 'new phone', 'new number', 'security info', 'sign-in method',
    'authenticator', 'reset',
  ],
  links: [
    { text: 'Microsoft: Security info', href: LINKS.securityInfo },
    { text: 'OUMail support page (FAQ, Japanese)', href: LINKS.supportFaqJa },
  ],
  related: ['signin-mfa', 'mfa-methods'],
};

export const mailClients: FaqEntry = {
  id: 'mail-clients',
  section: '8',
  title: 'I want to read my mail in a mail app (Gmail, Outlook, Thunderbird…)',
  body: [
    "Set it up following the guides for Gmail (receiving and sending), Outlook and Thunderbird linked from the OUMail support page.",
    'Mail apps without multi-factor authentication, such as Gmail and Thunderbird, used to work with an app password that you created first and typed into the app as its password.',
    {
      note: 'Because of a change by Microsoft, app passwords stopped working on 1 October 2022. Mail apps that do not support multi-factor authentication (roughly, every mail app other than Outlook) can no longer send or receive OUMail.',
    },
    'Multi-factor authentication also applies to the Outlook app that comes with Microsoft Office (2016 or later) and to the Windows 10 Mail app. The university recommends reading your mail in a web browser.',
  ],
  keywords: [
    'mail app', 'mail client', 'email client', 'Gmail', 'Outlook', 'Thunderbird', 'iPhone', 'Android', 'app password',
    'IMAP', 'POP', 'SMTP', 'sync', 'Windows 10', 'Mail app',
  ],
  links: [{ text: 'OUMail support page (FAQ, Japanese)', href: LINKS.supportFaqJa }],
  related: ['mfa-methods', 'forward-missing'],
};

export const otherServices: FaqEntry = {
  id: 'other-services',
  section: '9',
  title: 'I want to use services other than mail (OneDrive…)',
  body: [
    'For OneDrive and the other Microsoft 365 services besides mail, see the section on services other than mail on the OUMail support page.',
  ],
  keywords: [
    'OneDrive', 'Teams', 'Word', 'Excel', 'Office', 'Microsoft 365', 'cloud', 'storage', 'other services',
  ],
  links: [{ text: 'OUMail support page (FAQ, Japanese)', href: LINKS.supportFaqJa }],
  related: ['contact'],
};

export const contact: FaqEntry = {
  id: 'contact',
  section: '',
  title: 'Still stuck? Contact the help desk',
  body: [
    'If this does not solve it, first look at the OUMail support pages (help center). If you are still stuck, contact:',
    {
      list: [
        `E-mail: ${HELP_DESK.email}`,
        `Phone: ${HELP_DESK.phones.join(', ')} (weekdays 8:50–17:00)`,
      ],
    },
  ],
  keywords: [
    'contact', 'help desk', 'helpdesk', 'support', 'phone', 'call', 'email us', 'ask', 'help', 'still stuck',
  ],
  links: [
    { text: `E-mail the help desk (${HELP_DESK.email})`, href: `mailto:${HELP_DESK.email}` },
    { text: 'OUMail support page (FAQ, Japanese)', href: LINKS.supportFaqJa },
  ],
  related: ['password'],
};

/**
 * The OUMail FAQ in English: the same items, facts and ids as entries.ja.ts, written for
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
