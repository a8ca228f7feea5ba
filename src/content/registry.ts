import { bounceOpen } from '../detectors/bounce-open';
import { bounceRow } from '../detectors/bounce-row';
import { bounceStorm } from '../detectors/bounce-storm';
import { forwardingAddress } from '../detectors/forwarding-address';
import { forwardingWithoutCopy } from '../detectors/forwarding-without-copy';
import { rulesForward } from '../detectors/rules-forward';
import { securityInfoMethods } from '../detectors/security-info-methods';
import { securityInfoPhone } from '../detectors/security-info-phone';
import { signinMfa } from '../detectors/signin-mfa';
import { signinPassword } from '../detectors/signin-password';
import { signinProofup } from '../detectors/signin-proofup';
import { signinUsername } from '../detectors/signin-username';
import type { FeatureId, Site } from '../features';
import { isMailRoute, optionsPage } from '../outlook/routes';
import { securityInfoRoute } from '../microsoft/security-info';
import { securityInfoSite, signinSite } from '../microsoft/site';
import { outlookSite } from '../outlook/site';
import { BounceOpen } from '../panels/BounceOpen';
import { BounceRow } from '../panels/BounceRow';
import { BounceStorm } from '../panels/BounceStorm';
import { ForwardingAddress } from '../panels/ForwardingAddress';
import { ForwardingWithoutCopy } from '../panels/ForwardingWithoutCopy';
import { RulesForward } from '../panels/RulesForward';
import { SecurityInfoMethods } from '../panels/SecurityInfoMethods';
import { SecurityInfoPhone } from '../panels/SecurityInfoPhone';
import { SigninMfa } from '../panels/SigninMfa';
import { SigninPassword } from '../panels/SigninPassword';
import { SigninProofup } from '../panels/SigninProofup';
import { SigninUsername } from '../panels/SigninUsername';
import { feature, type Feature } from './feature';
import type { SiteDom } from './site';

/**
 * Every tip, bound to its detector and panel: one line each. The order within a site is the
 * order they run in (it matters nowhere today). src/features.ts lists the same ids for the
 * options page and settings; the type below makes the compiler check the two agree.
 */
const onForwarding = (pathname: string) => optionsPage(pathname) === 'forwarding';
const onRules = (pathname: string) => optionsPage(pathname) === 'rules';
/** Microsoft's sign-in page is one address for every step. */
const anywhere = () => true;
const onSecurityInfo = (pathname: string) => securityInfoRoute(pathname) !== null;

// biome-ignore lint/suspicious/noExplicitAny: each entry's props type is its own; feature() checks each one.
export const REGISTRY: { readonly [K in FeatureId]: Feature<any, K> } = {
  'bounce-row': feature({ id: 'bounce-row', route: isMailRoute, region: 'row', detect: bounceRow, Panel: BounceRow, display: 'inline' }),
  'bounce-open': feature({
    id: 'bounce-open',
    route: isMailRoute,
    region: 'pane',
    detect: bounceOpen,
    Panel: BounceOpen,
    display: 'block',
  }),
  'bounce-storm': feature({
    id: 'bounce-storm',
    route: isMailRoute,
    region: 'list',
    detect: bounceStorm,
    Panel: BounceStorm,
    display: 'block',
  }),
  'forwarding-without-copy': feature({
    id: 'forwarding-without-copy',
    route: onForwarding,
    region: 'settings',
    detect: forwardingWithoutCopy,
    Panel: ForwardingWithoutCopy,
    display: 'block',
  }),
  'forwarding-address': feature({
    id: 'forwarding-address',
    route: onForwarding,
    region: 'settings',
    detect: forwardingAddress,
    Panel: ForwardingAddress,
    display: 'block',
  }),
  'rules-forward': feature({
    id: 'rules-forward',
    route: onRules,
    region: 'settings',
    detect: rulesForward,
    Panel: RulesForward,
    display: 'block',
  }),
  'signin-username': feature({
    id: 'signin-username',
    route: anywhere,
    region: 'page',
    detect: signinUsername,
    Panel: SigninUsername,
    display: 'block',
  }),
  'signin-password': feature({
    id: 'signin-password',
    route: anywhere,
    region: 'page',
    detect: signinPassword,
    Panel: SigninPassword,
    display: 'block',
  }),
  'signin-mfa': feature({ id: 'signin-mfa', route: anywhere, region: 'page', detect: signinMfa, Panel: SigninMfa, display: 'block' }),
  'signin-proofup': feature({
    id: 'signin-proofup',
    route: anywhere,
    region: 'page',
    detect: signinProofup,
    Panel: SigninProofup,
    display: 'block',
  }),
  'security-info-methods': feature({
    id: 'security-info-methods',
    route: onSecurityInfo,
    region: 'page',
    detect: securityInfoMethods,
    Panel: SecurityInfoMethods,
    display: 'block',
  }),
  'security-info-phone': feature({
    id: 'security-info-phone',
    route: onSecurityInfo,
    region: 'page',
    detect: securityInfoPhone,
    Panel: SecurityInfoPhone,
    display: 'block',
  }),
};

/** Each site's DOM, by the site names of src/features.ts. */
export const SITES: Record<Site, SiteDom> = {
  outlook: outlookSite,
  signin: signinSite,
  'security-info': securityInfoSite,
};
