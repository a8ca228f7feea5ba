import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseBounceReport, type BounceReport } from '../src/report/parse';
import { isBounceSubject } from '../src/report/subject';
import { readReportFile, type Expected, type ReportFile } from './report-files';
import { fixed, percent, quantile, table } from './table';

/**
 * `npm run bench:reports -- <folder> [--list]`: runs the reading-pane reader over every .eml in a
 * folder and prints, per family (from the file name) and overall, how often it names the failed
 * recipients, names a wrong address, and gives the right status code.
 *
 * - Recipient named: every failed recipient that the visible text contains is named. A recipient
 *   whose address is not in the visible text at all cannot be named; such reports are counted in
 *   "not shown" (the panel then says it could not find the address, or names what the text has).
 * - Wrong address: a named address that is not a failed recipient. The sender's own address (the
 *   report's To, the returned message's From / Return-Path / Sender, X-Postfix-Sender) and the
 *   pre-forwarding address (Original-Recipient / X-Actual-Recipient that differ from the final one)
 *   are counted on their own as well.
 * - A recipient counts as named when its Final-Recipient is named, or its X-Actual-Recipient
 *   (Sendmail puts the address as sent in Final-Recipient and the one it expanded to, which its
 *   text shows as failed, in X-Actual-Recipient).
 * - Code right: the code the report's own text gives for that recipient. The candidates are the
 *   enhanced codes inside its Diagnostic-Code (the remote server's reply, maybe quoted inside a
 *   relay's) and its Status; only those that appear in the visible text count, and a specific one
 *   (x.y.z, z ≠ 0) beats a generic x.y.0, so a remote server's 5.1.1 wins over a relay's 5.0.0 or
 *   5.1.0. When the only candidates are generic, a specific code of the same class that the visible
 *   text gives is right too (it says more, not something else). A recipient for which no candidate
 *   appears is counted as "no code" and not judged.
 * - Japanese: reports whose visible text has Japanese in it, as their own line.
 * - Reports without a Final-Recipient nor X-Failed-Recipients have no machine-readable answer: they
 *   are listed apart with what the reader names there, and whether it named the sender. ARF
 *   feedback reports and RFC 3834 auto-replies are not bounces: listed apart too, with how many
 *   subjects isBounceSubject wrongly calls bounces.
 */

const args = process.argv.slice(2);
const list = args.includes('--list');
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
  console.error('usage: npm run bench:reports -- <folder of .eml files> [--list]');
  process.exit(2);
}

const files = readdirSync(folder)
  .filter((name) => name.toLowerCase().endsWith('.eml'))
  .sort()
  .map((name) => join(folder, name))
  .filter((path) => statSync(path).isFile());

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const CODE = (code: string) => new RegExp(`(?<![\\w.])${code.replace(/\./g, '\\.')}(?!\\w|\\.\\d)`);

interface Outcome {
  file: ReportFile;
  report: BounceReport;
  ms: number;
  named: Set<string>;
  /** Failed recipients whose address is in the visible text. */
  shown: Expected[];
  allNamed: boolean;
  wrong: string[];
  wrongSender: string[];
  wrongPreForwarding: string[];
  codesChecked: number;
  codesRight: number;
  codesNotShown: number;
  subjectOk: boolean;
  japanese: boolean;
}

function expectedCode(e: Expected, visible: string): string | null {
  const shown = [...e.diagnosticCodes, e.status].filter((c): c is string => !!c && CODE(c).test(visible));
  return shown.find((c) => !c.endsWith('.0')) ?? shown[0] ?? null;
}

function codeIsRight(want: string, got: string | null | undefined, visible: string): boolean {
  if (got === want) return true;
  return !!got && want.endsWith('.0') && !got.endsWith('.0') && got[0] === want[0] && CODE(got).test(visible);
}

/** The address under which the reader named a failed recipient, if it did. */
function namedAs(e: Expected, named: Set<string>): string | null {
  if (named.has(e.address)) return e.address;
  return e.alias && named.has(e.alias) ? e.alias : null;
}

function judge(file: ReportFile): Outcome {
  const started = performance.now();
  const report = parseBounceReport(file.visible);
  const ms = performance.now() - started;
  const named = new Set(report.recipients.map((r) => r.address));
  const lowerText = file.visible.toLowerCase();
  const shown = file.expected.filter((e) => lowerText.includes(e.address) || (!!e.alias && lowerText.includes(e.alias)));
  const failed = new Set(file.expected.flatMap((e) => (e.alias ? [e.address, e.alias] : [e.address])));
  const wrong = [...named].filter((a) => !failed.has(a));
  let codesChecked = 0;
  let codesRight = 0;
  let codesNotShown = 0;
  for (const e of shown) {
    const want = expectedCode(e, file.visible);
    if (!want) {
      codesNotShown++;
      continue;
    }
    codesChecked++;
    const as = namedAs(e, named);
    if (codeIsRight(want, report.recipients.find((r) => r.address === as)?.code, file.visible)) codesRight++;
  }
  return {
    file,
    report,
    ms,
    named,
    shown,
    allNamed: shown.every((e) => namedAs(e, named) !== null),
    wrong,
    wrongSender: wrong.filter((a) => file.sender.has(a)),
    wrongPreForwarding: wrong.filter((a) => file.preForwarding.has(a)),
    codesChecked,
    codesRight,
    codesNotShown,
    subjectOk: isBounceSubject(file.subject),
    japanese: JAPANESE.test(file.visible),
  };
}

const outcomes: Outcome[] = [];
const unreadable: string[] = [];
for (const path of files) {
  try {
    outcomes.push(judge(readReportFile(path)));
  } catch (error) {
    unreadable.push(`${path}: ${(error as Error).message}`);
  }
}

// ---- Bounces with a machine-readable answer ---------------------------------------------------

const bounces = outcomes.filter((o) => o.file.kind === 'bounce');
function row(label: string, group: Outcome[]): string[] {
  const nameable = group.filter((o) => o.shown.length > 0);
  const notShown = group.filter((o) => o.shown.length < o.file.expected.length);
  const checked = group.reduce((n, o) => n + o.codesChecked, 0);
  const right = group.reduce((n, o) => n + o.codesRight, 0);
  const noCode = group.reduce((n, o) => n + o.codesNotShown, 0);
  return [
    label,
    String(group.length),
    `${nameable.filter((o) => o.allNamed).length}/${nameable.length} ${percent(nameable.filter((o) => o.allNamed).length, nameable.length)}`,
    String(group.filter((o) => o.wrong.length > 0 && o.shown.length === o.file.expected.length).length),
    String(group.filter((o) => o.wrongSender.length > 0).length),
    String(group.filter((o) => o.wrongPreForwarding.length > 0).length),
    String(notShown.length),
    `${right}/${checked} ${percent(right, checked)}`,
    String(noCode),
    `${group.filter((o) => o.subjectOk).length}/${group.length}`,
  ];
}

const header = ['family', 'reports', 'recipient named', 'wrong', 'sender', 'pre-fwd', 'not shown', 'code right', 'no code', 'subject'];
const families = [...new Set(bounces.map((o) => o.file.family))].sort();
const rows = families.map((f) =>
  row(
    f,
    bounces.filter((o) => o.file.family === f),
  ),
);
rows.push(row('ALL', bounces));
rows.push(
  row(
    'Japanese text',
    bounces.filter((o) => o.japanese),
  ),
);
rows.push(
  row(
    '  shown as HTML',
    bounces.filter((o) => o.file.shownAs === 'html'),
  ),
);
rows.push(
  row(
    '  shown as text',
    bounces.filter((o) => o.file.shownAs === 'text'),
  ),
);

console.log(
  `Bounce reports in ${folder}: ${files.length} .eml files, ${bounces.length} bounces with Final-Recipient or X-Failed-Recipients`,
);
console.log(
  `(recipient named: reports where every failed address that the visible text shows is named; wrong: reports that show all their failed addresses and name another one too; sender / pre-fwd: reports naming the sender's own or the pre-forwarding address)`,
);
console.log(table(header, rows, []));

const notShownAtAll = bounces.filter((o) => o.shown.length === 0);
console.log(
  `\nNot shown: ${bounces.filter((o) => o.shown.length < o.file.expected.length).length} reports miss at least one failed address in their visible text, ` +
    `${notShownAtAll.length} show none; there the panel ${notShownAtAll.filter((o) => o.named.size === 0).length}× says it could not find the address and ` +
    `${notShownAtAll.filter((o) => o.named.size > 0).length}× names another address.`,
);

// ---- Reports apart ----------------------------------------------------------------------------

const apart = (kind: ReportFile['kind']) => outcomes.filter((o) => o.file.kind === kind);
const noAnswer = apart('no-answer');
console.log(`\nBounces with no machine-readable answer (no Final-Recipient, no X-Failed-Recipients): ${noAnswer.length}`);
console.log(
  table(
    ['', 'reports', 'names an address', 'names the sender', 'subject'],
    [
      ['all', noAnswer],
      ['Japanese text', noAnswer.filter((o) => o.japanese)],
    ].map(([label, group]) => {
      const g = group as Outcome[];
      return [
        label as string,
        String(g.length),
        `${g.filter((o) => o.named.size > 0).length} ${percent(g.filter((o) => o.named.size > 0).length, g.length)}`,
        String(g.filter((o) => [...o.named].some((a) => o.file.sender.has(a))).length),
        `${g.filter((o) => o.subjectOk).length}/${g.length}`,
      ];
    }),
  ),
);
for (const [kind, label] of [
  ['delay', 'Delay notices (Action: delayed only)'],
  ['feedback', 'ARF feedback reports (not bounces)'],
  ['auto-reply', 'RFC 3834 auto-replies (not bounces)'],
] as const) {
  const g = apart(kind);
  console.log(
    `${label}: ${g.length}; subject called a bounce: ${g.filter((o) => o.subjectOk).length}` +
      (g.filter((o) => o.subjectOk).length > 0
        ? ` (${g
            .filter((o) => o.subjectOk)
            .map((o) => JSON.stringify(o.file.subject))
            .join(', ')})`
        : ''),
  );
}
if (unreadable.length > 0) console.log(`Unreadable: ${unreadable.length}\n  ${unreadable.join('\n  ')}`);

// ---- Time -------------------------------------------------------------------------------------

const times = bounces.map((o) => o.ms);
if (times.length > 0) {
  // The first pass above also warmed the JIT up; time a second pass.
  const again = outcomes.map((o) => {
    const started = performance.now();
    parseBounceReport(o.file.visible);
    return performance.now() - started;
  });
  console.log(
    `\nReader time per report (second pass, ${again.length} reports): p50 ${fixed(quantile(again, 0.5), 3)} ms, p95 ${fixed(quantile(again, 0.95), 3)} ms, max ${fixed(Math.max(...again), 2)} ms`,
  );
  const biggest = [...bounces].sort((a, b) => b.file.visible.length - a.file.visible.length)[0];
  const filler = `\n> From: someone${'x'.repeat(10)}@example.com To: a@example.net, b@example.org 5.1.1 550 Remote Server returned '550'\n`;
  const big = (biggest.file.visible + filler.repeat(Math.ceil(2_000_000 / filler.length))).slice(0, 2_000_000);
  const runs = Array.from({ length: 7 }, () => {
    const started = performance.now();
    parseBounceReport(big);
    return performance.now() - started;
  });
  console.log(
    `On a 2 MB body (${biggest.file.file}'s text and 2 MB of returned-message lines): p50 ${fixed(quantile(runs, 0.5), 2)} ms of 7 runs`,
  );
}

// ---- Misses, for whoever improves the reader ---------------------------------------------------

if (list) {
  console.log('\nMisses:');
  for (const o of [...bounces, ...noAnswer]) {
    const missing = o.shown.filter((e) => !namedAs(e, o.named)).map((e) => e.address);
    const codeMiss = o.shown
      .map((e) => ({
        want: expectedCode(e, o.file.visible),
        got: o.report.recipients.find((r) => r.address === namedAs(e, o.named))?.code ?? null,
      }))
      .filter(({ want, got }) => want && !codeIsRight(want, got, o.file.visible) && o.named.size > 0);
    if (missing.length === 0 && o.wrong.length === 0 && codeMiss.length === 0 && o.file.kind === 'bounce' && o.subjectOk) continue;
    const parts = [
      missing.length ? `missed ${missing.join(' ')}` : '',
      o.wrong.length && o.file.kind === 'bounce' ? `wrong ${o.wrong.join(' ')}` : '',
      o.file.kind === 'no-answer'
        ? `named ${[...o.named].join(' ') || 'nothing'}${[...o.named].some((a) => o.file.sender.has(a)) ? ' (the sender!)' : ''}`
        : '',
      codeMiss.length ? `code ${codeMiss.map(({ want, got }) => `${got} (want ${want})`).join(' ')}` : '',
      o.subjectOk ? '' : `subject ${JSON.stringify(o.file.subject.slice(0, 60))}`,
    ].filter(Boolean);
    console.log(`  ${o.file.file}${o.japanese ? ' [ja]' : ''}: ${parts.join('; ')}`);
  }
}
