import { visibleText } from '../dom/visible-text';
import { paneBodies, paneSubject } from '../outlook/dom';
import { openItemId } from '../outlook/routes';
import { parseBounceReport, type BounceReport } from '../report/parse';
import { isBounceSubject } from '../report/subject';

/** The bounce open in the reading pane: what it says, and where its body is. */
export interface OpenBounce {
  /** The message's id from the URL, or its subject when the URL has none. */
  key: string;
  subject: string;
  /** The body the report was read from: the panel goes right above it. */
  body: Element;
  report: BounceReport;
}

/**
 * Reads the open message when it is a bounce. In conversation view every expanded message has a
 * body; the first one that names a failed recipient is the report (others may be replies).
 */
export function openBounce(pane: Element, pathname: string): OpenBounce | null {
  const subject = paneSubject(pane);
  if (!subject || !isBounceSubject(subject)) return null;
  const bodies = paneBodies(pane);
  if (bodies.length === 0) return null;
  let chosen: { body: Element; report: BounceReport } | null = null;
  for (const body of bodies) {
    const report = parseBounceReport(visibleText(body));
    if (!chosen) chosen = { body, report };
    if (report.recipients.length > 0) {
      chosen = { body, report };
      break;
    }
  }
  if (!chosen) return null;
  return { key: openItemId(pathname) ?? subject, subject, ...chosen };
}
