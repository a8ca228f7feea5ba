import { HELP_DESK, LINKS } from './links';
import { PAGES } from './sources';
import type { FaqEntry } from './types';

// One constant per entry, so a bundle that needs only a few (the content script) carries only those.
// Each entry's `sources` say where its words come from; the seed page is dated only where it says so,
// and it speaks of 1 October 2022 as still to come, so what it says is given as of 2022.

export const signinEmail: FaqEntry = {
  id: 'signin-email',
  section: '1-1',
  title: 'サインインでパスワードの入力画面にたどり着けない',
  body: [
    'パスワードの入力画面にたどり着けない場合は、メールアドレスが誤っています。次の点をご確認ください。',
    {
      list: [
        'OUMailのアドレス（アカウント）は「大阪大学個人ID@ecs.osaka-u.ac.jp」です。@より後ろも省略せずに入力してください。',
        '「このユーザー名は正しくない可能性があります」のような表示が出る場合：@より前（個人ID）が誤っているか、卒業・修了によりアドレスが卒業生用（…@alumni.osaka-u.ac.jp）に変わっています。',
        '「このシステムには…がありません」のような表示が出る場合：@より後ろが誤っています。',
        '「このMicrosoftアカウントは存在しません」のような表示が出る場合：別のブラウザーで「https://mail.office365.com」を開くか、いつものブラウザーのキャッシュとCookieを削除してから、もう一度お試しください。',
      ],
    },
    { note: 'OUMailは学生向けのサービスです。一部の例外を除き、教職員の方にはOUMailのアドレスがありません。' },
  ],
  keywords: [
    'サインインできない',
    'ログインできない',
    'ろぐいん',
    'アドレスが違う',
    'ユーザー名',
    'ユーザ名',
    '個人ID',
    'アカウント',
    '存在しません',
    '卒業生',
    'アルムナイ',
    '入れない',
    'はいれない',
  ],
  links: [
    { text: 'OUMailヘルプセンター「Q1. OUMailにサインインできない」（英語）', href: LINKS.helpCenterSignIn },
    { text: 'Microsoft 365のサインインページ（mail.office365.com）', href: LINKS.office365Mail },
  ],
  related: ['signin-password', 'signin-mfa'],
  sources: [
    { url: PAGES.seedFaq, supports: 'item 1-1: the address is wrong; check the points', claims: ['メールアドレスが誤っています'] },
    {
      url: PAGES.helpCenterQ1,
      supports: 'the address, the three messages and what each means, alumni addresses, faculty and staff',
      claims: [
        '大阪大学個人ID@ecs.osaka-u.ac.jp',
        '…@alumni.osaka-u.ac.jp',
        '「https://mail.office365.com」',
        'Q1. OUMailにサインインできない',
        'Microsoft 365のサインインページ（mail.office365.com）',
      ],
    },
  ],
};

export const signinPassword: FaqEntry = {
  id: 'signin-password',
  section: '1-2',
  title: 'サインインでパスワードが誤っていると表示される',
  body: [
    'OUMailのパスワードは、全学IT認証基盤システムのパスワード（マイハンダイ、KOAN、CLEなどと共通）です。',
    {
      list: [
        'パスワードを変更した直後は、新しいパスワードがOUMailに反映されるまでに1時間近くかかります。時間をおいてから、もう一度お試しください。',
        '別のブラウザー（Chrome、Firefox、Safariなど）でお試しください。別のブラウザーでサインインできた場合は、いつものブラウザーのキャッシュとCookieを削除してください。',
        'パスワードそのものがわからない場合は、「パスワードがわからない、パスワードを変更したい」をご覧ください。',
      ],
    },
  ],
  keywords: [
    'パスワード',
    'ぱすわーど',
    'パスワードが違う',
    'ちがう',
    'パスワード間違い',
    '間違っている',
    '正しくない',
    'サインインできない',
    'ログインできない',
    'キャッシュ',
    'クッキー',
    'ブラウザ',
    '反映されない',
    '変更したのに',
  ],
  links: [{ text: 'OUMailヘルプセンター「Q1. OUMailにサインインできない」（英語）', href: LINKS.helpCenterSignIn }],
  related: ['password', 'signin-email'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 2: the password is the IT authentication system one; a change takes nearly an hour',
      claims: ['1時間近く'],
    },
    {
      url: PAGES.helpCenterQ1,
      supports: 'wrong password: wait after a change, try another browser, clear cache and cookies',
      claims: ['Q1. OUMailにサインインできない'],
    },
  ],
};

export const signinMfa: FaqEntry = {
  id: 'signin-mfa',
  section: '1-3',
  title: '多要素認証ができない（電話番号の変更や機種変更をしたとき）',
  body: [
    '多要素認証の確認が古い電話番号や以前のスマートフォンに届いてしまい（留学や帰国で電話番号が変わった、機種変更をしたなど）、ご自身で設定を変更できない場合は、多要素認証のリセット申請をしてください。',
    '申請の方法は、OUMailヘルプセンターの「Q1. OUMailにサインインできない」（英語）に案内があります。',
    {
      note: 'まだOUMailにサインインできる場合は、リセット申請をしなくても、ご自身で設定を変更できます（「多要素認証の設定を変更したい」をご覧ください）。',
    },
  ],
  keywords: [
    '多要素認証',
    'MFA',
    '2段階認証',
    '二段階認証',
    '二要素認証',
    '機種変更',
    '機種変',
    'スマホを変えた',
    '電話番号が変わった',
    '番号変更',
    '留学',
    '帰国',
    'リセット',
    'コードが届かない',
    '認証できない',
    '電話が来ない',
  ],
  links: [{ text: 'OUMailヘルプセンター「Q1. OUMailにサインインできない」（英語）', href: LINKS.helpCenterSignIn }],
  related: ['mfa-change', 'mfa-methods'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'items 1-3 and 7: request a reset of multi-factor authentication; change it yourself while you can sign in',
      claims: ['多要素認証のリセット申請'],
    },
    {
      url: PAGES.helpCenterQ1,
      supports: 'MFA going to an old number or phone (study abroad, return, new device): request a reset',
      claims: ['Q1. OUMailにサインインできない'],
    },
  ],
};

export const password: FaqEntry = {
  id: 'password',
  section: '2',
  title: 'パスワードがわからない、パスワードを変更したい',
  body: [
    'OUMailのパスワードは、全学IT認証基盤システムのパスワード（マイハンダイ、KOAN、CLEなど）と同じです。',
    'パスワードが不明な場合や忘れてしまった場合は、大学のOUMailサポートページ（よくある質問）の項目2「パスワードがわからない、パスワードを変更したい」に案内されている問い合わせ先にお問い合わせください。',
    'パスワードの変更も、同じ項目の案内からできます。ただし、変更するとOUMailだけでなく、マイハンダイやKOAN、CLEなどすべてのシステムのパスワードが変わります。',
    { note: 'パスワードを変更した場合、OUMailに新しいパスワードが反映されるまでに1時間近くかかります。' },
  ],
  keywords: [
    'パスワード',
    'ぱすわーど',
    'パスワード忘れた',
    '忘れた',
    'わすれた',
    'パスワード変更',
    'パスワードを変えたい',
    'リセット',
    '全学IT認証基盤',
    'マイハンダイ',
    'KOAN',
    'CLE',
    '反映',
  ],
  links: [{ text: '大学のOUMailサポートページ（よくある質問）', href: LINKS.supportFaqJa }],
  related: ['signin-password', 'contact'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports:
        'item 2: the same password as the IT authentication system; whom to ask and where to change it are linked there; nearly an hour',
      claims: ['項目2「パスワードがわからない、パスワードを変更したい」', '1時間近く'],
    },
  ],
};

export const inboxMissing: FaqEntry = {
  id: 'inbox-missing',
  section: '3-1',
  title: 'OUMailの受信トレイにメールが届かない',
  body: [
    'OUMailにサインインして、次の点をご確認ください。',
    {
      list: [
        'KOANやCLEなど、特に受信頻度が高いメールアドレスは、OUMailマニュアルの最終ページを参考に設定すると、受信トレイに届きます。',
        '転送を設定している場合は、「転送されたメッセージのコピーを保持する」にチェックが入っているか。',
      ],
    },
    {
      note: 'このチェックが入っていないと、OUMailの受信トレイにメールが残らず、転送先でメールがブロックされた場合などにメールが消失してしまいます。必ずチェックを入れておいてください。',
    },
  ],
  keywords: [
    'メールが届かない',
    '届かない',
    'とどかない',
    '受信できない',
    'メールが来ない',
    'メールが消えた',
    '消えた',
    'なくなった',
    '消失',
    '受信トレイ',
    '迷惑メール',
    'ジャンク',
    'コピーを保持',
    'KOAN',
    'CLE',
  ],
  links: [{ text: 'Outlookの転送設定を開く', href: LINKS.outlookForwarding }],
  related: ['forward-missing', 'undeliverable'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: "item 3-1 (※1, ※2): the manual's last page for KOAN and CLE; without the tick nothing stays and blocked mail is lost",
      claims: ['最終ページ'],
    },
    {
      url: PAGES.msForwarding,
      supports: 'the name of the box in Outlook\'s forwarding settings, "Keep a copy of forwarded messages"',
      claims: ['「転送されたメッセージのコピーを保持する」'],
    },
  ],
};

export const forwardMissing: FaqEntry = {
  id: 'forward-missing',
  section: '3-2',
  title: '転送先のメールアドレスにメールが届かない',
  body: [
    'OUMailにサインインして転送設定を確認し（OUMailマニュアルの4～5ページ目）、必要に応じて設定を変更してください。',
    '携帯電話会社（ドコモ・au・ソフトバンクなど）は迷惑メールの判定が比較的厳しいため、適切なメールであっても誤ってブロックされることが多いです。',
    '特に受信頻度が高いKOANとCLEの差出人メールアドレスは、携帯電話会社の迷惑メールフィルターの設定で受信を許可することをおすすめします（設定の際は誤字・脱字にご注意ください）。',
    {
      list: [
        'ドコモ：メーリングリストやメール転送サービスを経由したメールは「なりすましメール」として扱われます。転送元のアドレス（OUMailのアドレス）を「宛先指定受信」に登録すると、なりすましメールの拒否を設定していても受信できます。',
        'au：迷惑メールフィルターの「オススメ設定」は、なりすましメールと自動転送メールを拒否します。転送したメールが届かない場合は、auの迷惑メールフィルターの設定をご確認ください。',
        'ソフトバンク：なりすましメールの拒否を設定していると、メーリングリストやメール転送サービスを経由したメールがなりすましと判定される場合があります。転送元のアドレス（OUMailのアドレス）を「救済リスト」に登録すると、なりすましと判定されなくなります。',
      ],
    },
    {
      note: '受信を許可する設定をしてもメールがブロックされる場合があります。転送を設定している場合でも、定期的にOUMailにサインインしてメールをご確認ください。「転送されたメッセージのコピーを保持する」にも、チェックを入れておいてください。',
    },
  ],
  keywords: [
    '転送',
    'てんそう',
    '転送できない',
    '転送されない',
    '転送先',
    '携帯',
    'ケータイ',
    'スマホ',
    'キャリア',
    'ドコモ',
    'docomo',
    'au',
    'エーユー',
    'ソフトバンク',
    'softbank',
    'ワイモバイル',
    '楽天モバイル',
    'ブロック',
    '迷惑メールフィルター',
    '受信許可',
    '受信拒否',
    'ドメイン指定',
    'なりすまし',
    '宛先指定受信',
    '救済リスト',
    'Gmail',
    'メールが消えた',
  ],
  links: [
    { text: 'Outlookの転送設定を開く', href: LINKS.outlookForwarding },
    { text: 'ドコモ「迷惑メール対策」の受信/拒否設定について', href: LINKS.docomoSpoofing },
    { text: 'ソフトバンク「救済リスト設定」', href: LINKS.softbankRescue },
    { text: 'Microsoftサポート「Outlookで自動転送を有効にする」（英語）', href: LINKS.msForwarding },
  ],
  related: ['inbox-missing', 'undeliverable'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 3-2: check the forwarding setting (manual pp. 4–5); carriers block strictly; allow KOAN and CLE; sign in regularly',
      claims: ['4～5ページ目'],
    },
    {
      url: PAGES.docomoSpoofing,
      supports: 'mail through mailing lists and forwarding services counts as spoofed; register it in 宛先指定受信',
      claims: ['ドコモ：メーリングリストやメール転送サービスを経由したメール'],
    },
    {
      url: PAGES.docomoDestination,
      supports: '宛先指定受信 takes the address mail is forwarded from (転送元のメールアドレス)',
      claims: ['転送元のアドレス（OUMailのアドレス）を「宛先指定受信」に登録'],
    },
    {
      url: PAGES.auFilter,
      supports: 'the recommended setting rejects spoofed and automatically forwarded mail',
      claims: ['「オススメ設定」は、なりすましメールと自動転送メールを拒否します'],
    },
    {
      url: PAGES.softbankRescue,
      supports: 'mail through mailing lists and forwarding services may be judged spoofed; addresses in 救済リスト are not',
      claims: ['「救済リスト」に登録すると、なりすましと判定されなくなります'],
    },
    {
      url: PAGES.msForwarding,
      supports: 'the name of the box "Keep a copy of forwarded messages"',
      claims: ['「転送されたメッセージのコピーを保持する」'],
    },
  ],
};

export const undeliverable: FaqEntry = {
  id: 'undeliverable',
  section: '4',
  title: '受信したメールにエラーメッセージ（「配信不能:」など）が表示される',
  body: [
    '受信したすべてのメールの件名に「配信不能:」や「Undeliverable: 」といった文言が付いている場合は、転送の設定に誤りがある可能性が高いです。',
    {
      list: [
        'Outlookの転送設定を開き、転送先のアドレスが正しいかご確認ください。入力を誤ったアドレスや、変更・削除されたアドレスに転送していると、このようなエラーになります。',
        '転送先が携帯電話のアドレスの場合は、携帯電話会社の迷惑メールフィルターでブロックされていないかご確認ください（「転送先のメールアドレスにメールが届かない」をご覧ください）。',
        '「転送されたメッセージのコピーを保持する」にチェックを入れておくと、転送に失敗してもOUMailにメールが残ります。',
      ],
    },
  ],
  keywords: [
    '配信不能',
    'はいしんふのう',
    'Undeliverable',
    'エラー',
    'エラーメール',
    'エラーが返ってくる',
    '戻ってくる',
    '返ってくる',
    'バウンス',
    '送信できない',
    '宛先不明',
    'Delivery has failed',
    'Mail Delivery',
    'NDR',
  ],
  links: [{ text: 'Outlookの転送設定を開く', href: LINKS.outlookForwarding }],
  related: ['forward-missing', 'inbox-missing'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 4: every subject with 配信不能: / Undeliverable: means the forwarding setting is likely wrong',
      claims: ['「配信不能:」や「Undeliverable: 」'],
    },
    {
      url: PAGES.msNdr,
      supports: '5.1.1: an address entered incorrectly, or one that was right once but has been changed or removed',
      claims: ['入力を誤ったアドレスや、変更・削除されたアドレスに転送していると'],
    },
    {
      url: PAGES.msForwarding,
      supports: 'the name of the box "Keep a copy of forwarded messages"',
      claims: ['「転送されたメッセージのコピーを保持する」'],
    },
  ],
};

export const mfaMethods: FaqEntry = {
  id: 'mfa-methods',
  section: '5',
  title: '多要素認証で利用できる方式と推奨される方式',
  body: [
    '大学のよくある質問（2022年の記載）では、選択肢は次の3つとされています。',
    {
      ordered: true,
      list: ['認証用電話（電話する）', '認証用電話（テキストメッセージでコードを送信する（SMS））', '認証アプリ'],
    },
    '同じ記載では、最も簡単な方法は1.とされています。Microsoftから電話がかかってきて、#ボタンを押すだけで完了します。',
    '3.の場合は、スマートフォンにMicrosoft Authenticatorアプリをインストールする必要がありますが、日本と海外を行き来するため電話番号が頻繁に変わる方や、海外で電話を受ける際の通話料が気になる方には、3.が便利です。',
    {
      note: '【2022年4月2日ごろの記載】1.の設定がうまくいかない場合があり、大学はMicrosoft社に問い合わせ中としていました。その場合は、2.または3.の方式で設定してください。現在の状況は、大学のOUMailサポートページとヘルプセンターでご確認ください。',
    },
    '一度設定した方式は、後から変更できます（「多要素認証の設定を変更したい」をご覧ください）。',
    '大学の「OUMailの多要素認証について」では、多要素認証が求められるのは、Webブラウザーからのサインイン、Microsoft Office（2016以降）に含まれるOutlookアプリ、Windows 10のメールアプリとされています。大学は、Webブラウザーでメールを使うことをすすめています。',
    'なお、Windowsの「メール」アプリ（メール、カレンダー、People）は、Microsoftのサポートが2024年12月31日に終了し、それ以降はメールの送受信ができなくなりました。',
  ],
  keywords: [
    '多要素認証',
    'MFA',
    '2段階認証',
    '二段階認証',
    '認証方法',
    '多要素認証の方法',
    '使える方法',
    '方式',
    'おすすめ',
    '推奨',
    '電話',
    'SMS',
    'ショートメッセージ',
    'テキストメッセージ',
    'Authenticator',
    'オーセンティケーター',
    '認証アプリ',
    'アプリ',
    '海外',
    '通話料',
  ],
  links: [
    { text: '大学「OUMailの多要素認証について」', href: LINKS.mfaNotice },
    { text: 'OUMailヘルプセンター「Q1. OUMailにサインインできない」（英語）', href: LINKS.helpCenterSignIn },
    { text: 'Microsoftサポート「Windows 11のメール、カレンダー、Peopleの今後」（英語）', href: LINKS.msWindowsMail },
  ],
  related: ['mfa-change', 'mfa-phone-zero'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 5: the three methods (their labels), the easiest, when the app helps, the note dated 2 April 2022',
      claims: [
        '（2022年の記載）では、選択肢は次の3つ',
        '最も簡単な方法は1.',
        '3.の場合',
        '3.が便利',
        '【2022年4月2日ごろの記載】1.の設定',
        '2.または3.の方式',
      ],
    },
    {
      url: PAGES.mfaNotice,
      supports: 'where MFA applies (browser, Office 2016+ Outlook, the Windows 10 Mail app); the university recommends the browser',
      claims: ['Microsoft Office（2016以降）', 'Windows 10のメールアプリ'],
    },
    {
      url: PAGES.helpCenterQ1,
      supports: 'where the university publishes its current sign-in help',
      claims: ['Q1. OUMailにサインインできない'],
    },
    {
      url: PAGES.msWindowsMail,
      supports: 'support for Windows Mail, Calendar and People ended on 31 December 2024; after it they no longer send or receive email',
      claims: ['2024年12月31日', 'Windows 11のメール、カレンダー、Peopleの今後'],
    },
  ],
};

export const mfaPhoneZero: FaqEntry = {
  id: 'mfa-phone-zero',
  section: '6',
  title: '多要素認証で登録する電話番号の先頭の0について',
  body: [
    '基本的には、先頭の0はあってもなくても問題ありません。',
    'ただし、登録する番号がスマートフォンなどの番号で、海外に行く可能性がある場合は、最初の0を除いた2桁目以降の番号を登録してください。こうすることで、海外でも多要素認証の電話を受けられます。',
  ],
  keywords: ['電話番号', '0', 'ゼロ', '先頭', '最初の0', '一桁目', '国番号', '+81', '81', '海外', '留学', '登録'],
  links: [],
  related: ['mfa-methods', 'mfa-change'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 6: the leading 0, and the number from the second digit for phones taken abroad',
      claims: ['先頭の0', '最初の0', '2桁目'],
    },
  ],
};

export const mfaChange: FaqEntry = {
  id: 'mfa-change',
  section: '7',
  title: '多要素認証の設定を変更したい（電話番号の変更や機種変更など）',
  body: [
    'OUMailにサインインできる状態であれば、Microsoftの「セキュリティ情報」のページで、ご自身で変更できます。',
    'ただし、すでに電話番号の変更や機種変更をした後で、ご自身で設定を変更できない場合は、多要素認証のリセット申請をしてください。申請の方法は、OUMailヘルプセンターの「Q1. OUMailにサインインできない」（英語）に案内があります。',
  ],
  keywords: [
    '多要素認証',
    'MFA',
    '設定変更',
    '変更',
    '電話番号変更',
    '機種変更',
    'スマホを変える',
    '新しいスマホ',
    'セキュリティ情報',
    'サインイン方法',
    'リセット',
  ],
  links: [
    { text: 'Microsoft「セキュリティ情報」', href: LINKS.securityInfo },
    { text: 'OUMailヘルプセンター「Q1. OUMailにサインインできない」（英語）', href: LINKS.helpCenterSignIn },
  ],
  related: ['signin-mfa', 'mfa-methods'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 7: change it yourself while you can sign in; otherwise request a reset',
      claims: ['多要素認証のリセット申請'],
    },
    {
      url: PAGES.msSecurityInfo,
      supports: 'Security info is the page where a user registers sign-in methods',
      claims: ['Microsoftの「セキュリティ情報」のページ'],
    },
    { url: PAGES.helpCenterQ1, supports: 'how to request the reset', claims: ['Q1. OUMailにサインインできない'] },
  ],
};

export const mailClients: FaqEntry = {
  id: 'mail-clients',
  section: '8',
  title: 'メールソフト（Gmail、Outlook、Thunderbirdなど）でメールを確認したい',
  body: [
    '大学のよくある質問（2022年の記載）では、Gmail（受信設定、送信設定）、Outlook、Thunderbirdそれぞれの設定案内が紹介されています。',
    {
      note: '同じ記載では、GmailやThunderbirdのように多要素認証に対応していないメールソフトは、アプリパスワードを作成して設定する方法が案内されていました。しかし、Microsoft社の仕様変更により、2022年10月1日以降はアプリパスワードが使えなくなりました。そのため、多要素認証に対応していないメールソフト（2022年の記載では「概ねOutlook以外のメールソフト」）では、メールの送受信ができません。',
    },
    'Microsoftは、2022年10月1日から、Microsoft 365のメール（Exchange Online）でPOPやIMAPなどの基本認証（ユーザー名とパスワードによる認証）を無効にし始めました。代わりに使われるのは先進認証（OAuth 2.0）で、Microsoftの説明では、Thunderbirdなど一部のメールソフトが対応しています。',
    'Mozillaのヘルプでは、Microsoft 365のアカウントをThunderbirdで使う場合は、認証方式として「OAuth2」を選ぶよう案内しています。ただし、組織によっては管理者の承認が必要という画面が表示されたり、送信（SMTP）ができなかったりすることがあります。OUMailで利用できるかどうかは大学の設定によりますので、大学のOUMailサポートページとヘルプセンターの案内をご覧ください。',
    'Gmailについて：Googleは、パソコン版Gmailの「他のアカウントのメールを確認」（POPでほかのアカウントのメールを取り込む機能）を2026年に終了すると発表しています。詳しくはGmailヘルプをご覧ください。',
    'Windowsの「メール」アプリは、Microsoftのサポートが2024年12月31日に終了し、それ以降はメールの送受信ができなくなりました。大学は、Webブラウザーでメールを使うことをすすめています。',
  ],
  keywords: [
    'メールソフト',
    'メーラー',
    'Gmail',
    'Outlook',
    'Thunderbird',
    'サンダーバード',
    'iPhone',
    'スマホで読む',
    'アプリパスワード',
    'IMAP',
    'POP',
    'SMTP',
    'OAuth',
    '先進認証',
    'モダン認証',
    '送受信できない',
    '同期',
    'Windows 10',
    'メールアプリ',
  ],
  links: [
    { text: '大学のOUMailサポートページ（よくある質問）', href: LINKS.supportFaqJa },
    { text: 'Mozilla「Microsoft OAuth Authentication and Thunderbird」（英語）', href: LINKS.mozillaThunderbirdMicrosoft },
    { text: 'Microsoft「Deprecation of Basic authentication in Exchange Online」（英語）', href: LINKS.msBasicAuth },
    { text: 'Gmailヘルプ：GmailifyとPOPの今後の変更について', href: LINKS.gmailPopChanges },
  ],
  related: ['mfa-methods', 'forward-missing'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports:
        'item 8: the guides for Gmail, Outlook and Thunderbird; app passwords; not usable from 1 October 2022; roughly every app but Outlook',
      claims: [
        '（2022年の記載）では、Gmail',
        '2022年10月1日以降はアプリパスワードが使えなくなりました',
        '（2022年の記載では「概ねOutlook以外のメールソフト」）',
      ],
    },
    {
      url: PAGES.msBasicAuth,
      supports:
        'from 1 October 2022 Basic authentication disabled for POP, IMAP and others in Exchange Online; OAuth 2.0 instead; Thunderbird updated for it',
      claims: [
        '2022年10月1日から、Microsoft 365のメール',
        '先進認証（OAuth 2.0）',
        'Deprecation of Basic authentication in Exchange Online',
      ],
    },
    {
      url: PAGES.mozillaThunderbird,
      supports: 'choose OAuth2 for Microsoft 365; some organisations show an administrator-approval screen; SMTP sometimes disabled',
      claims: ['Microsoft 365のアカウントをThunderbirdで使う', '「OAuth2」', 'Microsoft OAuth Authentication and Thunderbird'],
    },
    {
      url: PAGES.gmailPopChanges,
      supports: 'Google announced (30 September 2025) that Gmailify and POP "Check mail from other accounts" end in 2026',
      claims: ['2026年に終了'],
    },
    { url: PAGES.msWindowsMail, supports: 'Windows Mail ended on 31 December 2024', claims: ['2024年12月31日'] },
    {
      url: PAGES.mfaNotice,
      supports: 'the university recommends a web browser',
      claims: ['Webブラウザーでメールを使うことをすすめています'],
    },
  ],
};

export const otherServices: FaqEntry = {
  id: 'other-services',
  section: '9',
  title: 'メール以外のサービス（OneDriveなど）を使いたい',
  body: [
    'OneDriveなど、メール以外のサービスについては、大学のOUMailサポートページ（よくある質問）の項目9「メール以外のサービス（OneDrive等）を使いたい」から案内のページをご覧ください。',
  ],
  keywords: [
    'OneDrive',
    'ワンドライブ',
    'Teams',
    'Word',
    'Excel',
    'Office',
    'オフィス',
    'Microsoft 365',
    'クラウド',
    'ストレージ',
    'メール以外',
    'サービス',
  ],
  links: [{ text: '大学のOUMailサポートページ（よくある質問）', href: LINKS.supportFaqJa }],
  related: ['contact'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'item 9 links the page on services other than mail',
      claims: ['項目9「メール以外のサービス（OneDrive等）を使いたい」'],
    },
  ],
};

export const contact: FaqEntry = {
  id: 'contact',
  section: '',
  title: '解決しないときの問い合わせ先',
  body: [
    'ここで解決しない場合は、大学のOUMailサポートページ（よくある質問）の最後に案内されているページをご覧ください。それでも解決しない場合は、次の連絡先までお問い合わせください。',
    {
      list: [`メール：${HELP_DESK.email}`, `電話：${HELP_DESK.phones.join('、')}（平日8時50分～17時）`],
    },
  ],
  keywords: [
    '問い合わせ',
    '問合せ',
    'といあわせ',
    '連絡先',
    '電話',
    'ヘルプデスク',
    '窓口',
    '相談',
    'サポート',
    '助けて',
    'わからない',
    '解決しない',
  ],
  links: [
    { text: `メールで問い合わせる（${HELP_DESK.email}）`, href: `mailto:${HELP_DESK.email}` },
    { text: '大学のOUMailサポートページ（よくある質問）', href: LINKS.supportFaqJa },
  ],
  related: ['password'],
  sources: [
    {
      url: PAGES.seedFaq,
      supports: 'the end of the page: a page to read first, then the e-mail address and phone numbers with the hours',
      claims: [HELP_DESK.email, HELP_DESK.phones.join('、'), '平日8時50分～17時'],
    },
  ],
};

/**
 * The OUMail FAQ in Japanese, rewritten from the university's support page
 * (https://www.cmc.osaka-u.ac.jp/edu/oumail/ja-jp/faq.html), its newer help pages (src/faq/links.ts)
 * and the official pages each entry cites. Facts (numbers, dates, addresses, phone numbers) are
 * carried over exactly; the wording is ours, in the help desk's register.
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
