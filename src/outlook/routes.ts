/**
 * Which Outlook page is this? The hosts Outlook on the web is served from, and its routes.
 * Work and school accounts (OUMail) use /mail/…; consumer accounts add an account index, /mail/0/….
 * Keep in step with manifest.json's content_scripts.matches.
 */
export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft', 'outlook.live.com'] as const;

export function isOutlookHost(hostname: string): boolean {
  return (OUTLOOK_HOSTS as readonly string[]).includes(hostname);
}

/** The mail module: the list, the reading pane, the deeplink views and Settings opened over them. */
export function isMailRoute(pathname: string): boolean {
  return /^\/mail(?:\/|$)/.test(pathname);
}

/** An account index (consumer: /mail/0/) or another mailbox's address, plain or URL-encoded. */
const ACCOUNT = '(?:\\d+|[^/]+(?:@|%40)[^/]+)';
const MAIL_BASE = new RegExp(`^/mail(?:/${ACCOUNT})?(?=/|$)`);
const OPTIONS_PAGE = new RegExp(`^/mail(?:/${ACCOUNT})?/options/mail/([A-Za-z]+)`);
const DEEPLINK_READ = new RegExp(`^/mail(?:/${ACCOUNT})?/deeplink/read(?:/|$)`);

/**
 * The part of a mail route that comes before the module: '/mail' for work and school accounts,
 * '/mail/0' for consumer accounts, '/mail/<address>' for another mailbox opened in its own tab.
 */
export function mailBase(pathname: string): string {
  const m = MAIL_BASE.exec(pathname);
  return m ? m[0] : '/mail';
}

/** Outlook's forwarding settings on this host, for this account (Settings opens over the mail view). */
export function forwardingSettingsUrl(loc: Pick<Location, 'origin' | 'pathname'>): string {
  return `${loc.origin}${mailBase(loc.pathname)}/options/mail/forwarding`;
}

/** Settings › Mail › <page>, e.g. 'forwarding' or 'rules', or null when Settings is not open there. */
export function optionsPage(pathname: string): string | null {
  const m = OPTIONS_PAGE.exec(pathname);
  return m ? m[1] : null;
}

/** The stand-alone read view of one message: /mail/deeplink/read/<id> (also with an account index). */
export function isDeeplinkRead(pathname: string): boolean {
  return DEEPLINK_READ.test(pathname);
}

/** The id of the message or conversation open in the URL (/…/id/<id>, /deeplink/read/<id>), decoded. */
export function openItemId(pathname: string): string | null {
  const m = /\/(?:id|deeplink\/read)\/([^/?#]+)/.exec(pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
