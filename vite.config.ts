import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

/**
 * One source manifest, two builds: `vite build --mode chrome` → dist/chrome and
 * `vite build --mode firefox` → dist/firefox (which adds what Firefox requires).
 */
type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'oumail-help@oumail-help';

/**
 * The public half of the key that fixes the Chrome/Edge build's extension id for unpacked and
 * self-hosted copies, so that a university's policy can name it. A store listing has the store's
 * own id; scripts/zip.ts leaves the key out of store archives.
 */
const CHROME_KEY = readFileSync(new URL('./deploy/chrome-extension-key.pub.b64', import.meta.url), 'utf8').trim();

/**
 * The id Chrome gives an extension with that key: the first 32 hex digits of the SHA-256 of the
 * key's DER bytes, each written as a letter a–p. Today egkegeipnkbkbjmnkjnehhhcfkocmlpn; a new key
 * gives a new id, and the deployment test checks that Chromium agrees.
 */
export const CHROME_ID = [...createHash('sha256').update(Buffer.from(CHROME_KEY, 'base64')).digest('hex').slice(0, 32)]
  .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
  .join('');

function manifestFor(target: Target): ManifestV3Export {
  const base = { ...manifest, version: pkg.version };
  if (target === 'chrome') return { ...base, key: CHROME_KEY } as ManifestV3Export;
  // Chrome's own keys mean nothing to Firefox: its minimum is strict_min_version below, and it
  // reads an administrator's settings from policies.json with no schema.
  const { minimum_chrome_version: _, storage: __, ...rest } = base as typeof base & { storage?: unknown };
  return {
    ...rest,
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 is the first Firefox that reads data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // The content script is built as one self-contained file: no loader, nothing exposed to
        // the page through web_accessible_resources.
        contentScripts: { standaloneFiles: ['src/content/main.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      sourcemap: false,
      // Chrome 114 and Firefox 125 are the first with the Popover API the markers use (the manifest's
      // minimum_chrome_version and gecko strict_min_version say so to the stores).
      target: ['chrome114', 'firefox140'],
    },
  };
});
