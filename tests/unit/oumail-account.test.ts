import { describe, expect, it } from 'vitest';
import { classifyOumailAccount, isOumailAccount, type OumailAccountKind } from '../../src/address/oumail-account';

// What a student (or anybody else) may type into Microsoft's username box, and what the note says.
const TABLE: [typed: string, kind: OumailAccountKind, suggestion: string | null][] = [
  // The OUMail form: nothing to say.
  ['ou-student-17@ecs.osaka-u.ac.jp', 'oumail', null],
  ['OU-Student-17@ECS.Osaka-U.AC.JP', 'oumail', null],
  ['  ou-student-17@ecs.osaka-u.ac.jp\u200B ', 'oumail', null],
  // The university's domain without "ecs.".
  ['ou-student-17@osaka-u.ac.jp', 'missing-ecs', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@OSAKA-U.AC.JP', 'missing-ecs', 'ou-student-17@ecs.osaka-u.ac.jp'],
  // Slips in ecs.osaka-u.ac.jp.
  ['ou-student-17@ecs.osaka-u.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs.osaka.ac.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs-osaka-u.ac.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecsosaka-u.ac.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs.osaka-u.ac.jo', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs.osaka-u.co.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs.oska-u.ac.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs.osaka-u.ac.jp.', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@esc.osaka-u.ac.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecss.osaka-u.ac.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecd.osaka-u.ac.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  // Slips in the university's domain itself.
  ['ou-student-17@osaka-u.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@osaka.ac.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@osakau.ac.jp', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@osaka-u.ac.jo', 'ecs-typo', 'ou-student-17@ecs.osaka-u.ac.jp'],
  // An IME left on, or a space.
  ['ｏｕ－ｓｔｕｄｅｎｔ－１７＠ｅｃｓ．ｏｓａｋａ－ｕ．ａｃ．ｊｐ', 'full-width', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17＠ecs.osaka-u.ac.jp', 'full-width', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs。osaka-u。ac。jp', 'full-width', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs.osakaーu.ac.jp', 'full-width', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17＠osaka-u.ac.jp', 'full-width', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17\u3000@ecs.osaka-u.ac.jp', 'full-width', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17 @ecs.osaka-u.ac.jp', 'space', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs.osaka-u. ac.jp', 'space', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17@ecs.osaka\u200B-u.ac.jp', 'space', 'ou-student-17@ecs.osaka-u.ac.jp'],
  ['ou-student-17 @osaka-u.ac.jp', 'space', 'ou-student-17@ecs.osaka-u.ac.jp'],
  // No domain, or no personal ID.
  ['ou-student-17', 'no-domain', null],
  ['ｏｕｓｔｕｄｅｎｔ', 'full-width', null],
  ['@ecs.osaka-u.ac.jp', 'no-id', null],
  ['@osaka-u.ac.jp', 'no-id', null],
  // A graduate's address.
  ['ou-student-17@alumni.osaka-u.ac.jp', 'alumni', null],
  // Nothing typed yet.
  ['', 'empty', null],
  ['   \u200B', 'empty', null],
  // Everybody else: the extension stays silent.
  ['aiko.sato@example.ac.jp', 'other', null],
  ['kenta@contoso.onmicrosoft.com', 'other', null],
  ['aiko.personal@outlook.com', 'other', null],
  ['aiko.personal@gmail.com', 'other', null],
  ['ａｉｋｏ＠ｇｍａｉｌ．ｃｏｍ', 'other', null],
  ['aiko @example.ac.jp', 'other', null],
  ['staff.member@ist.osaka-u.ac.jp', 'other', null],
  ['staff.member@econ.osaka-u.ac.jp', 'other', null],
  ['staff.member@cs.osaka-u.ac.jp', 'other', null],
  ['student@osaka-cu.ac.jp', 'other', null],
  ['student@osaka-pu.ac.jp', 'other', null],
  ['student@osaka-ue.ac.jp', 'other', null],
  ['student@ecs.osaka-cu.ac.jp', 'other', null],
  ['student@omu.ac.jp', 'other', null],
  ['student@osaka.jp', 'other', null],
  ['a@b@ecs.osaka-u.ac.jp', 'other', null],
];

describe('what was typed on the username step', () => {
  for (const [typed, kind, suggestion] of TABLE) {
    it(`${JSON.stringify(typed)} is ${kind}`, () => {
      expect(classifyOumailAccount(typed)).toEqual({ kind, suggestion });
    });
  }
});

describe('an OUMail account, for the later steps and Security info', () => {
  it('is only the OUMail form exactly', () => {
    expect(isOumailAccount('ou-student-17@ecs.osaka-u.ac.jp')).toBe(true);
    expect(isOumailAccount('ou-student-17@alumni.osaka-u.ac.jp')).toBe(false);
    expect(isOumailAccount('ou-student-17@osaka-u.ac.jp')).toBe(false);
    expect(isOumailAccount('aiko.personal@outlook.com')).toBe(false);
    expect(isOumailAccount('')).toBe(false);
    expect(isOumailAccount(null)).toBe(false);
  });
});

describe('hostile input', () => {
  const cases: [string, string][] = [
    ['a million characters without @', 'x'.repeat(1_000_000)],
    ['a million @', '@'.repeat(1_000_000)],
    ['a million dots after @', `a@${'.'.repeat(1_000_000)}`],
    ['a million full-width characters', 'ａ'.repeat(1_000_000)],
    ['a million spaces between letters', 'a '.repeat(500_000)],
    ['a long lookalike domain', `a@${'ecs.osaka-u.'.repeat(80_000)}ac.jp`],
  ];
  for (const [name, input] of cases) {
    it(`stays fast on ${name}`, () => {
      const start = performance.now();
      classifyOumailAccount(input);
      expect(performance.now() - start).toBeLessThan(200);
    });
  }

  it('cuts a paste far longer than any address off as not an address', () => {
    expect(classifyOumailAccount(`${'x'.repeat(400)}@ecs.osaka-u.ac.jp`).kind).toBe('other');
  });
});
