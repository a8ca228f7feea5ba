/**
 * Which Outlook page is this? The hosts Outlook on the web is served from, and its routes.
 * Work and school accounts (OUMail) use /mail/…; consumer accounts add an account index, /mail/0/….
 * Keep in step with manifest.json's content_scripts.matches.
 */
export const OUTLOOK_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
  'outlook.live.com',
] as const;

export function isOutlookHost(hostname: string): boolean {
  return (OUTLOOK_HOSTS as readonly string[]).includes(hostname);
}

/** The mail module: the list, the reading pane, the deeplink views and Settings opened over them. */
export function isMailRoute(pathname: string): boolean {
  return /^\/mail(?:\/|$)/.test(pathname);
}
