import { describe, expect, it } from 'vitest';
import { countTokens, stem, tokenize } from './tokens';

describe('tokenize', () => {
  it('lower-cases and drops stopwords, one-letter words and bare numbers', () => {
    expect(tokenize('The Minister of Finance met with a delegation on 12 May 2025.')).toEqual(['minister', 'finance', 'met', 'delegation']);
  });

  it('treats straight and curly apostrophes alike and drops the possessive', () => {
    const straight = tokenize("The Treasury's plan and the minister's view");
    expect(tokenize('The Treasury’s plan and the minister’s view')).toEqual(straight);
    expect(straight).toEqual(['treasury', 'plan', 'minister', 'view']);
    expect(tokenize('the banks’ deposits')).toEqual(['bank', 'deposit']);
  });

  it('keeps a name with an apostrophe in one piece', () => {
    expect(tokenize("Paul O’Neill and Paul O'Neill")).toEqual(['paul', 'oneill', 'paul', 'oneill']);
  });

  it('folds accents, so a name spelled with or without them gives the same token', () => {
    expect(tokenize('François Lescure, Pétróleos, Größe')).toEqual(['francois', 'lescure', 'petroleo', 'grosse']);
    expect(tokenize('Francois')).toEqual(tokenize('FRANÇOIS'));
  });

  it('splits words on hyphens and dashes of every kind', () => {
    expect(tokenize('rare-earth')).toEqual(['rare', 'earth']);
    expect(tokenize('rare\u2010earth rare\u2013earth')).toEqual(['rare', 'earth', 'rare', 'earth']);
  });

  it('keeps short codes that mix letters and digits', () => {
    expect(tokenize('the G7 and the 45X credit under COVID-19 rules')).toEqual(['g7', '45x', 'credit', 'covid', 'rule']);
  });

  it('stems plurals the same on both sides', () => {
    expect(tokenize('Critical minerals')).toEqual(tokenize('critical mineral'));
    expect(tokenize('supply chains')).toEqual(['supply', 'chain']);
  });

  it('is deterministic and stateless across calls', () => {
    const text = 'Sanctions on the shadow fleet’s tankers — and on their owners.';
    const first = tokenize(text);
    tokenize('something else entirely, much longer than the first text to grow the buffer '.repeat(50));
    expect(tokenize(text)).toEqual(first);
  });
});

describe('stem', () => {
  it.each([
    ['minerals', 'mineral'],
    ['policies', 'policy'],
    ['businesses', 'business'],
    ['taxes', 'tax'],
    ['approaches', 'approach'],
    ['sanctions', 'sanction'],
    ['days', 'day'],
  ])('%s → %s', (plural, singular) => {
    expect(stem(plural)).toBe(singular);
    expect(stem(singular)).toBe(singular);
  });

  it.each(['business', 'status', 'crisis', 'analysis', 'news', 'series', 'gas'])('leaves %s alone', (word) => {
    expect(stem(word)).toBe(word);
  });
});

describe('countTokens', () => {
  it('counts each token', () => {
    expect(Object.fromEntries(countTokens('Tariffs, tariff and TARIFFS'))).toEqual({ tariff: 3 });
  });
});
