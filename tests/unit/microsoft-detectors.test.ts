// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityInfoMethods } from '../../src/detectors/security-info-methods';
import { securityInfoPhone } from '../../src/detectors/security-info-phone';
import { signinMfa } from '../../src/detectors/signin-mfa';
import { signinPassword } from '../../src/detectors/signin-password';
import { signinProofup } from '../../src/detectors/signin-proofup';
import { signinUsername } from '../../src/detectors/signin-username';

/**
 * Every detector on every fixture, for every kind of account: a note exactly where the fixture's
 * header says, nothing anywhere else (the Outlook fixtures included).
 */
const DETECTORS = {
  'signin-username': signinUsername,
  'signin-password': signinPassword,
  'signin-mfa': signinMfa,
  'signin-proofup': signinProofup,
  'security-info-methods': securityInfoMethods,
  'security-info-phone': securityInfoPhone,
} as const;
type FeatureId = keyof typeof DETECTORS;
const FEATURE_IDS = Object.keys(DETECTORS) as FeatureId[];

const ACCOUNTS = {
  oumail: 'ou-student-17@ecs.osaka-u.ac.jp',
  'oumail-mistyped': 'ou-student-17@osaka-u.ac.jp',
  'other-org': 'aiko.sato@example.ac.jp',
  personal: 'aiko.personal@outlook.com',
  'no-input': '',
} as const;
type AccountKind = keyof typeof ACCOUNTS;
const ACCOUNT_KINDS = Object.keys(ACCOUNTS) as AccountKind[];

interface Expected {
  count: number;
  insideDialog: boolean;
}
interface State {
  label: string;
  /** Page functions to call first, e.g. ["__step('password')", '__fail()']. */
  calls: string[];
  expected: Record<AccountKind, Map<FeatureId, Expected>>;
}

const MICROSOFT = resolve('tests/fixtures/microsoft');
const OUTLOOK = resolve('tests/fixtures/outlook');
const fixtures = readdirSync(MICROSOFT).filter((f) => f.endsWith('.html')).sort();

/** The header's "Notes expected, exactly, by account" block, one per state of the page. */
function expectedStates(html: string): State[] {
  const comment = /<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  const states: State[] = [];
  const newState = (label: string, calls: string[]): State => {
    const state = { label, calls, expected: {} as State['expected'] };
    states.push(state);
    return state;
  };
  let current: State | null = null;
  for (const line of comment.split('\n')) {
    const label = /^\s+(on opening.*|after (.+)):$/.exec(line);
    if (label) {
      current = newState(label[1], label[2] ? label[2].split(/,\s*/) : []);
      continue;
    }
    const notes = /^\s+(oumail|oumail-mistyped|other-org|personal|no-input): (.+)$/.exec(line);
    if (!notes) continue;
    current ??= newState('on opening', []);
    const map = new Map<FeatureId, Expected>();
    for (const part of notes[2].split(/,\s*(?=[a-z-]+ ×)/)) {
      const m = /^([a-z-]+) ×(\d+)( \(inside the dialog\))?$/.exec(part.trim());
      if (part.trim() === 'none') continue;
      expect(m, `unreadable expectation "${part}"`).not.toBeNull();
      expect(FEATURE_IDS, part).toContain(m![1]);
      map.set(m![1] as FeatureId, { count: Number(m![2]), insideDialog: !!m![3] });
    }
    current.expected[notes[1] as AccountKind] = map;
  }
  return states;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Puts the account where the page shows it: the username box, the identity banner, the account control or label. */
function setAccount(doc: Document, address: string): void {
  const box = doc.getElementById('i0116') as HTMLInputElement | null;
  if (box) box.value = address;
  const banner = doc.getElementById('displayName');
  if (banner) {
    banner.textContent = address;
    banner.setAttribute('title', address);
  }
  const control = doc.getElementById('mectrl_currentAccount_secondary');
  if (control) control.textContent = address;
  for (const labelled of doc.querySelectorAll('[role="banner"] [aria-label*="@"]')) {
    const label = labelled.getAttribute('aria-label')!;
    labelled.setAttribute('aria-label', label.replace(/\S+@[^\s)]+/, address));
  }
}

/** Runs the fixture's own page script (DOMParser never does) and calls its page functions. */
function applyState(doc: Document, html: string, calls: string[]): void {
  if (calls.length === 0) return;
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(script, 'the fixture has a page script').toBeTruthy();
  const page: Record<string, (arg?: string) => void> = {};
  new Function('window', 'document', script!)(page, doc);
  for (const call of calls) {
    const m = /^(__\w+)\((?:'([\w-]*)')?\)$/.exec(call);
    expect(m, `unreadable call ${call}`).not.toBeNull();
    page[m![1]](m![2]);
  }
}

function load(file: string, kind: AccountKind, calls: string[]): Document {
  const html = readFileSync(resolve(MICROSOFT, file), 'utf8');
  const doc = parse(html);
  setAccount(doc, ACCOUNTS[kind]);
  applyState(doc, html, calls);
  return doc;
}

describe('every fixture says exactly which notes it must show, for every kind of account', () => {
  it('has a header with a line for each kind of account', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    for (const file of fixtures) {
      const html = readFileSync(resolve(MICROSOFT, file), 'utf8');
      expect(html, file).toMatch(/UI language: (English|Japanese)\./);
      expect(html, file).toMatch(/Served at: https:\/\/(login\.microsoftonline\.com|mysignins\.microsoft\.com)\//);
      const states = expectedStates(html);
      expect(states.length, file).toBeGreaterThan(0);
      for (const state of states) expect(Object.keys(state.expected).sort(), `${file} ${state.label}`).toEqual([...ACCOUNT_KINDS].sort());
    }
  });

  it('covers both UI languages for every sign-in step and Security info view', () => {
    const stems = (lang: string) => new Set(fixtures.filter((f) => f.endsWith(`.${lang}.html`)).map((f) => f.split('.')[0]));
    for (const stem of ['signin-username', 'signin-username-error', 'signin-password', 'signin-password-error', 'signin-mfa-proofs',
      'signin-mfa-approve', 'signin-mfa-code', 'signin-proofup', 'security-info-methods', 'security-info-add', 'security-info-phone']) {
      expect(stems('en'), stem).toContain(stem);
      expect(stems('ja'), stem).toContain(stem);
    }
  });
});

describe('detectors × fixtures × accounts', () => {
  for (const file of fixtures) {
    const html = readFileSync(resolve(MICROSOFT, file), 'utf8');
    for (const state of expectedStates(html)) {
      for (const kind of ACCOUNT_KINDS) {
        const wanted = state.expected[kind];
        const says = wanted.size ? [...wanted].map(([id, e]) => `${id} ×${e.count}`).join(', ') : 'nothing';
        it(`${file}, ${state.label}, ${kind} account: ${says}`, () => {
          const doc = load(file, kind, state.calls);
          for (const id of FEATURE_IDS) {
            const finding = DETECTORS[id](doc);
            const want = wanted.get(id);
            expect(finding ? 1 : 0, id).toBe(want?.count ?? 0);
            if (!finding) continue;
            // The note goes right after the anchor: outside Microsoft's form, never inside our own host.
            expect(finding.anchor.isConnected, id).toBe(true);
            expect(finding.anchor.parentElement?.closest('form') ?? null, `${id}: the note would land inside a form`).toBeNull();
            expect(finding.anchor.closest('[data-oumail-help]'), id).toBeNull();
            expect(!!finding.anchor.closest('[role="dialog"]'), `${id} inside the dialog`).toBe(want!.insideDialog);
          }
        });
      }
    }
  }
});

describe('outside the sign-in and Security info pages', () => {
  for (const file of readdirSync(OUTLOOK).filter((f) => f.endsWith('.html'))) {
    it(`adds nothing to Outlook (${file})`, () => {
      const doc = parse(readFileSync(resolve(OUTLOOK, file), 'utf8'));
      for (const id of FEATURE_IDS) expect(DETECTORS[id](doc), id).toBeNull();
    });
  }
});

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

  for (const file of fixtures) {
    const html = readFileSync(resolve(MICROSOFT, file), 'utf8');
    for (const state of expectedStates(html)) {
      it(`never reads the password box or any other typed value (${file}, ${state.label})`, () => {
        for (const kind of ACCOUNT_KINDS) {
          const doc = load(file, kind, state.calls);
          guardInputs(doc);
          for (const id of FEATURE_IDS) expect(() => DETECTORS[id](doc), `${id}, ${kind}`).not.toThrow();
        }
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
    expect(signinUsername(load('signin-username-error.en.html', 'oumail', []))?.microsoftError).toBe('may-be-incorrect');
    expect(signinUsername(load('signin-username-error.ja.html', 'oumail', []))?.microsoftError).toBe('may-be-incorrect');
    expect(signinUsername(load('signin-username-notfound.ja.html', 'oumail-mistyped', []))?.microsoftError).toBe('not-found');
  });

  it('keeps its own judgement of the address when the error text is one it does not know', () => {
    const doc = load('signin-username-error.en.html', 'oumail-mistyped', []);
    doc.getElementById('usernameError')!.textContent = 'Something Microsoft has not said before.';
    expect(signinUsername(doc)).toMatchObject({ microsoftError: 'other', account: { kind: 'missing-ecs' } });
  });

  it('says which part is wrong and what to type instead', () => {
    expect(signinUsername(load('signin-username.en.html', 'oumail-mistyped', []))?.account).toEqual({
      kind: 'missing-ecs',
      suggestion: 'ou-student-17@ecs.osaka-u.ac.jp',
    });
  });

  it('says whether the box has focus, so the runtime can wait while the student types', () => {
    const doc = load('signin-username.en.html', 'oumail-mistyped', []);
    expect(signinUsername(doc)?.focused).toBe(false);
    (doc.getElementById('i0116') as HTMLInputElement).focus();
    expect(signinUsername(doc)?.focused).toBe(true);
  });

  it('is not the step when the username view is hidden', () => {
    const doc = load('signin-username.en.html', 'oumail-mistyped', []);
    (doc.getElementById('lightbox-view') as HTMLElement).style.display = 'none';
    expect(signinUsername(doc)).toBeNull();
  });
});

describe('the password step', () => {
  const withError = (text: string) => {
    const doc = load('signin-password-error.en.html', 'oumail', []);
    doc.getElementById('passwordError')!.textContent = text;
    return signinPassword(doc);
  };

  it('speaks to a wrong password, and to an old one after a change', () => {
    expect(signinPassword(load('signin-password-error.ja.html', 'oumail', []))?.error).toBe('wrong-password');
    expect(withError('Looks like you entered your old password. Try again with your new one.')?.error).toBe('old-password');
  });

  it('leaves "Please enter your password" to Microsoft', () => {
    expect(withError('Please enter your password.')).toBeNull();
  });

  it('reads the account from the identity banner, not from the hidden copy of the username', () => {
    const doc = load('signin-password-error.en.html', 'personal', []);
    (doc.querySelector('input[name="loginfmt"]') as HTMLInputElement).value = ACCOUNTS.oumail;
    expect(signinPassword(doc)).toBeNull();
  });
});

describe('Security info', () => {
  it('finds the phone step by its country select when the question is worded differently', () => {
    const doc = load('security-info-phone.en.html', 'oumail', []);
    const question = [...doc.querySelectorAll('[role="dialog"] div')].find((d) => d.textContent === 'What phone number would you like to use?');
    question!.textContent = 'Which phone should we use?';
    expect(securityInfoPhone(doc)).not.toBeNull();
    // A select that shows no calling code is some other choice.
    for (const option of doc.querySelectorAll('option')) option.textContent = option.textContent!.replace(/ \(\+\d+\)/, '');
    expect(securityInfoPhone(doc)).toBeNull();
  });

  it('stays silent when another dialog (not the add-method one) is open over the list', () => {
    const doc = load('security-info-add.en.html', 'oumail', []);
    const dialog = doc.querySelector('[role="dialog"]')!;
    dialog.replaceChildren(Object.assign(doc.createElement('p'), { textContent: 'Are you sure you want to delete this method?' }));
    expect(securityInfoMethods(doc)).toBeNull();
  });

  it('places the list note at the end of the page content, the same place once a note is there', () => {
    const doc = load('security-info-methods.en.html', 'oumail', []);
    const first = securityInfoMethods(doc)!.anchor;
    const host = doc.createElement('oumail-help');
    host.setAttribute('data-oumail-help', 'security-info-methods');
    first.after(host);
    expect(securityInfoMethods(doc)!.anchor).toBe(first);
  });
});
