import { HELP_DESK, LINKS } from './links';
import type { FaqEntry } from './types';

// One constant per entry, so a bundle that needs only a few (the content script) carries only those.

export const signinEmail: FaqEntry = {
  id: 'signin-email',
  section: '1-1',
  title: 'サインインでパスワードの入力画面まで進めない',
  body: [
    'パスワードの画面に進めないときは、入力したメールアドレス(アカウント)が間違っています。次の点を確かめてください。',
    {
      list: [
        'OUMailのアドレスは「大阪大学個人ID@ecs.osaka-u.ac.jp」です。@より後ろも省略せずにすべて入力します。',
        '「このユーザー名は正しくない可能性があります」のような表示が出る:@より前(個人ID)が間違っているか、卒業・修了によりアドレスが卒業生用(…@alumni.osaka-u.ac.jp)に変わっています。',
        '「このシステムには…がありません」のような表示が出る:@より後ろが間違っています。',
        '「この Microsoft アカウントは存在しません」のような表示が出る:別のブラウザーで https://mail.office365.com を開くか、いつものブラウザーのキャッシュとCookieを削除してからやり直します。',
      ],
    },
    { note: 'OUMailは学生向けのサービスです。一部の例外を除き、教職員にはOUMailのアドレスがありません。' },
  ],
  keywords: [
    'サインインできない', 'ログインできない', 'ろぐいん', 'アドレスが違う', 'ユーザー名', 'ユーザ名', '個人ID',
    'アカウント', '存在しません', '卒業生', 'アルムナイ', '入れない', 'はいれない',
  ],
  links: [
    { text: 'OUMailヘルプセンター「Q1. OUMailにサインインできない」(英語)', href: LINKS.helpCenterSignIn },
    { text: 'Microsoft 365 サインイン(mail.office365.com)', href: LINKS.office365Mail },
  ],
  related: ['signin-password', 'signin-mfa'],
};

export const signinPassword: FaqEntry = {
  id: 'signin-password',
  section: '1-2',
  title: 'サインインでパスワードが違うと言われる',
  body: [
    'OUMailのパスワードは、全学IT認証基盤のパスワード(マイハンダイ、KOAN、CLEなどと共通)です。',
    {
      list: [
        'パスワードを変更した直後は、新しいパスワードがOUMailに反映されるまで1時間近くかかります。少し待ってからもう一度試してください。',
        '別のブラウザー(Chrome、Firefox、Safariなど)で試してください。別のブラウザーでサインインできた場合は、いつものブラウザーのキャッシュとCookieを削除してください。',
        'パスワードそのものがわからないときは「パスワードがわからない、変更したい」を見てください。',
      ],
    },
  ],
  keywords: [
    'パスワード', 'ぱすわーど', 'パスワードが違う', 'ちがう', 'パスワード間違い', '間違っている', '正しくない', 'サインインできない',
    'ログインできない', 'キャッシュ', 'クッキー', 'ブラウザ', '反映されない', '変更したのに',
  ],
  links: [{ text: 'OUMailヘルプセンター「Q1. OUMailにサインインできない」(英語)', href: LINKS.helpCenterSignIn }],
  related: ['password', 'signin-email'],
};

export const signinMfa: FaqEntry = {
  id: 'signin-mfa',
  section: '1-3',
  title: '多要素認証ができない(電話番号や機種を変えたとき)',
  body: [
    '多要素認証の確認が古い電話番号や前のスマートフォンに届いてしまうとき(留学や帰国で番号が変わった、機種変更をした など)は、自分では設定を直せません。',
    '大学に「多要素認証のリセット申請」をしてください。申請の方法はOUMailサポートページの「多要素認証のリセット申請」の案内にあります。',
    { note: 'まだOUMailにサインインできる状態なら、リセット申請をしなくても自分で設定を変更できます(「多要素認証の設定を変更したい」を参照)。' },
  ],
  keywords: [
    '多要素認証', 'MFA', '2段階認証', '二段階認証', '二要素認証', '機種変更', '機種変', 'スマホを変えた',
    '電話番号が変わった', '番号変更', '留学', '帰国', 'リセット', 'コードが届かない', '認証できない', '電話が来ない',
  ],
  links: [
    { text: 'OUMailサポートページ(よくある質問)', href: LINKS.supportFaqJa },
    { text: 'OUMailヘルプセンター「Q1. OUMailにサインインできない」(英語)', href: LINKS.helpCenterSignIn },
  ],
  related: ['mfa-change', 'mfa-methods'],
};

export const password: FaqEntry = {
  id: 'password',
  section: '2',
  title: 'パスワードがわからない、パスワードを変更したい',
  body: [
    'OUMailのパスワードは、全学IT認証基盤システムのパスワードと同じです。マイハンダイ、KOAN、CLEなどと共通です。',
    'パスワードがわからない、忘れてしまったときは、OUMailサポートページに書かれている問い合わせ先に連絡してください。',
    'パスワードは全学IT認証基盤のパスワード変更ページで変えられます。ただし変更すると、OUMailだけでなくマイハンダイ、KOAN、CLEなどすべてのシステムのパスワードが変わります。',
    { note: '変更した新しいパスワードがOUMailに反映されるまで、1時間近くかかります。' },
  ],
  keywords: [
    'パスワード', 'ぱすわーど', 'パスワード忘れた', '忘れた', 'わすれた', 'パスワード変更', 'パスワードを変えたい',
    'リセット', '全学IT認証基盤', 'マイハンダイ', 'KOAN', 'CLE', '反映',
  ],
  links: [{ text: 'OUMailサポートページ(よくある質問)', href: LINKS.supportFaqJa }],
  related: ['signin-password', 'contact'],
};

export const inboxMissing: FaqEntry = {
  id: 'inbox-missing',
  section: '3-1',
  title: 'OUMailの受信トレイにメールが届かない',
  body: [
    'OUMailにサインインして、次の点を確かめてください。',
    {
      list: [
        '迷惑メールフォルダーに入っていないか。',
        'KOANやCLEなど、特によくメールが来るアドレスは、OUMailマニュアルの最終ページにある設定をしておくと受信トレイに届くようになります。',
        '転送を設定している場合は、「転送されたメッセージのコピーを保持する」にチェックが入っているか。',
      ],
    },
    {
      note: 'このチェックが入っていないと、OUMailの受信トレイにメールが残りません。転送先でメールがブロックされたりすると、そのメールは失われてしまいます。必ずチェックを入れておいてください。',
    },
  ],
  keywords: [
    'メールが届かない', '届かない', 'とどかない', '受信できない', 'メールが来ない', 'メールが消えた', '消えた',
    'なくなった', '消失', '受信トレイ', '迷惑メール', 'ジャンク', 'コピーを保持', 'KOAN', 'CLE',
  ],
  links: [
    { text: 'Outlookの転送設定を開く', href: LINKS.outlookForwarding },
    { text: 'Outlookの迷惑メール設定を開く', href: LINKS.outlookJunk },
  ],
  related: ['forward-missing', 'undeliverable'],
};

export const forwardMissing: FaqEntry = {
  id: 'forward-missing',
  section: '3-2',
  title: '転送先のメールアドレスにメールが届かない',
  body: [
    'OUMailにサインインし、転送の設定(OUMailマニュアルの4~5ページ目)を見直して、必要なら直してください。転送先のアドレスに誤字がないかも確かめてください。',
    '携帯電話会社(ドコモ、au、ソフトバンクなど)のメールは迷惑メールの判定が比較的厳しく、正しいメールでも誤ってブロックされることがよくあります。',
    '特によくメールが届くKOANとCLEの差出人アドレスは、携帯電話会社の迷惑メールフィルターの設定で受信を許可しておくことをおすすめします。設定するときは誤字・脱字に気をつけてください。',
    {
      note: '受信を許可してもブロックされることがあります。転送を設定していても、ときどきOUMailにサインインしてメールを確かめてください。「転送されたメッセージのコピーを保持する」にもチェックを入れておいてください。',
    },
  ],
  keywords: [
    '転送', 'てんそう', '転送できない', '転送されない', '転送先', '携帯', 'ケータイ', 'スマホ', 'キャリア',
    'ドコモ', 'docomo', 'au', 'エーユー', 'ソフトバンク', 'softbank', 'ワイモバイル', '楽天モバイル',
    'ブロック', '迷惑メールフィルター', '受信許可', '受信拒否', 'ドメイン指定', 'Gmail', 'メールが消えた',
  ],
  links: [
    { text: 'Outlookの転送設定を開く', href: LINKS.outlookForwarding },
    { text: 'Microsoft サポート「Outlook で自動転送を有効にする」', href: LINKS.msForwardingJa },
  ],
  related: ['inbox-missing', 'undeliverable'],
};

export const undeliverable: FaqEntry = {
  id: 'undeliverable',
  section: '4',
  title: '受け取ったメールにエラー(「配信不能:」など)が表示される',
  body: [
    'すべてのメールの件名に「配信不能:」や「Undeliverable: 」が付いて戻ってくる場合は、転送の設定に誤りがある可能性が高いです。',
    {
      list: [
        'Outlookの転送設定を開き、転送先のアドレスに誤字がないか確かめてください。',
        '転送先が携帯電話のアドレスなら、携帯電話会社の迷惑メールフィルターで止められていないか確かめてください(「転送先のメールアドレスにメールが届かない」を参照)。',
        '「転送されたメッセージのコピーを保持する」にチェックを入れておけば、転送に失敗してもOUMailにメールが残ります。',
      ],
    },
  ],
  keywords: [
    '配信不能', 'はいしんふのう', 'Undeliverable', 'エラー', 'エラーメール', 'エラーが返ってくる', '戻ってくる',
    '返ってくる', 'バウンス', '送信できない', '宛先不明', 'Delivery has failed', 'Mail Delivery', 'NDR',
  ],
  links: [{ text: 'Outlookの転送設定を開く', href: LINKS.outlookForwarding }],
  related: ['forward-missing', 'inbox-missing'],
};

export const mfaMethods: FaqEntry = {
  id: 'mfa-methods',
  section: '5',
  title: '多要素認証にはどの方法が使える?おすすめは?',
  body: [
    '選べる方法は次の3つです。',
    {
      ordered: true,
      list: [
        '認証用電話(電話をかける)',
        '認証用電話(テキストメッセージ(SMS)でコードを送る)',
        '認証アプリ',
      ],
    },
    'いちばん簡単なのは1.です。Microsoftから電話がかかってくるので、#ボタンを押すだけで終わります。',
    '3.はスマートフォンにMicrosoft Authenticatorアプリを入れる必要があります。日本と海外を行き来して電話番号がよく変わる人や、海外で電話を受けるときの通話料が気になる人には3.が便利です。',
    { note: '2022年4月2日ごろから、1.の方法がうまく設定できない場合があります(Microsoft社に問い合わせ中)。そのときは2.か3.で設定してください。一度設定した方法は、後から変更できます。' },
    '多要素認証が求められるのは、Webブラウザーからのサインイン、Microsoft Office(2016以降)に含まれるOutlookアプリ、Windows 10のメールアプリです。大学はWebブラウザーでメールを使うことをすすめています。',
  ],
  keywords: [
    '多要素認証', 'MFA', '2段階認証', '二段階認証', '認証方法', 'おすすめ', '推奨', '電話', 'SMS', 'ショートメッセージ',
    'テキストメッセージ', 'Authenticator', 'オーセンティケーター', '認証アプリ', 'アプリ', '海外', '通話料',
  ],
  links: [{ text: '大阪大学「OUMailの多要素認証について」', href: LINKS.mfaNotice }],
  related: ['mfa-change', 'mfa-phone-zero'],
};

export const mfaPhoneZero: FaqEntry = {
  id: 'mfa-phone-zero',
  section: '6',
  title: '多要素認証の電話番号は先頭の0を入れる?',
  body: [
    '基本的には、先頭の0はあってもなくてもかまいません。',
    'ただし、登録する番号がスマートフォンなどの番号で、海外へ行く可能性がある場合は、先頭の0を除いた2桁目からの番号を登録してください。こうしておくと、海外にいても多要素認証の電話を受けられます。',
  ],
  keywords: [
    '電話番号', '0', 'ゼロ', '先頭', '最初の0', '一桁目', '国番号', '+81', '81', '海外', '留学', '登録',
  ],
  links: [],
  related: ['mfa-methods', 'mfa-change'],
};

export const mfaChange: FaqEntry = {
  id: 'mfa-change',
  section: '7',
  title: '多要素認証の設定を変えたい(電話番号の変更、機種変更など)',
  body: [
    'OUMailにサインインできる状態なら、Microsoftの「セキュリティ情報」のページで自分で変更できます。',
    'すでに電話番号やスマートフォンを変えてしまって、自分では設定を変更できないときは、大学に「多要素認証のリセット申請」をしてください(OUMailサポートページに案内があります)。',
  ],
  keywords: [
    '多要素認証', 'MFA', '設定変更', '変更', '電話番号変更', '機種変更', 'スマホを変える', '新しいスマホ',
    'セキュリティ情報', 'サインイン方法', 'リセット',
  ],
  links: [
    { text: 'Microsoft「セキュリティ情報」', href: LINKS.securityInfo },
    { text: 'OUMailサポートページ(よくある質問)', href: LINKS.supportFaqJa },
  ],
  related: ['signin-mfa', 'mfa-methods'],
};

export const mailClients: FaqEntry = {
  id: 'mail-clients',
  section: '8',
  title: 'メールソフト(Gmail、Outlook、Thunderbirdなど)でメールを読みたい',
  body: [
    'Gmail(受信の設定、送信の設定)、Outlook、Thunderbirdそれぞれの設定案内に沿って設定してください。案内はOUMailサポートページにあります。',
    'GmailやThunderbirdのように多要素認証に対応していないメールソフトでは、以前はアプリパスワードを作り、メールソフトのパスワード欄に入力して使っていました。',
    {
      note: 'Microsoft社の仕様変更により、2022年10月1日以降はアプリパスワードが使えません。そのため、多要素認証に対応していないメールソフト(おおむねOutlook以外のメールソフト)では、メールの送受信ができなくなります。',
    },
    '多要素認証は、Microsoft Office(2016以降)に含まれるOutlookアプリやWindows 10のメールアプリでも求められます。大学はWebブラウザーでメールを使うことをすすめています。',
  ],
  keywords: [
    'メールソフト', 'メーラー', 'Gmail', 'Outlook', 'Thunderbird', 'サンダーバード', 'iPhone', 'スマホで読む',
    'アプリパスワード', 'IMAP', 'POP', 'SMTP', '送受信できない', '同期', 'Windows 10', 'メールアプリ',
  ],
  links: [{ text: 'OUMailサポートページ(よくある質問)', href: LINKS.supportFaqJa }],
  related: ['mfa-methods', 'forward-missing'],
};

export const otherServices: FaqEntry = {
  id: 'other-services',
  section: '9',
  title: 'メール以外のサービス(OneDriveなど)を使いたい',
  body: [
    'OneDriveなどメール以外のMicrosoft 365のサービスについては、OUMailサポートページの「メール以外のサービス」の案内を見てください。',
  ],
  keywords: [
    'OneDrive', 'ワンドライブ', 'Teams', 'Word', 'Excel', 'Office', 'オフィス', 'Microsoft 365', 'クラウド',
    'ストレージ', 'メール以外', 'サービス',
  ],
  links: [{ text: 'OUMailサポートページ(よくある質問)', href: LINKS.supportFaqJa }],
  related: ['contact'],
};

export const contact: FaqEntry = {
  id: 'contact',
  section: '',
  title: '解決しないときの問い合わせ先',
  body: [
    'ここで解決しないときは、まずOUMailサポートページ(ヘルプセンター)を見てください。それでも解決しないときは、次の窓口に問い合わせてください。',
    {
      list: [
        `メール:${HELP_DESK.email}`,
        `電話:${HELP_DESK.phones.join('、')}(平日 8時50分~17時)`,
      ],
    },
  ],
  keywords: [
    '問い合わせ', '問合せ', 'といあわせ', '連絡先', '電話', 'ヘルプデスク', '窓口', '相談', 'サポート', '助けて',
    'わからない', '解決しない',
  ],
  links: [
    { text: `メールで問い合わせる(${HELP_DESK.email})`, href: `mailto:${HELP_DESK.email}` },
    { text: 'OUMailサポートページ(よくある質問)', href: LINKS.supportFaqJa },
  ],
  related: ['password'],
};

/**
 * The OUMail FAQ in Japanese, rewritten from the university's support page
 * (../shared/seed/oumail-support-faq.ja.txt) and its newer help pages (../shared/seed/newer-facts.md).
 * Facts (numbers, dates, addresses, phone numbers) are carried over exactly; the wording is ours.
 */
export const FAQ_JA: FaqEntry[] = [
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
