import { bounceOpen } from '../detectors/bounce-open';
import { bounceRow } from '../detectors/bounce-row';
import { bounceStorm } from '../detectors/bounce-storm';
import { forwardingAddress } from '../detectors/forwarding-address';
import { forwardingWithoutCopy } from '../detectors/forwarding-without-copy';
import { rulesForward } from '../detectors/rules-forward';
import type { FeatureId, Site } from '../features';
import { isMailRoute, optionsPage } from '../outlook/routes';
import { outlookSite } from '../outlook/site';
import { BounceOpen } from '../panels/BounceOpen';
import { BounceRow } from '../panels/BounceRow';
import { BounceStorm } from '../panels/BounceStorm';
import { ForwardingAddress } from '../panels/ForwardingAddress';
import { ForwardingWithoutCopy } from '../panels/ForwardingWithoutCopy';
import { RulesForward } from '../panels/RulesForward';
import { feature, type Feature } from './feature';
import type { SiteDom } from './site';

/**
 * Every tip, bound to its detector and panel: one line each. The order within a site is the
 * order they run in (it matters nowhere today). src/features.ts lists the same ids for the
 * options page and settings; the type below makes the compiler check the two agree.
 */
const onForwarding = (pathname: string) => optionsPage(pathname) === 'forwarding';
const onRules = (pathname: string) => optionsPage(pathname) === 'rules';

// biome-ignore lint/suspicious/noExplicitAny: each entry's props type is its own; feature() checks each one.
export const REGISTRY: { readonly [K in FeatureId]: Feature<any, K> } = {
  'bounce-row': feature({ id: 'bounce-row', route: isMailRoute, region: 'row', detect: bounceRow, Panel: BounceRow, display: 'inline' }),
  'bounce-open': feature({ id: 'bounce-open', route: isMailRoute, region: 'pane', detect: bounceOpen, Panel: BounceOpen, display: 'block' }),
  'bounce-storm': feature({ id: 'bounce-storm', route: isMailRoute, region: 'list', detect: bounceStorm, Panel: BounceStorm, display: 'block' }),
  'forwarding-without-copy': feature({ id: 'forwarding-without-copy', route: onForwarding, region: 'settings', detect: forwardingWithoutCopy, Panel: ForwardingWithoutCopy, display: 'block' }),
  'forwarding-address': feature({ id: 'forwarding-address', route: onForwarding, region: 'settings', detect: forwardingAddress, Panel: ForwardingAddress, display: 'block' }),
  'rules-forward': feature({ id: 'rules-forward', route: onRules, region: 'settings', detect: rulesForward, Panel: RulesForward, display: 'block' }),
};

/** Each site's DOM, by the site names of src/features.ts. */
export const SITES: Partial<Record<Site, SiteDom>> = {
  outlook: outlookSite,
};
