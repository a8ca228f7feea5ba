/**
 * `npm run zip`: store-ready archives in artifacts/, versioned from package.json —
 *   oumail-help-<version>-chrome.zip   for the Chrome Web Store (and Edge Add-ons)
 *   oumail-help-<version>-firefox.zip  for addons.mozilla.org
 *   oumail-help-<version>-source.zip   the source AMO asks for with bundled code: the committed
 *                                      tree (git archive), built with `npm ci && npm run build`
 * Run after `npm run build` (the npm script does both).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };

const out = resolve('artifacts');
mkdirSync(out, { recursive: true });
const name = (target: string) => `${pkg.name}-${pkg.version}-${target}.zip`;

/**
 * The store's copy carries no `key`: the key fixes the id of unpacked and self-hosted copies
 * (vite.config.ts), and a store gives the listing its own id.
 */
function storeCopyOfChromeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oumail-help-store-'));
  cpSync('dist/chrome', dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const { key: _, ...manifest } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

for (const [target, dir] of [
  ['chrome', storeCopyOfChromeBuild()],
  ['firefox', 'dist/firefox'],
]) {
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      dir,
      '--artifacts-dir',
      out,
      '--filename',
      name(target),
      '--overwrite-dest',
      '--no-config-discovery',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
execFileSync('git', ['archive', '--format=zip', '-o', resolve(out, name('source')), 'HEAD'], { stdio: 'inherit' });

for (const target of ['chrome', 'firefox', 'source']) {
  const file = resolve(out, name(target));
  console.log(`${file}  ${(statSync(file).size / 1024).toFixed(1)} kB`);
}
