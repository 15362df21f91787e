import { describe, expect, it } from 'vitest';
import { isAmbiguousSurname } from './lexicon';

describe('isAmbiguousSurname', () => {
  it('flags surnames that are words or common names', () => {
    for (const surname of [
      'Snow',
      'Summers',
      'Lew',
      'Rubin',
      'Champagne',
      'Reeves',
      'Greer',
      'Koo',
      'Kato',
      'Smith',
      'Brown',
      'Young',
      'King',
      'Rice',
    ]) {
      expect(isAmbiguousSurname(surname), surname).toBe(true);
    }
  });

  it('leaves distinctive surnames linkable', () => {
    for (const surname of ['Bessent', 'Yellen', 'Mnuchin', 'Geithner', 'Dombrovskis', 'Klingbeil', 'Liepins']) {
      expect(isAmbiguousSurname(surname), surname).toBe(false);
    }
  });

  it('checks each part of a two-part surname', () => {
    expect(isAmbiguousSurname('Zubieta Ibarra')).toBe(false);
    expect(isAmbiguousSurname('Ficticio Lopez')).toBe(true);
  });
});
