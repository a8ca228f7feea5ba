import { ME, type Bounce, type BounceCode, type Message } from './data';

/**
 * Message bodies as Outlook shows them inside `UniqueMessageBody_N`: the sender's HTML, with
 * Outlook's `x_` class prefixes and presentation tables. Bounces are Exchange Online reports: the
 * newer card (English) or the older plain report (English or Japanese), with the landmark
 * phrases Exchange puts in every report and the rest in our own words. Plain elements only, no
 * images (nothing may load), everything rendered as text.
 */

const SERVER = 'TY2P286MB4120.JPNP286.PROD.OUTLOOK.COM';

const REPLY: Record<BounceCode, (to: string) => string> = {
  '5.7.520': () =>
    '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
  '5.1.1': (to) => `550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table`,
  '5.2.2': (to) => `552 5.2.2 <${to}>: Mailbox full, the recipient's mailbox has exceeded its quota`,
  '4.4.7': () => '450 4.4.7 Message delivery has timed out. QUEUE.Expired; message expired',
};

const CAUSE_EN: Record<BounceCode, string> = {
  '5.7.520': 'Your organization doesn’t allow messages to be forwarded automatically to addresses outside it.',
  '5.1.1': 'The address you sent to wasn’t found at the destination domain. It may be misspelled or may no longer exist.',
  '5.2.2': 'The recipient’s mailbox is full and can’t accept messages right now.',
  '4.4.7': 'The receiving server didn’t accept the message before it expired.',
};

const CAUSE_JA: Record<BounceCode, string> = {
  '5.7.520': '組織の設定により、外部のアドレスへの自動転送は許可されていません。',
  '5.1.1': '宛先のアドレスが見つかりませんでした。アドレスが間違っているか、現在は使われていない可能性があります。',
  '5.2.2': '受信者のメールボックスがいっぱいのため、メッセージを受け付けられませんでした。',
  '4.4.7': '配信の期限までに相手のサーバーがメッセージを受け付けませんでした。',
};

function OriginalHeaders({ m, b }: { m: Message; b: Bounce }) {
  return (
    <pre class="x_rw-headers">
      {`Received: from ${SERVER} (2603:1096:404:8053::11) by TYCP286MB2861.JPNP286.PROD.OUTLOOK.COM with HTTPS; ${m.received}
Received: from TYCP286MB2861.JPNP286.PROD.OUTLOOK.COM ([fe80::5c1:8d2e:77a0:12ab]) by ${SERVER}
 ([fe80::5c1:8d2e:77a0:12ab%4]) with mapi id 15.20.8207.017; ${m.received}
From: ${ME.name} <${ME.address}>
To: "${ME.address}" <${ME.address}>
Subject: ${b.original}
Thread-Topic: ${b.original}
Message-ID: <${SERVER.slice(0, 14)}${m.serial.toString(16).toUpperCase()}@${SERVER}>
Content-Language: ${b.lang === 'ja' ? 'ja-JP' : 'en-US'}
MIME-Version: 1.0`}
    </pre>
  );
}

function Cells({ cells, head }: { cells: string[]; head?: boolean }) {
  return (
    <tr>
      {cells.map((c, i) =>
        head ? (
          <th key={i} class="x_hop-head">
            {c}
          </th>
        ) : (
          <td key={i} class="x_hop-cell">
            {c}
          </td>
        ),
      )}
    </tr>
  );
}

/** The newer Exchange Online report: a card with the cause, who can fix it, and admin details. */
function ReportCard({ m, b }: { m: Message; b: Bounce }) {
  const [local, domain] = b.recipient.split('@');
  const reply = REPLY[b.code](b.recipient);
  return (
    <div class="x_rps_ndr">
      <table role="presentation" class="x_card" width="100%" cellPadding="0" cellSpacing="0">
        <tbody>
          <tr>
            <td class="x_brand">
              <span class="x_brand-name">Office 365</span>
            </td>
          </tr>
          <tr>
            <td class="x_headline">
              <p class="x_big">
                Your message to{' '}
                <a href={`mailto:${b.recipient}`} title={`mailto:${b.recipient}`} data-linkindex="0">
                  {b.recipient}
                </a>{' '}
                couldn't be delivered.
              </p>
              <p class="x_cause">{CAUSE_EN[b.code]}</p>
            </td>
          </tr>
          <tr>
            <td>
              <table role="presentation" class="x_owners" width="100%">
                <tbody>
                  <tr>
                    <td class="x_owner">
                      <span class="x_who">{ME.address.split('@')[0]}</span>
                      <br />
                      <span class="x_role">Sender</span>
                    </td>
                    <td class="x_owner x_mid">
                      <span class="x_who">Office 365</span>
                      <br />
                      <span class="x_role"> </span>
                    </td>
                    <td class="x_owner x_action">
                      <span class="x_who">{domain}</span>
                      <br />
                      <span class="x_role x_red">Action Required</span>
                      <br />
                      <span class="x_role">Recipient</span>
                    </td>
                  </tr>
                </tbody>
              </table>
            </td>
          </tr>
          <tr>
            <td class="x_fix">
              <p class="x_h2">
                <b>How to Fix It</b>
              </p>
              <p>
                Ask {local} to check the address, or send your message another way. If you forward your mail automatically, check that the
                forwarding address is still right and allowed.
              </p>
              <p>If the problem continues, contact your email admin with the details below.</p>
            </td>
          </tr>
          <tr>
            <td>
              <hr />
            </td>
          </tr>
          <tr>
            <td class="x_small">
              Was this helpful?{' '}
              <a href="https://outlook.office.com/mail/inbox" data-linkindex="1">
                Send feedback to Microsoft
              </a>
              .
            </td>
          </tr>
        </tbody>
      </table>
      <p class="x_h2">
        <b>More Info for Email Admins</b>
      </p>
      <p>
        <em>Status code: {reply.slice(0, 9)}</em>
      </p>
      <p>
        {CAUSE_EN[b.code]} The receiving or forwarding system returned the status above; the error details name the server that rejected the
        message.
      </p>
      <p class="x_h3">Original Message Details</p>
      <table role="presentation" class="x_details">
        <tbody>
          <tr>
            <td class="x_k">Created Date:</td>
            <td>{m.received}</td>
          </tr>
          <tr>
            <td class="x_k">Sender Address:</td>
            <td>{ME.address}</td>
          </tr>
          <tr>
            <td class="x_k">Recipient Address:</td>
            <td>{b.recipient}</td>
          </tr>
          <tr>
            <td class="x_k">Subject:</td>
            <td>{b.original}</td>
          </tr>
        </tbody>
      </table>
      <p class="x_h3">Error Details</p>
      <table role="presentation" class="x_details">
        <tbody>
          <tr>
            <td class="x_k">Error:</td>
            <td>{reply}</td>
          </tr>
          <tr>
            <td class="x_k">Message rejected by:</td>
            <td>{SERVER}</td>
          </tr>
        </tbody>
      </table>
      <p class="x_h3">Message Hops</p>
      <table role="presentation" class="x_hops">
        <tbody>
          <Cells head cells={['HOP', 'TIME (UTC)', 'FROM', 'TO', 'WITH', 'RELAY TIME']} />
          <Cells
            cells={['1', m.received, 'TYCP286MB2861.JPNP286.PROD.OUTLOOK.COM', 'TYCP286MB2861.JPNP286.PROD.OUTLOOK.COM', 'mapi', '*']}
          />
          <Cells
            cells={['2', m.received, 'TYCP286MB2861.JPNP286.PROD.OUTLOOK.COM', SERVER, 'Microsoft SMTP Server (version=TLS1_2)', '1 sec']}
          />
          <Cells cells={['3', m.received, SERVER, `mx.${domain}`, 'ESMTP', '2 sec']} />
        </tbody>
      </table>
      <p class="x_h3">Original Message Headers</p>
      <OriginalHeaders m={m} b={b} />
    </div>
  );
}

/** The older plain report, in the language of the original message. */
function ReportPlain({ m, b }: { m: Message; b: Bounce }) {
  const reply = REPLY[b.code](b.recipient);
  const ja = b.lang === 'ja';
  return (
    <div class="x_rps_ndr">
      <p>
        <b>{ja ? '次の受信者またはグループへの配信に失敗しました:' : 'Delivery has failed to these recipients or groups:'}</b>
      </p>
      <p>
        <a href={`mailto:${b.recipient}`} title={`mailto:${b.recipient}`} data-linkindex="0">
          {b.recipient}
        </a>
        <br />
        {ja ? CAUSE_JA[b.code] : CAUSE_EN[b.code]}
      </p>
      <p>{ja ? 'このメッセージに返信する必要はありません。' : 'No reply is needed to this message.'}</p>
      <p>
        <b>{ja ? '管理者向けの診断情報:' : 'Diagnostic information for administrators:'}</b>
      </p>
      <p>
        {ja ? '生成サーバー: ' : 'Generating server: '}
        {SERVER}
        <br />
        <br />
        {b.recipient}
        <br />
        {ja ? `リモート サーバーから '${reply}' が返されました` : `Remote Server returned '${reply}'`}
        <br />
      </p>
      <p>{ja ? '元のメッセージ ヘッダー:' : 'Original message headers:'}</p>
      <OriginalHeaders m={m} b={b} />
    </div>
  );
}

function Signature({ m }: { m: Message }) {
  return (
    <div class="x_elementToProof">
      <p>--</p>
      <p>{m.from.name}</p>
      <p>{m.from.address}</p>
    </div>
  );
}

function Paragraphs({ texts }: { texts: string[] }) {
  return (
    <>
      {texts.map((t, i) => (
        <p key={i} class="x_MsoNormal">
          {t}
        </p>
      ))}
    </>
  );
}

/** A reply: the new text, then the quoted earlier message with its header block. */
function Reply({ m }: { m: Message }) {
  return (
    <div class="x_WordSection1">
      <Paragraphs texts={['Hi all,', m.preview, 'I will bring the printed copies. Let me know if anything changes.', 'Best,']} />
      <Signature m={m} />
      <div id="x_appendonsend" />
      <hr style="display:inline-block;width:98%" tabIndex={-1} />
      <div id="x_divRplyFwdMsg" dir="ltr">
        <p class="x_hdr">
          <b>From:</b> {ME.name} &lt;{ME.address}&gt;
          <br />
          <b>Sent:</b> {m.received}
          <br />
          <b>To:</b> {m.from.name} &lt;{m.from.address}&gt;
          <br />
          <b>Subject:</b> {m.subject.replace(/^Re: /, '')}
        </p>
      </div>
      <blockquote class="x_quote">
        <Paragraphs
          texts={['Thanks — could you send me the draft before Thursday?', 'I would like to read section 3 again before we meet.', ME.name]}
        />
      </blockquote>
    </div>
  );
}

/** A notice from a university system: a header band, a table of details, a footer. */
function Notice({ m }: { m: Message }) {
  const rows: [string, string][] = [
    ['Subject', m.subject],
    ['Date', m.received],
    ['Contact', m.from.address],
    ['Reference', `No. ${1000 + (m.serial % 9000)}`],
  ];
  return (
    <table role="presentation" width="100%" cellPadding="0" cellSpacing="0" class="x_notice">
      <tbody>
        <tr>
          <td class="x_band">
            <span>{m.from.name}</span>
          </td>
        </tr>
        <tr>
          <td class="x_pad">
            <Paragraphs
              texts={[m.preview, 'Details are listed below. Please do not reply to this message; use the contact address instead.']}
            />
          </td>
        </tr>
        <tr>
          <td class="x_pad">
            <table role="presentation" class="x_kv">
              <tbody>
                {rows.map(([k, v]) => (
                  <tr key={k}>
                    <th class="x_k">{k}</th>
                    <td class="x_v">{v}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </td>
        </tr>
        <tr>
          <td class="x_foot">This message was sent automatically. © Osaka University (example)</td>
        </tr>
      </tbody>
    </table>
  );
}

function Section({ title, text, link }: { title: string; text: string; link: string }) {
  return (
    <tr class="x_header-font" role="presentation">
      <td class="x_section-table-column" role="presentation">
        <table cellPadding="0" cellSpacing="0" role="presentation">
          <tbody>
            <tr role="presentation">
              <td class="x_section-header" role="presentation">
                {title}
              </td>
            </tr>
            <tr role="presentation">
              <td class="x_section-text" role="presentation">
                {text}
              </td>
            </tr>
            <tr role="presentation">
              <td role="presentation">
                <a
                  class="x_section-link"
                  href="https://outlook.office.com/mail/inbox"
                  title={link}
                  data-auth="NotApplicable"
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  {link}
                </a>
              </td>
            </tr>
          </tbody>
        </table>
      </td>
    </tr>
  );
}

/** A newsletter: nested presentation tables, as marketing mail is built. */
function Newsletter({ m }: { m: Message }) {
  const sections = [
    ['Internship fair', 'Meet forty companies on Wednesday in the main hall, 13:00–17:00.', 'See the list'],
    ['CV clinic', 'Bring your CV and get feedback from a career adviser in twenty minutes.', 'Book a slot'],
    ['Alumni talk', 'Three graduates talk about their first year at work, followed by questions.', 'Register'],
    ['Study abroad', 'Applications for the spring exchange programme close at the end of the month.', 'Read more'],
    ['Library hours', 'The library stays open until 22:00 during the examination period.', 'Opening hours'],
  ];
  return (
    <div class="x_rps_news">
      <div class="x_center" style="text-align: center;">
        <table {...{ bgcolor: '#F1F1F1' }} cellPadding="0" cellSpacing="0" role="presentation" width="600">
          <tbody>
            <tr role="presentation">
              <td class="x_top" role="presentation">
                {m.from.name} · {m.received}
              </td>
            </tr>
            <tr role="presentation">
              <td class="x_intro" role="presentation">
                <Paragraphs texts={[m.preview]} />
              </td>
            </tr>
            {sections.map(([title, text, link]) => (
              <Section key={title} title={title} text={text} link={link} />
            ))}
            <tr role="presentation">
              <td class="x_foot" role="presentation">
                You are receiving this because you subscribed with {ME.address}. Unsubscribe in your settings.
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function Body({ m }: { m: Message }) {
  if (m.bounce)
    return m.bounce.lang === 'en' && m.serial % 2 === 0 ? <ReportCard m={m} b={m.bounce} /> : <ReportPlain m={m} b={m.bounce} />;
  switch (m.body) {
    case 'reply':
      return <Reply m={m} />;
    case 'notice':
      return <Notice m={m} />;
    case 'newsletter':
      return <Newsletter m={m} />;
    default:
      return (
        <div class="x_WordSection1">
          <Paragraphs texts={['Dear Hanako,', m.preview, 'Please let me know if you have any questions.', 'Kind regards,']} />
          <Signature m={m} />
        </div>
      );
  }
}
