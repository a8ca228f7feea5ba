import { PAGES } from '../faq/sources';
import type { MessageKey } from '../i18n';

/**
 * Where each panel message that states a fact comes from: the status-code explanations
 * (cause*, fix*, picked in BounceDiagnosis.tsx), the carrier advice (carrier*, picked in
 * CarrierAdvice.tsx) and the forwarding warnings. Data for tests/unit/faq-sources.test.ts, which
 * requires an official source for each of these messages; nothing here is bundled into a panel.
 */
type Cited = { url: string; supports: string }[];

const SEED_KEEP_COPY = {
  url: PAGES.seedFaq,
  supports: 'item 3-1 (※2): without the tick nothing stays in OUMail, and mail blocked at the forwarding address is lost',
};
const SEED_ALL_BOUNCE = {
  url: PAGES.seedFaq,
  supports: 'item 4: every subject with 配信不能: / Undeliverable: means the forwarding setting is likely wrong',
};
const SEED_CARRIERS = {
  url: PAGES.seedFaq,
  supports:
    'item 3-2: carriers judge spam strictly and block legitimate mail; allow KOAN and CLE; mail can be blocked even so; sign in regularly',
};
const NDR_NOT_FOUND = {
  url: PAGES.msNdr,
  supports: '5.1.1 / 5.1.10 / 5.4.1: the address was entered incorrectly, does not exist, or has been changed or removed',
};
const DOCOMO_SPOOFED = {
  url: PAGES.docomoSpoofing,
  supports: 'mail through mailing lists and forwarding services counts as spoofed (なりすましメール)',
};
const SOFTBANK_SPOOFED = {
  url: PAGES.softbankRescue,
  supports: 'with spoofing refused, mail through mailing lists and forwarding services may be judged spoofed',
};
const FORWARDING_BOX = {
  url: PAGES.msForwarding,
  supports: 'the name of the box "Keep a copy of forwarded messages" in the forwarding settings',
};

export const MESSAGE_SOURCES: Partial<Record<MessageKey, Cited>> = {
  bounceRowBody: [SEED_ALL_BOUNCE, NDR_NOT_FOUND, DOCOMO_SPOOFED],
  bounceStormBody: [SEED_ALL_BOUNCE, NDR_NOT_FOUND, DOCOMO_SPOOFED],

  causeForwardingBlocked: [
    { url: PAGES.msExternalForwarding, supports: '5.7.520: the organisation does not allow automatic forwarding to external recipients' },
  ],
  fixForwardingBlocked: [
    { url: PAGES.msExternalForwarding, supports: 'only the organisation can allow external forwarding ("contact your administrator")' },
    SEED_KEEP_COPY,
    FORWARDING_BOX,
  ],
  causeAddressNotFound: [NDR_NOT_FOUND],
  fixAddressNotFound: [NDR_NOT_FOUND],
  causeMailboxFull: [
    { url: PAGES.rfc3463, supports: 'X.2.2 Mailbox full: over a per-mailbox quota; the recipient can delete messages to make room' },
  ],
  fixMailboxFull: [
    { url: PAGES.rfc3463, supports: 'X.2.2: the recipient can delete messages to make more space; a persistent transient failure' },
  ],
  causeRejected: [
    { url: PAGES.msNdr, supports: '5.7.1 not authorized / policy, 5.7.23 SPF violation, 5.7.509 DMARC failure' },
    DOCOMO_SPOOFED,
    SOFTBANK_SPOOFED,
  ],
  fixRejected: [
    { url: PAGES.msNdr, supports: "5.7.23 / 5.7.509: the sender's SPF or DMARC configuration, not the recipient's settings" },
    SEED_KEEP_COPY,
  ],
  causeExpired: [
    { url: PAGES.msNdr, supports: '4.4.7 / 5.4.300: the message took too long to deliver; the destination server never responded' },
  ],
  fixExpired: [{ url: PAGES.msNdr, supports: '4.4.7: check the address and whether the receiving server is set up to receive' }],
  causeLoop: [{ url: PAGES.msNdr, supports: '5.4.6 / 5.4.14: routing loop; check whether automatic forwarding is on at both ends' }],
  fixLoop: [{ url: PAGES.msNdr, supports: "5.4.14: check both mailboxes' rules for automatic forwarding" }],
  causeForwardingMisconfigured: [
    {
      url: PAGES.rfc3463,
      supports: 'X.2.x: a mailbox status problem at the receiving side (5.2.14, or a report that names the forwarding address)',
    },
  ],
  fixForwardingMisconfigured: [FORWARDING_BOX],
  causeSendingLimited: [
    {
      url: PAGES.msNdr,
      supports: '5.1.8 / 5.1.90 / 5.7.501–503 / submission quota: sending blocked or limited; often a compromised account',
    },
  ],
  fixSendingLimited: [
    { url: PAGES.msNdr, supports: '5.7.501: reset the credentials; contact support' },
    { url: PAGES.seedFaq, supports: 'the contact at the end of the page' },
  ],
  causeSendingPaused: [
    {
      url: PAGES.msNdr,
      supports: '4.7.500–4.7.699: access denied, please try again later; suspicious activity detected, sending temporarily restricted',
    },
  ],
  fixSendingPaused: [
    { url: PAGES.msNdr, supports: '4.7.500–4.7.699: the restriction is temporary; try again later' },
    { url: PAGES.seedFaq, supports: 'the contact at the end of the page' },
  ],
  causeNotAuthorized: [
    {
      url: PAGES.msNdr,
      supports: '5.7.1 Delivery not authorized, 5.7.124 / 5.7.133–5.7.136: the sender is not allowed to send to this group or recipient',
    },
  ],
  fixNotAuthorized: [{ url: PAGES.msNdr, supports: "5.7.1 / 5.7.124: the group's owner or the recipient's admin must allow the sender" }],
  causeUnknownOrFiltered: [
    NDR_NOT_FOUND,
    DOCOMO_SPOOFED,
    {
      url: PAGES.docomoSpoofing,
      supports: 'docomo refuses mail it judges spoofed (なりすましメール拒否) with the same rejection as other refused mail',
    },
  ],
  fixUnknownOrFiltered: [
    NDR_NOT_FOUND,
    DOCOMO_SPOOFED,
    { url: PAGES.docomoDestination, supports: '宛先指定受信 lets forwarded mail through' },
  ],
  causeUnknown: [{ url: PAGES.msNdr, supports: "the NDR carries the server's own explanation after the status code" }],
  fixUnknown: [
    SEED_ALL_BOUNCE,
    { url: PAGES.msNdr, supports: 'Diagnostic information for administrators: the remote server and its SMTP response' },
  ],

  carrierAdvice: [SEED_CARRIERS],
  carrierFix: [SEED_CARRIERS, SEED_KEEP_COPY, FORWARDING_BOX],
  carrierSetting: [
    { url: PAGES.docomoDestination, supports: '宛先指定受信: register the address mail is forwarded from' },
    { url: PAGES.softbankRescue, supports: '救済リスト: register the mailing list / forwarding addresses' },
  ],
  carrierSettingDocomo: [DOCOMO_SPOOFED, { url: PAGES.docomoDestination, supports: 'the setting is named 宛先指定受信' }],
  carrierSettingSoftbank: [{ url: PAGES.softbankRescue, supports: 'the setting is named 救済リスト (なりすましメールの救済リスト)' }],
  // No longer shown: au's own setting for forwarded mail could not be confirmed on an au page (see the report of issue 10).
  carrierWhyDocomo: [DOCOMO_SPOOFED],
  carrierWhyAu: [{ url: PAGES.auFilter, supports: 'オススメ設定 rejects spoofed mail and automatically forwarded mail' }],
  carrierWhySoftbank: [SOFTBANK_SPOOFED],

  forwardingWithoutCopyBody: [SEED_KEEP_COPY, FORWARDING_BOX, DOCOMO_SPOOFED, SOFTBANK_SPOOFED],
  rulesForwardRemoveBody: [SEED_KEEP_COPY, DOCOMO_SPOOFED],
  rulesForwardBody: [SEED_CARRIERS, DOCOMO_SPOOFED, SOFTBANK_SPOOFED],

  forwardingAddressOwnDomain: [
    { url: PAGES.helpCenterQ1, supports: 'OUMail addresses are …@ecs.osaka-u.ac.jp, and …@alumni.osaka-u.ac.jp after graduation' },
    {
      url: PAGES.msExternalForwarding,
      supports: 'automatic forwarding between internal users is not affected by the outbound (5.7.520) settings',
    },
  ],
};
