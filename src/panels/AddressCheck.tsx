import type { AddressIssue } from '../address/check';
import type { Lang } from '../faq/types';
import { t, type MessageKey } from '../i18n';
import { Announce } from './Announce';
import { CarrierAdvice } from './CarrierAdvice';

const INVALID: Record<Extract<AddressIssue, { kind: 'invalid' }>['reason'], MessageKey> = {
  'missing-at': 'addressMissingAt',
  'full-width': 'addressFullWidth',
  spaces: 'addressSpaces',
  'bad-domain': 'addressBadDomain',
  'multiple-at': 'addressMultipleAt',
};

function Issue({ lang, issue }: { lang: Lang; issue: AddressIssue }) {
  switch (issue.kind) {
    case 'invalid':
      return (
        <div class="issue" data-issue={`invalid-${issue.reason}`}>
          <p>{t(lang, INVALID[issue.reason])}</p>
          {issue.suggestion && <p>{t(lang, 'addressSuggestion', issue.suggestion)}</p>}
        </div>
      );
    case 'typo':
      return <p class="issue" data-issue="typo">{t(lang, 'addressTypo', issue.suggestion)}</p>;
    case 'oumail-address':
      return <p class="issue" data-issue="oumail-address">{t(lang, 'addressOwnDomain', issue.domain)}</p>;
    case 'carrier':
      return (
        <div class="issue" data-issue="carrier">
          <CarrierAdvice lang={lang} carrier={issue.carrier} part="both" />
        </div>
      );
  }
}

/** Below "Forward my email to": what is wrong with the address as typed. */
export function AddressCheck({ lang, issues }: { lang: Lang; issues: AddressIssue[] }) {
  return (
    <section class="card" lang={lang} aria-labelledby="address-title">
      <h2 id="address-title">{t(lang, 'addressTitle')}</h2>
      <Announce text={`${t(lang, 'helpName')}: ${t(lang, 'addressTitle')}`} />
      {issues.map((issue, i) => (
        <Issue key={`${issue.kind}${i}`} lang={lang} issue={issue} />
      ))}
    </section>
  );
}
