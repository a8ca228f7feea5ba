import type { AddressIssue } from '../address/check';
import type { PanelProps } from '../content/feature';
import type { ForwardingAddressProps } from '../detectors/forwarding-address';
import type { Lang } from '../faq/types';
import { t, type MessageKey } from '../i18n';
import { Announce } from './Announce';
import { CarrierAdvice } from './CarrierAdvice';

const INVALID: Record<Extract<AddressIssue, { kind: 'invalid' }>['reason'], MessageKey> = {
  'missing-at': 'forwardingAddressMissingAt',
  'full-width': 'forwardingAddressFullWidth',
  spaces: 'forwardingAddressSpaces',
  'bad-domain': 'forwardingAddressBadDomain',
  'multiple-at': 'forwardingAddressMultipleAt',
};

function Issue({ lang, issue }: { lang: Lang; issue: AddressIssue }) {
  switch (issue.kind) {
    case 'invalid':
      return (
        <div class="issue" data-issue={`invalid-${issue.reason}`}>
          <p>{t(lang, INVALID[issue.reason])}</p>
          {issue.suggestion && <p>{t(lang, 'forwardingAddressSuggestion', issue.suggestion)}</p>}
        </div>
      );
    case 'typo':
      return (
        <p class="issue" data-issue="typo">
          {t(lang, 'forwardingAddressTypo', issue.suggestion)}
        </p>
      );
    case 'oumail-address':
      return (
        <p class="issue" data-issue="oumail-address">
          {t(lang, 'forwardingAddressOwnDomain', issue.domain)}
        </p>
      );
    case 'carrier':
      return (
        <div class="issue" data-issue="carrier">
          <CarrierAdvice lang={lang} carrier={issue.carrier} part="both" />
        </div>
      );
  }
}

/** Below "Forward my email to": what is wrong with the address as typed. */
export function ForwardingAddress({ lang, issues }: PanelProps<ForwardingAddressProps>) {
  return (
    <section class="card" lang={lang} aria-labelledby="address-title">
      <h2 id="address-title">{t(lang, 'forwardingAddressTitle')}</h2>
      <Announce text={`${t(lang, 'helpName')}: ${t(lang, 'forwardingAddressTitle')}`} />
      {issues.map((issue, i) => (
        <Issue key={`${issue.kind}${i}`} lang={lang} issue={issue} />
      ))}
    </section>
  );
}
