import { describe, expect, it } from 'vitest';
import ja from '../../_locales/ja/messages.json' with { type: 'json' };
import manifest from '../../manifest.json' with { type: 'json' };
import { OUTLOOK_HOSTS } from '../../src/outlook/routes';

describe('manifest.json', () => {
  it('asks for storage and nothing else', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('runs the content script on exactly the Outlook hosts the code knows', () => {
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    expect(matches.sort()).toEqual(OUTLOOK_HOSTS.map((h) => `https://${h}/*`).sort());
  });

  it('names only messages that exist', () => {
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(Object.keys(ja)).toContain(name);
  });

  it('defaults to Japanese', () => {
    expect(manifest.default_locale).toBe('ja');
  });
});
