import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { table } from './table';

/**
 * `npm run bench`, part 2: what each build ships, raw and gzipped (level 9, roughly what a store
 * download costs). The content script is marked: it is injected into every Outlook page, so its
 * size is paid on each load, unlike the popup's.
 */

const TARGETS = ['chrome', 'firefox'];
const SHIPPED = /\.(?:js|css|html)$/;
const ROOT = new URL('../dist/', import.meta.url).pathname;

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Walked by hand: Dirent.parentPath of the recursive readdir only exists from Node 20.12. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : SHIPPED.test(d.name) ? [join(dir, d.name)] : []))
    .sort();
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

let failed = false;
for (const target of TARGETS) {
  const dir = join(ROOT, target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`dist/${target}/manifest.json is missing: run \`npm run build\` first.`);
    failed = true;
    continue;
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  // Read from the built manifest: the bundler names the file, not the source tree.
  const content = new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]));

  let raw = 0;
  let gzip = 0;
  const rows = filesUnder(dir).map((file) => {
    const bytes = readFileSync(file);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    const name = relative(dir, file);
    return [name, String(bytes.length), String(zipped), kB(zipped), content.has(name) ? '◀ content script' : ''];
  });
  rows.push(['total', String(raw), String(gzip), kB(gzip), '']);

  console.log(`\n## dist/${target}: .js, .css and .html files\n`);
  console.log(table(['file', 'bytes', 'gzip -9', 'gzip kB', 'note'], rows, [4]));
  for (const name of content) {
    if (!rows.some((r) => r[0] === name)) console.log(`(the manifest lists ${name}, which is not in the build)`);
  }
}
process.exit(failed ? 1 : 0);
