/**
 * `web-ext lint` on the Firefox build, as a gate: no errors, and no warnings except the one we
 * have checked — Preact's support for `dangerouslySetInnerHTML` (`dom.innerHTML = props.__html`),
 * which our code never uses. Any other warning, or that warning anywhere else, fails.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

const dir = 'dist/firefox';
let out: string;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (e) {
  // web-ext exits non-zero when there are errors; its report is still on stdout.
  out = (e as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(out) as Report;

/** True when the flagged spot is Preact's `innerHTML = x.__html`, not something of ours. */
function isPreactDangerousHtml(w: Message): boolean {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || w.line !== 1 || w.column === undefined) return false;
  const source = readFileSync(join(dir, w.file), 'utf8');
  return /innerHTML\s*=\s*[\w$.]*__html/.test(source.slice(w.column - 5, w.column + 120));
}

const unexplained = report.warnings.filter((w) => !isPreactDangerousHtml(w));
for (const m of [...report.errors, ...unexplained]) console.error(`✗ ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
for (const w of report.warnings.filter(isPreactDangerousHtml)) {
  console.log(`• ${w.code} in ${w.file}: Preact's dangerouslySetInnerHTML support (checked, unused by our code)`);
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`,
);
if (report.errors.length || unexplained.length) process.exit(1);
