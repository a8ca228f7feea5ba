import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithMap } from '../../src/faq/normalize';
import { bigrams, queryTermsOf, stem, termsOf, tokenize } from '../../src/faq/tokenize';

describe('normalize', () => {
  it('folds width, case and katakana', () => {
    expect(normalize('ﾊﾟｽﾜｰﾄﾞ')).toBe('ぱすわーど');
    expect(normalize('ＳＭＳ認証')).toBe('sms認証');
    expect(normalize('メール')).toBe(normalize('めーる'));
    expect(normalize('Undeliverable：')).toBe('undeliverable:');
    expect(normalize('8時50分〜17時')).toBe(normalize('8時50分～17時'));
  });

  it('maps folded text back to the text as written', () => {
    const { folded, origin } = normalizeWithMap('ＡﾊﾟＢ');
    expect(folded).toBe('aぱb');
    expect(origin).toEqual([0, 1, 3, 4]);
  });
});

describe('tokenize', () => {
  it('cuts Japanese into bigrams and keeps single characters', () => {
    expect(bigrams('多要素認証')).toEqual(['多要', '要素', '素認', '認証']);
    expect(bigrams('転')).toEqual(['転']);
    expect(tokenize('多要素認証')).toEqual(['多要', '要素', '素認', '認証']);
  });

  it('splits mixed text at script boundaries, in order', () => {
    expect(tokenize('KOANのパスワード')).toEqual(['koan', 'のぱ', 'ぱす', 'すわ', 'わー', 'ーど']);
    expect(tokenize('Thunderbirdで読みたい')[0]).toBe('thunderbird');
  });

  it('stems English and drops stopwords', () => {
    expect(['blocks', 'blocked', 'blocking'].map(stem)).toEqual(['block', 'block', 'block']);
    expect(stem('address')).toBe('address');
    expect(tokenize('my mail is gone')).toEqual(['mail', 'gone']);
    expect(tokenize("can't sign in")).toEqual(['cant', 'sign']);
  });

  it('keeps an unfinished last word in a query, and joins neighbouring words', () => {
    expect(termsOf('do', true)).toEqual(['do']);
    expect(termsOf('do ', true)).toEqual([]);
    expect(queryTermsOf('one drive')).toEqual(['one', 'drive', 'onedrive']);
  });
});
