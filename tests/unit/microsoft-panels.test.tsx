// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json' with { type: 'json' };
import ja from '../../_locales/ja/messages.json' with { type: 'json' };
import type { OumailAccountKind } from '../../src/address/oumail-account';
import type { Lang } from '../../src/faq/types';

vi.mock('../../src/browser', () => ({ default: { i18n: { getUILanguage: () => 'en-US' } } }));
const { SigninUsername } = await import('../../src/panels/SigninUsername');
const { SigninPassword } = await import('../../src/panels/SigninPassword');
const { SigninMfa } = await import('../../src/panels/SigninMfa');
const { SigninProofup } = await import('../../src/panels/SigninProofup');
const { SecurityInfoMethods } = await import('../../src/panels/SecurityInfoMethods');
const { SecurityInfoPhone } = await import('../../src/panels/SecurityInfoPhone');

const MESSAGES = { en, ja } as Record<Lang, Record<string, { message: string }>>;
const message = (lang: Lang, key: string) => MESSAGES[lang][key].message;

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

function show(vnode: ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(vnode, container);
  return container;
}

const quiet = { actions: { close: () => {}, turnOff: () => {} } };

/** Every note, in each language, with the FAQ entries it must offer. */
const NOTES: [name: string, draw: (lang: Lang) => ComponentChild, faq: string[]][] = [
  [
    'signin-username',
    (lang) => (
      <SigninUsername
        lang={lang}
        account={{ kind: 'missing-ecs', suggestion: 'ou-student-17@ecs.osaka-u.ac.jp' }}
        microsoftError={null}
        {...quiet}
      />
    ),
    ['signin-email'],
  ],
  ['signin-password', (lang) => <SigninPassword lang={lang} error="wrong-password" {...quiet} />, ['signin-password', 'password']],
  ['signin-mfa', (lang) => <SigninMfa lang={lang} step="approve" {...quiet} />, ['signin-mfa', 'mfa-change']],
  ['signin-proofup', (lang) => <SigninProofup lang={lang} {...quiet} />, ['mfa-methods']],
  ['security-info-methods (list)', (lang) => <SecurityInfoMethods lang={lang} view="list" {...quiet} />, ['mfa-methods', 'mfa-change']],
  ['security-info-methods (add)', (lang) => <SecurityInfoMethods lang={lang} view="add" {...quiet} />, ['mfa-methods']],
  ['security-info-phone', (lang) => <SecurityInfoPhone lang={lang} {...quiet} />, ['mfa-phone-zero']],
];

describe('a note on Microsoft’s pages', () => {
  for (const [name, draw, faq] of NOTES) {
    for (const lang of ['en', 'ja'] as const) {
      it(`${name} (${lang}) says it is OUMail Help's, first, with its icon`, () => {
        const card = show(draw(lang)).querySelector('section')!;
        const brand = card.firstElementChild!;
        expect(brand.classList.contains('brand')).toBe(true);
        expect(brand.textContent).toBe(message(lang, 'signinNoteBrand'));
        expect(brand.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
        expect(card.getAttribute('lang')).toBe(lang);
        expect(card.querySelector('h2')!.textContent).not.toBe('');
      });

      it(`${name} (${lang}) cannot pass for a sign-in form: no box, no form, no "Sign in" button`, () => {
        const card = show(draw(lang));
        expect(card.querySelectorAll('input, select, textarea, form, [contenteditable]')).toHaveLength(0);
        const buttons = [...card.querySelectorAll('button')].map((b) => b.textContent!.trim() || b.getAttribute('aria-label'));
        expect(buttons).toEqual([message(lang, 'turnOffTips'), '×']);
        for (const text of buttons) expect(text).not.toMatch(/sign ?in|log ?in|サインイン|ログイン/i);
        expect(card.querySelector('button.close')!.getAttribute('aria-label')).toBe(message(lang, 'close'));
      });

      it(`${name} (${lang}) has the FAQ entries behind it one click away`, () => {
        const card = show(draw(lang));
        expect([...card.querySelectorAll('details.faq')].map((d) => d.getAttribute('data-faq'))).toEqual(faq);
      });
    }
  }

  it('can be closed, and its kind turned off', () => {
    const onClose = vi.fn();
    const onTurnOff = vi.fn();
    const card = show(<SecurityInfoPhone lang="en" actions={{ close: onClose, turnOff: onTurnOff }} />);
    (card.querySelector('button.close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledOnce();
    (card.querySelector('button.quiet') as HTMLButtonElement).click();
    expect(onTurnOff).toHaveBeenCalledOnce();
  });
});

describe('the username note', () => {
  const KIND_KEYS: [OumailAccountKind, string][] = [
    ['missing-ecs', 'signinUsernameMissingEcs'],
    ['ecs-typo', 'signinUsernameEcsTypo'],
    ['full-width', 'signinUsernameFullWidth'],
    ['space', 'signinUsernameSpace'],
    ['no-domain', 'signinUsernameNoDomain'],
    ['no-id', 'signinUsernameNoId'],
    ['alumni', 'signinUsernameAlumni'],
  ];
  for (const [kind, key] of KIND_KEYS) {
    it(`says what is wrong with a ${kind} address, and the OUMail form`, () => {
      const text = show(<SigninUsername lang="ja" account={{ kind, suggestion: null }} microsoftError={null} {...quiet} />).textContent!;
      expect(text).toContain(message('ja', key));
      expect(text).toContain(message('ja', 'signinUsernameForm'));
    });
  }

  it('explains "This username may be incorrect" for an OUMail-form address: the personal ID, or an alumni address', () => {
    const text = show(
      <SigninUsername lang="en" account={{ kind: 'oumail', suggestion: null }} microsoftError="may-be-incorrect" {...quiet} />,
    ).textContent!;
    expect(text).toContain(message('en', 'signinUsernameErrorPersonalId'));
    expect(text).toContain('@alumni.osaka-u.ac.jp');
  });

  it('sends an OUMail-form address that "does not exist" to another browser or a clean cache', () => {
    const text = show(<SigninUsername lang="en" account={{ kind: 'oumail', suggestion: null }} microsoftError="not-found" {...quiet} />)
      .textContent!;
    expect(text).toContain('https://mail.office365.com');
  });

  it('offers the repaired address, as text even when the page typed markup', () => {
    const hostile = '<img src=x onerror=alert(1)>@ecs.osaka-u.ac.jp';
    const card = show(<SigninUsername lang="en" account={{ kind: 'space', suggestion: hostile }} microsoftError={null} {...quiet} />);
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.suggestion')!.textContent).toContain(hostile);
  });
});

describe('the facts the notes carry', () => {
  it('keeps FAQ 5’s date on the phone-call note', () => {
    for (const lang of ['en', 'ja'] as const) {
      const text = show(<SigninProofup lang={lang} {...quiet} />).textContent!;
      expect(text).toContain(lang === 'en' ? 'As of April 2022' : '2022年4月時点');
      expect(text).toContain(lang === 'en' ? '2 April 2022' : '2022年4月2日');
      render(null, container!);
    }
  });

  it('names the password’s siblings, the hour, the browsers and the help desk', () => {
    const text = show(<SigninPassword lang="en" error="old-password" {...quiet} />).textContent!;
    for (const fact of ['My Handai', 'KOAN', 'CLE', 'an hour', 'Chrome', 'cache and cookies', 'info@ecs.osaka-u.ac.jp', '06-6850-6801']) {
      expect(text).toContain(fact);
    }
  });

  it('gives the leading-0 advice with Japan (+81)', () => {
    const text = show(<SecurityInfoPhone lang="ja" {...quiet} />).textContent!;
    expect(text).toContain('Japan (+81)');
    expect(text).toContain('2桁目');
  });
});
