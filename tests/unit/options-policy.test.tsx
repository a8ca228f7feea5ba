// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

/**
 * The options page under a university's policy: what the policy sets is shown as set, cannot be
 * changed, and says why. (Chromium here hands no policy to an unpacked extension, so the real
 * browser test of this page runs without one: tests/e2e/deployment.e2e.ts.)
 */
vi.mock('../../src/browser', () => ({
  default: {
    i18n: { getUILanguage: () => 'en-US' },
    runtime: { getURL: (p: string) => p },
    storage: {
      sync: { get: async () => ({ 'bounce-storm': true, language: 'ja' }), set: async () => {} },
      managed: { get: async () => ({ tips: { 'bounce-storm': false }, language: 'en' }) },
      onChanged: { addListener() {}, removeListener() {} },
    },
  },
}));
const { Options } = await import('../../src/options/Options');

describe('the options page under a policy', () => {
  it('shows what the policy sets, disabled, with a word beside it; the rest stays the student’s', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<Options />, root);
    await vi.waitFor(() => expect(root.querySelector('#managed-bounce-storm')).not.toBeNull());
    const storm = root.querySelector<HTMLInputElement>('input[name="bounce-storm"]')!;
    expect([storm.checked, storm.disabled, storm.getAttribute('aria-describedby')]).toEqual([false, true, 'managed-bounce-storm']);
    expect(root.querySelector('#managed-bounce-storm')!.textContent).toContain('Set by your university');
    const row = root.querySelector<HTMLInputElement>('input[name="bounce-row"]')!;
    expect([row.checked, row.disabled]).toEqual([true, false]);
    const select = root.querySelector<HTMLSelectElement>('.language select')!;
    expect([select.value, select.disabled]).toEqual(['en', true]);
    render(null, root);
  });
});
