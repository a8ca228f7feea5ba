import type { Carrier } from '../address/carriers';
import type { Lang } from '../faq/types';
import { t, type MessageKey } from '../i18n';
import type { BounceCause, BounceReport, FailedRecipient } from '../report/parse';
import { Announce } from './Announce';
import { CarrierAdvice } from './CarrierAdvice';
import { FaqAnswerDetails } from './FaqAnswerDetails';
import { TipActions } from './TipActions';

interface Props {
  lang: Lang;
  report: BounceReport;
  forwardingUrl: string;
  onHide: () => void;
  onTurnOff: () => void;
}

const CAUSE_TEXT: Record<BounceCause, [what: MessageKey, fix: MessageKey]> = {
  'forwarding-blocked': ['causeForwardingBlocked', 'fixForwardingBlocked'],
  'address-not-found': ['causeAddressNotFound', 'fixAddressNotFound'],
  'mailbox-full': ['causeMailboxFull', 'fixMailboxFull'],
  rejected: ['causeRejected', 'fixRejected'],
  expired: ['causeExpired', 'fixExpired'],
  loop: ['causeLoop', 'fixLoop'],
  'forwarding-misconfigured': ['causeForwardingMisconfigured', 'fixForwardingMisconfigured'],
  'sending-limited': ['causeSendingLimited', 'fixSendingLimited'],
  unknown: ['causeUnknown', 'fixUnknown'],
};

interface Group {
  cause: BounceCause;
  recipients: FailedRecipient[];
  carrier: Carrier | null;
}

/** Recipients that failed for the same reason are explained together. */
function groupsOf(report: BounceReport): Group[] {
  if (report.recipients.length === 0) return [{ cause: report.cause, recipients: [], carrier: null }];
  const groups: Group[] = [];
  for (const r of report.recipients) {
    let group = groups.find((g) => g.cause === r.cause);
    if (!group) groups.push((group = { cause: r.cause, recipients: [], carrier: null }));
    group.recipients.push(r);
    group.carrier ??= r.carrier;
  }
  return groups;
}

function Explanation({ lang, group, code }: { lang: Lang; group: Group; code: string | null }) {
  const [what, fix] = CAUSE_TEXT[group.cause];
  const { carrier } = group;
  return (
    <div class="group" data-cause={group.cause}>
      <h3>{t(lang, 'bounceOpenRecipients')}</h3>
      {group.recipients.length > 0 ? (
        <ul class="recipients">
          {group.recipients.map((r) => (
            <li key={r.address}>
              <bdi class="address">{r.address}</bdi>
              {(r.code ?? code) && <span class="code"> — {t(lang, 'bounceOpenCode', (r.code ?? code)!)}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t(lang, 'bounceOpenNoRecipient')}</p>
      )}
      <h3>{t(lang, 'bounceOpenWhat')}</h3>
      <p class="cause">{t(lang, what)}</p>
      {carrier && <CarrierAdvice lang={lang} carrier={carrier} part="why" />}
      <h3>{t(lang, 'bounceOpenFix')}</h3>
      <p>{t(lang, fix)}</p>
      {carrier && <CarrierAdvice lang={lang} carrier={carrier} part="fix" />}
    </div>
  );
}

/** The diagnosis above an open bounce: who failed, why in plain words, and what to do. */
export function BounceDiagnosis({ lang, report, forwardingUrl, onHide, onTurnOff }: Props) {
  const groups = groupsOf(report);
  const faqId = groups.some((g) => g.carrier) ? 'forward-missing' : 'undeliverable';

  return (
    <section class="card diagnosis" lang={lang} aria-labelledby="diagnosis-title">
      <h2 id="diagnosis-title">{t(lang, 'bounceOpenTitle')}</h2>
      <Announce text={`${t(lang, 'helpName')}: ${t(lang, 'bounceOpenTitle')}`} />
      {groups.map((group) => (
        <Explanation key={group.cause} lang={lang} group={group} code={report.code} />
      ))}
      <p>
        <a class="primary" href={forwardingUrl}>{t(lang, 'openForwarding')}</a>
      </p>
      <FaqAnswerDetails lang={lang} id={faqId} />
      <TipActions lang={lang} onHide={onHide} onTurnOff={onTurnOff} />
    </section>
  );
}
