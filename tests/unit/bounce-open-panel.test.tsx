// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { BounceReport } from '../../src/report/parse';

vi.mock('../../src/browser', () => ({ default: { i18n: { getUILanguage: () => 'en-US' } } }));
const { BounceOpen } = await import('../../src/panels/BounceOpen');

function listReport(count: number, more: number): BounceReport {
  const recipients = Array.from({ length: count }, (_, i) => ({
    address: `member${i}@lists.example.org`,
    code: '5.1.1',
    cause: 'address-not-found' as const,
    carrier: null,
  }));
  return { recipients, more, code: '5.1.1', cause: 'address-not-found', serverText: null };
}

function shown(lang: 'en' | 'ja', report: BounceReport): HTMLElement {
  const root = document.createElement('div');
  render(<BounceOpen lang={lang} report={report} forwardingUrl="#" actions={{ close() {}, turnOff() {} }} />, root);
  return root;
}

describe('the diagnosis of a bounce to a long list', () => {
  it('shows ten addresses and says how many more there are, with the number formatted', () => {
    const root = shown('en', listReport(100, 4900));
    expect(root.querySelectorAll('.recipients .address')).toHaveLength(10);
    expect(root.querySelector('.recipients .more')?.textContent).toBe('… and 4,990 more');
  });

  it('says it in Japanese too', () => {
    const root = shown('ja', listReport(12, 0));
    expect(root.querySelectorAll('.recipients .address')).toHaveLength(10);
    expect(root.querySelector('.recipients .more')?.textContent).toBe('ほか2件');
  });

  it('says nothing more for a short list', () => {
    const root = shown('en', listReport(3, 0));
    expect(root.querySelectorAll('.recipients .address')).toHaveLength(3);
    expect(root.querySelector('.recipients .more')).toBeNull();
  });

  it('explains the new causes in both languages', () => {
    for (const cause of ['not-authorized', 'sending-paused', 'unknown-or-filtered'] as const) {
      for (const lang of ['en', 'ja'] as const) {
        const report: BounceReport = { ...listReport(1, 0), cause };
        report.recipients[0].cause = cause;
        const text = shown(lang, report).querySelector(`[data-cause="${cause}"] .cause`)?.textContent ?? '';
        expect(text.length, `${cause} ${lang}`).toBeGreaterThan(20);
      }
    }
  });
});
