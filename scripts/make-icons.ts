import { readFileSync } from 'node:fs';
import { launch } from './browsers';

/** Renders assets/icon.svg to public/icons/icon-N.png with real Chromium. Run by hand after editing the SVG. */
const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await launch('chromium', { extensions: false });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewport({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
}
await browser.close();
console.log('wrote public/icons/icon-{16,32,48,128}.png');
