import type { Carrier } from '../address/carriers';
import type { PanelProps } from '../content/feature';
import type { BounceOpenProps } from '../detectors/bounce-open';
import type { Lang } from '../faq/types';
import { t, type MessageKey } from '../i18n';
import type { BounceCause, BounceReport, FailedRecipient } from '../report/parse';
import { Announce } from './Announce';
import { CarrierAdvice } from './CarrierAdvice';
import { FaqAnswerDetails } from './FaqAnswerDetails';
import { TipActions } from './TipActions';

const CAUSE_TEXT: Record<BounceCause, [what: MessageKey, fix: MessageKey]> = {
  'forwarding-blocked': ['causeForwardingBlocked', 'fixForwardingBlocked'],
  'address-not-found': ['causeAddressNotFound', 'fixAddressNotFound'],
  'mailbox-full': ['causeMailboxFull', 'fixMailboxFull'],
  rejected: ['causeRejected', 'fixRejected'],
  expired: ['causeExpired', 'fixExpired'],
  loop: ['causeLoop', 'fixLoop'],
  'forwarding-misconfigured': ['causeForwardingMisconfigured', 'fixForwardingMisconfigured'],
  'sending-limited': ['causeSendingLimited', 'fixSendingLimited'],
  'sending-paused': ['causeSendingPaused', 'fixSendingPaused'],
  'not-authorized': ['causeNotAuthorized', 'fixNotAuthorized'],
  'unknown-or-filtered': ['causeUnknownOrFiltered', 'fixUnknownOrFiltered'],
  unknown: ['causeUnknown', 'fixUnknown'],
};

interface Group {
  cause: BounceCause;
  recipients: FailedRecipient[];
  carrier: Carrier | null;
  /** Addresses of this group that are counted but not listed. */
  more: number;
}

/** A long list shows this many addresses per group and says how many more there are. */
const SHOWN_PER_GROUP = 10;

/**
 * Recipients that failed for the same reason are explained together. The addresses the reader
 * counted beyond those it kept have no cause of their own; they are counted with the last group.
 */
function groupsOf(report: BounceReport): Group[] {
  if (report.recipients.length === 0) return [{ cause: report.cause, recipients: [], carrier: null, more: 0 }];
  const groups: Group[] = [];
  for (const r of report.recipients) {
    let group = groups.find((g) => g.cause === r.cause);
    if (!group) {
      group = { cause: r.cause, recipients: [], carrier: null, more: 0 };
      groups.push(group);
    }
    group.recipients.push(r);
    group.carrier ??= r.carrier;
  }
  for (const group of groups) group.more = Math.max(0, group.recipients.length - SHOWN_PER_GROUP);
  groups[groups.length - 1].more += Math.max(0, report.more ?? 0);
  return groups;
}

function Explanation({ lang, group, code }: { lang: Lang; group: Group; code: string | null }) {
  const [what, fix] = CAUSE_TEXT[group.cause];
  // A forward the university refused to send (5.7.520) never reached the carrier: its filters are
  // not what happened, and their advice would send the student the wrong way.
  const carrier = group.cause === 'forwarding-blocked' ? null : group.carrier;
  const shown = group.recipients.slice(0, SHOWN_PER_GROUP);
  return (
    <div class="group" data-cause={group.cause}>
      <h3>{t(lang, 'bounceOpenRecipients')}</h3>
      {shown.length > 0 ? (
        <ul class="recipients">
          {shown.map((r) => (
            <li key={r.address}>
              <bdi class="address">{r.address}</bdi>
              {(r.code ?? code) && <span class="code"> — {t(lang, 'bounceOpenCode', (r.code ?? code)!)}</span>}
            </li>
          ))}
          {group.more > 0 && <li class="more">{t(lang, 'bounceOpenMoreRecipients', new Intl.NumberFormat(lang).format(group.more))}</li>}
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
export function BounceOpen({ lang, report, forwardingUrl, actions }: PanelProps<BounceOpenProps>) {
  const groups = groupsOf(report);
  const faqId = groups.some((g) => g.carrier && g.cause !== 'forwarding-blocked') ? 'forward-missing' : 'undeliverable';

  return (
    <section class="card diagnosis" lang={lang} aria-labelledby="diagnosis-title">
      <h2 id="diagnosis-title">{t(lang, 'bounceOpenTitle')}</h2>
      <Announce text={`${t(lang, 'helpName')}: ${t(lang, 'bounceOpenTitle')}`} />
      {groups.map((group) => (
        <Explanation key={group.cause} lang={lang} group={group} code={report.code} />
      ))}
      <p>
        <a class="primary" href={forwardingUrl}>
          {t(lang, 'openForwarding')}
        </a>
      </p>
      <FaqAnswerDetails lang={lang} id={faqId} />
      <TipActions lang={lang} actions={actions} />
    </section>
  );
}
