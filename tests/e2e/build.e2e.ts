import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { OUTLOOK_HOSTS } from '../../src/outlook/routes';
import { distDir } from './harness';

/** What `npm run build` wrote: two unpacked extensions from one source manifest. */
const built = (name: 'chromium' | 'firefox') =>
  JSON.parse(readFileSync(`${distDir(name)}/manifest.json`, 'utf8')) as Record<string, any>;

describe('the builds', () => {
  it.each(['chromium', 'firefox'] as const)('%s: MV3, versioned from package.json, storage only, Outlook hosts only', (name) => {
    const m = built(name);
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(pkg.version);
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.sort()).toEqual(OUTLOOK_HOSTS.map((h) => `https://${h}/*`).sort());
  });

  it('firefox: has its gecko id and declares that it collects no data', () => {
    const gecko = built('firefox').browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('chrome: carries no Firefox-only keys', () => {
    expect(built('chromium')).not.toHaveProperty('browser_specific_settings');
  });
});
