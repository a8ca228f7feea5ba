// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/browser', () => ({ default: { i18n: { getUILanguage: () => 'en-GB' } } }));
const { Provenance } = await import('../../src/ui/Provenance');

function shown(lang: 'ja' | 'en') {
  const root = document.createElement('div');
  render(h(Provenance, { lang }), root);
  return root;
}

describe('the footer of the popup and the options page', () => {
  it('names the FAQ the help comes from, links it, and says when the text was checked (English)', () => {
    const root = shown('en');
    const link = root.querySelector('footer a')!;
    expect(link.getAttribute('href')).toBe('https://www.cmc.osaka-u.ac.jp/edu/oumail/ja-jp/faq.html');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toBe('Help from the OUMail FAQ of Osaka University (opens in a new tab)');
    expect(root.querySelector('footer')!.textContent).toContain('Text checked 2 December 2026');
  });

  it('does the same in Japanese', () => {
    const root = shown('ja');
    expect(root.querySelector('footer a')!.textContent).toContain('大阪大学のOUMailサポートページ「よくある質問」をもとにしたヘルプです');
    expect(root.querySelector('footer')!.textContent).toContain('本文の確認日：2026年12月2日');
  });
});
