import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import ja from '../../_locales/ja/messages.json' with { type: 'json' };
import manifest from '../../manifest.json' with { type: 'json' };

vi.mock('../../src/browser', () => ({ default: {} }));
const { SITES } = await import('../../src/content/registry');

describe('manifest.json', () => {
  it('asks for storage and nothing else', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('runs the content script on exactly the hosts of the sites the code knows', () => {
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    const hosts = Object.values(SITES).flatMap((site) => site.hosts);
    expect(matches.sort()).toEqual(hosts.map((h) => `https://${h}/*`).sort());
  });

  it('names only messages that exist', () => {
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(Object.keys(ja)).toContain(name);
  });

  it('defaults to Japanese', () => {
    expect(manifest.default_locale).toBe('ja');
  });

  it('has, in Chrome, the id the README gives administrators (derived from the key in deploy/)', async () => {
    const { CHROME_ID } = await import('../../vite.config');
    expect(CHROME_ID).toMatch(/^[a-p]{32}$/);
    expect(readFileSync('README.md', 'utf8')).toContain(`\`${CHROME_ID}\``);
  });
});
