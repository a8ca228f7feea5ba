import { addsStrangers, HOST_ATTRIBUTE, isOurHost, lostHosts, onlyOurHosts } from '../content/host';
import type { SiteDom } from '../content/site';
import { SECURITY_INFO_HOST } from './security-info';
import { SIGNIN_HOST, signinLanguage } from './signin';

/**
 * Microsoft's sign-in and Security info pages as the runner sees them: each is one small page
 * whose steps and dialogs replace each other in place, so the whole page is the one region, and
 * any change that is not our own makes its tips look again. Steps are shown and hidden by
 * `hidden`, `style` and classes as well as by new nodes.
 */
function microsoftSite(host: string, uiLanguage: (doc: Document) => string): SiteDom {
  return {
    hosts: [host],
    observe: {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'aria-hidden', 'open', HOST_ATTRIBUTE],
    },
    classify(records, changes) {
      for (const record of records) {
        if (record.type === 'childList' && onlyOurHosts(record)) lostHosts(record, changes.lost);
        else if (!(record.type === 'attributes' && isOurHost(record.target))) {
          changes.page = true;
          if (!changes.strangers && addsStrangers(record)) changes.strangers = true;
        }
      }
    },
    scope: (region, doc) => (region === 'page' ? doc.documentElement : null),
    rows: () => [],
    rowOf: () => null,
    uiLanguage,
  };
}

export const signinSite = microsoftSite(SIGNIN_HOST, (doc) => signinLanguage(doc) ?? '');
export const securityInfoSite = microsoftSite(SECURITY_INFO_HOST, (doc) => doc.documentElement.lang);
