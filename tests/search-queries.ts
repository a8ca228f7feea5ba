import type { FaqId } from '../src/faq/types';

/**
 * What students really type into the popup, with the entry that answers it. Shared by the unit
 * test (tests/unit/search-quality.test.ts) and the comparison in `npm run bench`.
 * Kinds: ja / en plain, typo, width (half/full), kana (hiragana for katakana and back), intent
 * (the word for the trouble, not the FAQ's words).
 */
export interface LabelledQuery {
  q: string;
  id: FaqId;
  kind: 'ja' | 'en' | 'typo' | 'width' | 'kana' | 'intent';
}

export const QUERIES: LabelledQuery[] = [
  // sign-in: address
  { q: 'パスワード入力画面にいけない', id: 'signin-email', kind: 'ja' },
  { q: 'このユーザー名は正しくない可能性があります', id: 'signin-email', kind: 'ja' },
  { q: 'アカウントが存在しません', id: 'signin-email', kind: 'ja' },
  { q: '卒業したらアドレスはどうなる', id: 'signin-email', kind: 'intent' },
  { q: 'this username may be incorrect', id: 'signin-email', kind: 'en' },
  { q: 'microsoft account does not exist', id: 'signin-email', kind: 'en' },
  { q: 'alumni address', id: 'signin-email', kind: 'en' },
  { q: 'ecs.osaka-u.ac.jp', id: 'signin-email', kind: 'en' },
  // sign-in: password
  { q: 'パスワードが違うと言われる', id: 'signin-password', kind: 'ja' },
  { q: 'ﾊﾟｽﾜｰﾄﾞがちがう', id: 'signin-password', kind: 'width' },
  { q: 'wrong password', id: 'signin-password', kind: 'en' },
  { q: 'pasword incorect', id: 'signin-password', kind: 'typo' },
  { q: 'キャッシュとクッキーを削除', id: 'signin-password', kind: 'ja' },
  // sign-in: MFA
  { q: '多要素認証ができない', id: 'signin-mfa', kind: 'ja' },
  { q: '認証の電話が前の番号にかかってくる', id: 'signin-mfa', kind: 'intent' },
  { q: 'mfa not working after new phone', id: 'signin-mfa', kind: 'en' },
  { q: 'multifactor authentication fails', id: 'signin-mfa', kind: 'en' },
  { q: 'ＭＦＡ　できない', id: 'signin-mfa', kind: 'width' },
  // password
  { q: 'パスワードを忘れた', id: 'password', kind: 'ja' },
  { q: 'ぱすわーど わすれた', id: 'password', kind: 'kana' },
  { q: 'パスワード変更したい', id: 'password', kind: 'ja' },
  { q: 'KOANのパスワードと同じ？', id: 'password', kind: 'intent' },
  { q: 'forgot password', id: 'password', kind: 'en' },
  { q: 'change my password', id: 'password', kind: 'en' },
  { q: 'forgotten pasword', id: 'password', kind: 'typo' },
  { q: 'マイハンダイ パスワード', id: 'password', kind: 'ja' },
  // inbox
  { q: 'メールが届かない', id: 'inbox-missing', kind: 'ja' },
  { q: 'メールが消えた', id: 'inbox-missing', kind: 'intent' },
  { q: 'めーるがこない', id: 'inbox-missing', kind: 'kana' },
  { q: '受信トレイに何もない', id: 'inbox-missing', kind: 'ja' },
  { q: '迷惑メールに入っている', id: 'inbox-missing', kind: 'ja' },
  { q: 'not receiving emails', id: 'inbox-missing', kind: 'en' },
  { q: 'my mail disappeared', id: 'inbox-missing', kind: 'intent' },
  { q: 'emails missing from inbox', id: 'inbox-missing', kind: 'en' },
  { q: 'recieving mail', id: 'inbox-missing', kind: 'typo' },
  // forwarding
  { q: '転送先に届かない', id: 'forward-missing', kind: 'ja' },
  { q: 'ドコモに転送できない', id: 'forward-missing', kind: 'ja' },
  { q: 'docomo blocks mail', id: 'forward-missing', kind: 'intent' },
  { q: 'ｿﾌﾄﾊﾞﾝｸ 転送', id: 'forward-missing', kind: 'width' },
  { q: 'けいたいにてんそう', id: 'forward-missing', kind: 'kana' },
  { q: 'forwarding to my phone not working', id: 'forward-missing', kind: 'en' },
  { q: 'fowarding', id: 'forward-missing', kind: 'typo' },
  { q: 'carrier spam filter', id: 'forward-missing', kind: 'en' },
  { q: 'au ezweb 受信許可', id: 'forward-missing', kind: 'ja' },
  { q: 'forward to gmail', id: 'forward-missing', kind: 'en' },
  // undeliverable
  { q: '配信不能', id: 'undeliverable', kind: 'ja' },
  { q: '配信不能：', id: 'undeliverable', kind: 'width' },
  { q: 'はいしんふのう', id: 'undeliverable', kind: 'kana' },
  { q: 'エラーメールが戻ってくる', id: 'undeliverable', kind: 'intent' },
  { q: 'Undeliverable:', id: 'undeliverable', kind: 'en' },
  { q: 'undelivarable', id: 'undeliverable', kind: 'typo' },
  { q: 'every email bounces back', id: 'undeliverable', kind: 'intent' },
  { q: 'delivery has failed', id: 'undeliverable', kind: 'en' },
  // MFA methods
  { q: '多要素認証の方法', id: 'mfa-methods', kind: 'ja' },
  { q: 'おすすめの認証方法', id: 'mfa-methods', kind: 'ja' },
  { q: 'authenticator app', id: 'mfa-methods', kind: 'en' },
  { q: 'オーセンティケーター', id: 'mfa-methods', kind: 'kana' },
  { q: 'SMSで認証', id: 'mfa-methods', kind: 'ja' },
  { q: 'which mfa method is best', id: 'mfa-methods', kind: 'en' },
  { q: '海外 電話代', id: 'mfa-methods', kind: 'intent' },
  { q: 'athenticator', id: 'mfa-methods', kind: 'typo' },
  // leading zero
  { q: '電話番号の最初の0', id: 'mfa-phone-zero', kind: 'ja' },
  { q: '０はいる？', id: 'mfa-phone-zero', kind: 'width' },
  { q: 'leading zero phone number', id: 'mfa-phone-zero', kind: 'en' },
  { q: 'country code +81', id: 'mfa-phone-zero', kind: 'en' },
  // MFA change
  { q: '多要素認証の設定を変更したい', id: 'mfa-change', kind: 'ja' },
  { q: 'セキュリティ情報', id: 'mfa-change', kind: 'ja' },
  { q: 'change mfa phone number', id: 'mfa-change', kind: 'en' },
  { q: 'security info', id: 'mfa-change', kind: 'en' },
  { q: 'スマホを買い替える 認証', id: 'mfa-change', kind: 'intent' },
  // mail clients
  { q: 'Thunderbirdで読みたい', id: 'mail-clients', kind: 'ja' },
  { q: 'サンダーバード', id: 'mail-clients', kind: 'kana' },
  { q: 'アプリパスワード', id: 'mail-clients', kind: 'ja' },
  { q: 'iphoneのメールアプリで受信', id: 'mail-clients', kind: 'intent' },
  { q: 'thunderbrid', id: 'mail-clients', kind: 'typo' },
  { q: 'imap settings', id: 'mail-clients', kind: 'en' },
  { q: 'app password not working', id: 'mail-clients', kind: 'en' },
  { q: 'ＧＭＡＩＬ で 受信', id: 'mail-clients', kind: 'width' },
  // other services
  { q: 'OneDriveを使いたい', id: 'other-services', kind: 'ja' },
  { q: 'ワンドライブ', id: 'other-services', kind: 'kana' },
  { q: 'teams', id: 'other-services', kind: 'en' },
  { q: 'onedrive', id: 'other-services', kind: 'en' },
  { q: 'one drive', id: 'other-services', kind: 'typo' },
  // contact
  { q: '問い合わせ先', id: 'contact', kind: 'ja' },
  { q: 'ヘルプデスクの電話番号', id: 'contact', kind: 'ja' },
  { q: 'といあわせ', id: 'contact', kind: 'kana' },
  { q: 'help desk phone', id: 'contact', kind: 'en' },
  { q: 'contact support', id: 'contact', kind: 'en' },
  { q: 'hepldesk', id: 'contact', kind: 'typo' },
];
