// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

/** The popup's "On this page" lines: one per tip shown, counted in words that read right for one and for many. */
vi.mock('../../src/browser', () => ({ default: { i18n: { getUILanguage: () => 'en-US' } } }));
const { PageLines } = await import('../../src/popup/PageLines');

function lines(lang: 'en' | 'ja', status: Parameters<typeof PageLines>[0]['status']): string[] {
  const root = document.createElement('div');
  render(<PageLines lang={lang} status={status} onOpen={() => {}} />, root);
  const texts = [...root.querySelectorAll('li .page-line > span:first-child')].map((s) => s.textContent ?? '');
  render(null, root);
  return texts;
}

describe('the popup’s lines about the page', () => {
  it('says nothing when the tab shows no tip', () => {
    expect(lines('en', [])).toEqual([]);
  });

  it('counts one and many, in both languages', () => {
    const one = [
      { id: 'bounce-row', count: 1, props: {} },
      { id: 'rules-forward', count: 1, props: {} },
    ] as const;
    const many = [
      { id: 'bounce-row', count: 6, props: {} },
      { id: 'rules-forward', count: 2, props: {} },
    ] as const;
    expect(lines('en', [...one])).toEqual(['One of the messages in view is a delivery failure report.', 'One inbox rule forwards mail.']);
    expect(lines('en', [...many])).toEqual(['6 of the messages in view are delivery failure reports.', '2 inbox rules forward mail.']);
    expect(lines('ja', [...one])).toEqual([
      '表示中のメッセージのうち1件が配信エラーの通知です。',
      'メールを転送する仕分けルールが1件あります。',
    ]);
    expect(lines('ja', [...many])).toEqual([
      '表示中のメッセージのうち6件が配信エラーの通知です。',
      'メールを転送する仕分けルールが2件あります。',
    ]);
  });

  it('names the address an open report says failed, as text', () => {
    const report = { recipients: [{ address: '<b>x</b>@docomo.ne.jp' }] };
    expect(lines('en', [{ id: 'bounce-open', count: 1, props: { report } }])).toEqual([
      'The open report says mail to <b>x</b>@docomo.ne.jp could not be delivered.',
    ]);
  });
});
