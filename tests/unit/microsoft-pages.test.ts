// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json' with { type: 'json' };
import ja from '../../_locales/ja/messages.json' with { type: 'json' };
import { isSecurityInfoHost, securityInfoAccount, securityInfoRoute } from '../../src/microsoft/security-info';
import { isSigninHost, signinLanguage, signinStep, type SigninStep } from '../../src/microsoft/signin';

const fixture = (file: string) =>
  new DOMParser().parseFromString(readFileSync(resolve('tests/fixtures/microsoft', file), 'utf8'), 'text/html');

describe("which of Microsoft's pages this is", () => {
  it.each([
    ['login.microsoftonline.com', true, false],
    ['mysignins.microsoft.com', false, true],
    ['login.microsoftonline.com.evil.example', false, false],
    ['login.live.com', false, false],
    ['outlook.office.com', false, false],
  ])('%s: sign-in %s, Security info %s', (host, signin, securityInfo) => {
    expect(isSigninHost(host)).toBe(signin);
    expect(isSecurityInfoHost(host)).toBe(securityInfo);
  });

  it.each([
    ['/security-info', 'security-info'],
    ['/Security-Info/', 'security-info'],
    ['/register', 'register'],
    ['/register/phone', 'register'],
    ['/', null],
    ['/devices', null],
    ['/security-information', null],
  ])('the route %s is %s', (path, route) => expect(securityInfoRoute(path)).toBe(route));
});

describe('the sign-in step on screen, told from the page and not the URL', () => {
  it.each<[string, SigninStep | null]>([
    ['signin-username.en.html', 'username'],
    ['signin-username-error.ja.html', 'username'],
    ['signin-password.ja.html', 'password'],
    ['signin-password-error.en.html', 'password'],
    ['signin-mfa-proofs.ja.html', 'mfa-proofs'],
    ['signin-mfa-approve.en.html', 'mfa-approve'],
    ['signin-mfa-code.ja.html', 'mfa-code'],
    ['signin-proofup.en.html', 'proofup'],
    ['signin-kmsi.en.html', null],
    ['security-info-methods.en.html', null],
  ])('%s shows %s', (file, step) => expect(signinStep(fixture(file))?.step ?? null).toBe(step));

  it('never takes the hidden password box of the username step for the password step', () => {
    const doc = fixture('signin-username.en.html');
    expect(doc.querySelector('input[name="passwd"].moveOffScreen')).not.toBeNull();
    expect(signinStep(doc)?.step).toBe('username');
  });

  it("reads the page's UI language", () => {
    expect(signinLanguage(fixture('signin-username.en.html'))).toBe('en');
    expect(signinLanguage(fixture('signin-password.ja.html'))).toBe('ja');
  });
});

describe('whose Security info page this is', () => {
  it("reads the account control's current account, else the account button's label", () => {
    expect(securityInfoAccount(fixture('security-info-methods.en.html'))).toBe('ou-student-17@ecs.osaka-u.ac.jp');
    expect(securityInfoAccount(fixture('security-info-methods.ja.html'))).toBe('ou-student-17@ecs.osaka-u.ac.jp');
  });

  it('cannot tell when the header shows no address', () => {
    const doc = fixture('security-info-methods.ja.html');
    doc.querySelector('[role="banner"] [aria-label]')!.setAttribute('aria-label', 'アカウント マネージャー');
    expect(securityInfoAccount(doc)).toBeNull();
  });
});

describe('strings for the options page', () => {
  it('has a heading and a switch label for every note, in both languages', () => {
    const keys = [
      'optionsSigninHeading',
      'signinUsernameOption',
      'signinPasswordOption',
      'signinMfaOption',
      'signinProofupOption',
      'securityInfoMethodsOption',
      'securityInfoPhoneOption',
    ];
    for (const key of keys) {
      expect(en, key).toHaveProperty(key);
      expect(ja, key).toHaveProperty(key);
    }
  });
});
