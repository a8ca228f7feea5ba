// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HOLD, type Detector } from '../../src/content/feature';
import { securityInfoMethods } from '../../src/detectors/security-info-methods';
import { securityInfoPhone } from '../../src/detectors/security-info-phone';
import { signinMfa } from '../../src/detectors/signin-mfa';
import { signinPassword } from '../../src/detectors/signin-password';
import { signinProofup } from '../../src/detectors/signin-proofup';
import { signinUsername } from '../../src/detectors/signin-username';
import { ACCOUNTS, FIXTURES, fixtureNamed, type AccountKind } from '../fixtures/index';
import { found, loadState, testEnv } from './support/fixture-dom';

/**
 * The sign-in and Security info detectors beyond the matrix (detectors-matrix.test.tsx): what they
 * never read, and how each step's note is worded and placed.
 */
const ON = testEnv('https://login.microsoftonline.com/common/login');

/** A detector as these tests ask it: the one note it wants (props and anchor), or null. */
function first<P>(detect: Detector<P>): (doc: Document) => (P & { anchor: Element }) | null {
  return (doc) => {
    const note = found(detect(doc.documentElement, ON))[0];
    return note ? { ...note.props, anchor: note.anchor } : null;
  };
}

const DETECTORS = {
  'signin-username': first(signinUsername),
  'signin-password': first(signinPassword),
  'signin-mfa': first(signinMfa),
  'signin-proofup': first(signinProofup),
  'security-info-methods': first(securityInfoMethods),
  'security-info-phone': first(securityInfoPhone),
} as const;
type FeatureId = keyof typeof DETECTORS;
const FEATURE_IDS = Object.keys(DETECTORS) as FeatureId[];

/** A fixture opened for an account (with the page functions of a state called). */
function load(file: string, kind: AccountKind, calls: string[]): Document {
  const fixture = fixtureNamed(file);
  return loadState(fixture, { label: '', calls, account: kind, panels: {}, insideDialog: [] });
}

describe('what the detectors never read', () => {
  /** Any read of a box's value, other than the username box, throws. */
  function guardInputs(doc: Document): void {
    for (const input of doc.querySelectorAll('input, textarea')) {
      if (input.id === 'i0116' && !input.classList.contains('moveOffScreen')) continue;
      Object.defineProperty(input, 'value', {
        get() {
          throw new Error(`read the value of ${input.outerHTML.slice(0, 80)}`);
        },
      });
    }
  }

  for (const fixture of FIXTURES) {
    for (const state of fixture.states) {
      it(`never reads the password box or any other typed value (${fixture.file}, ${state.label}, ${state.account ?? 'Outlook'})`, () => {
        const doc = loadState(fixture, state);
        guardInputs(doc);
        for (const id of FEATURE_IDS) expect(() => DETECTORS[id](doc), id).not.toThrow();
      });
    }
  }

  it('guards a real password box in the test (the guard itself works)', () => {
    const doc = load('signin-password.en.html', 'oumail', []);
    guardInputs(doc);
    expect(() => (doc.getElementById('i0118') as HTMLInputElement).value).toThrow();
  });
});

describe('the username step', () => {
  it("tells Microsoft's errors apart in English and Japanese", () => {
    expect(DETECTORS['signin-username'](load('signin-username-error.en.html', 'oumail', []))?.microsoftError).toBe('may-be-incorrect');
    expect(DETECTORS['signin-username'](load('signin-username-error.ja.html', 'oumail', []))?.microsoftError).toBe('may-be-incorrect');
    expect(DETECTORS['signin-username'](load('signin-username-notfound.ja.html', 'oumail-mistyped', []))?.microsoftError).toBe('not-found');
  });

  it('keeps its own judgement of the address when the error text is one it does not know', () => {
    const doc = load('signin-username-error.en.html', 'oumail-mistyped', []);
    doc.getElementById('usernameError')!.textContent = 'Something Microsoft has not said before.';
    expect(DETECTORS['signin-username'](doc)).toMatchObject({ microsoftError: 'other', account: { kind: 'missing-ecs' } });
  });

  it('says which part is wrong and what to type instead', () => {
    expect(DETECTORS['signin-username'](load('signin-username.en.html', 'oumail-mistyped', []))?.account).toEqual({
      kind: 'missing-ecs',
      suggestion: 'ou-student-17@ecs.osaka-u.ac.jp',
    });
  });

  it('says nothing new while the student is still typing, unless Microsoft has spoken', () => {
    const typing = testEnv('https://login.microsoftonline.com/common/login', { typing: () => true });
    const doc = load('signin-username.en.html', 'oumail-mistyped', []);
    expect(signinUsername(doc.documentElement, typing)).toBe(HOLD);
    const failed = load('signin-username-error.en.html', 'oumail-mistyped', []);
    expect(found(signinUsername(failed.documentElement, typing))).toHaveLength(1);
  });

  it('is not the step when the username view is hidden', () => {
    const doc = load('signin-username.en.html', 'oumail-mistyped', []);
    (doc.getElementById('lightbox-view') as HTMLElement).style.display = 'none';
    expect(DETECTORS['signin-username'](doc)).toBeNull();
  });
});

describe('the password step', () => {
  const withError = (text: string) => {
    const doc = load('signin-password-error.en.html', 'oumail', []);
    doc.getElementById('passwordError')!.textContent = text;
    return DETECTORS['signin-password'](doc);
  };

  it('speaks to a wrong password, and to an old one after a change', () => {
    expect(DETECTORS['signin-password'](load('signin-password-error.ja.html', 'oumail', []))?.error).toBe('wrong-password');
    expect(withError('Looks like you entered your old password. Try again with your new one.')?.error).toBe('old-password');
  });

  it('leaves "Please enter your password" to Microsoft', () => {
    expect(withError('Please enter your password.')).toBeNull();
  });

  it('reads the account from the identity banner, not from the hidden copy of the username', () => {
    const doc = load('signin-password-error.en.html', 'personal', []);
    (doc.querySelector('input[name="loginfmt"]') as HTMLInputElement).value = ACCOUNTS.oumail;
    expect(DETECTORS['signin-password'](doc)).toBeNull();
  });
});

describe('Security info', () => {
  it('finds the phone step by its country select when the question is worded differently', () => {
    const doc = load('security-info-phone.en.html', 'oumail', []);
    const question = [...doc.querySelectorAll('[role="dialog"] div')].find(
      (d) => d.textContent === 'What phone number would you like to use?',
    );
    question!.textContent = 'Which phone should we use?';
    expect(DETECTORS['security-info-phone'](doc)).not.toBeNull();
    // A select that shows no calling code is some other choice.
    for (const option of doc.querySelectorAll('option')) option.textContent = option.textContent!.replace(/ \(\+\d+\)/, '');
    expect(DETECTORS['security-info-phone'](doc)).toBeNull();
  });

  it('stays silent when another dialog (not the add-method one) is open over the list', () => {
    const doc = load('security-info-add.en.html', 'oumail', []);
    const dialog = doc.querySelector('[role="dialog"]')!;
    dialog.replaceChildren(Object.assign(doc.createElement('p'), { textContent: 'Are you sure you want to delete this method?' }));
    expect(DETECTORS['security-info-methods'](doc)).toBeNull();
  });

  it('places the list note at the end of the page content, the same place once a note is there', () => {
    const doc = load('security-info-methods.en.html', 'oumail', []);
    const first = DETECTORS['security-info-methods'](doc)!.anchor;
    const host = doc.createElement('oumail-help');
    host.setAttribute('data-oumail-help', 'security-info-methods');
    first.after(host);
    expect(DETECTORS['security-info-methods'](doc)!.anchor).toBe(first);
  });
});
