import type { Env, Finding } from '../content/feature';
import { visibleText } from '../dom/visible-text';
import { bodyAnchor, paneBodies, paneSubject } from '../outlook/dom';
import { forwardingSettingsUrl, openItemId } from '../outlook/routes';
import { parseBounceReport, type BounceReport } from '../report/parse';
import { isBounceSubject } from '../report/subject';

/** The diagnosis above an open bounce: what the report says. */
export interface BounceOpenProps {
  report: BounceReport;
  forwardingUrl: string;
}

/**
 * The open message, when it is a bounce. In conversation view every expanded message has a body;
 * the first one that names a failed recipient is the report (others may be replies). Outlook
 * changes the URL first and re-renders the pane later, re-using nodes, so this goes by what the
 * pane shows, never by the URL alone.
 */
export function bounceOpen(pane: Element, env: Env): Finding<BounceOpenProps>[] {
  const subject = paneSubject(pane);
  if (!subject || !isBounceSubject(subject)) return [];
  let chosen: { body: Element; report: BounceReport } | null = null;
  for (const body of paneBodies(pane)) {
    const report = readReport(body, env);
    if (!chosen) chosen = { body, report };
    if (report.recipients.length > 0) {
      chosen = { body, report };
      break;
    }
  }
  if (!chosen) return [];
  const key = openItemId(env.url.pathname) ?? subject;
  return [
    {
      key,
      anchor: bodyAnchor(chosen.body),
      place: 'before',
      props: { report: chosen.report, forwardingUrl: forwardingSettingsUrl(env.url) },
      messageKeys: [key],
      about: chosen.body,
    },
  ];
}

/**
 * A report is read once per message body, and again only when something inside that body changed:
 * typing a reply in the pane, or Outlook re-rendering around the message, must not read a 2 MB
 * report again.
 */
function readReport(body: Element, env: Env): BounceReport {
  let report = reports.get(body);
  if (!report || env.changedIn(body)) {
    report = parseBounceReport(visibleText(body));
    reports.set(body, report);
  }
  return report;
}

const reports = new WeakMap<Element, BounceReport>();
