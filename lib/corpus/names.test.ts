import { describe, expect, it } from 'vitest';
import { nameVariants, sameGivenName, splitName } from './names';

describe('names', () => {
  it('splits suffixes, particles and, in Spanish-speaking countries, two surnames', () => {
    expect(splitName('Henry M. Paulson, Jr.')).toEqual({ given: ['Henry', 'M.'], surname: 'Paulson', suffix: 'Jr.' });
    expect(splitName('Luis de Guindos')).toMatchObject({ given: ['Luis'], surname: 'de Guindos' });
    expect(splitName('Rodrigo Zubieta Ibarra', 'Mexico')).toMatchObject({ given: ['Rodrigo'], surname: 'Zubieta Ibarra' });
    // "Carlos" is a common given name: a two-part given name, one surname.
    expect(splitName('Juan Carlos Ferrando', 'Mexico')).toMatchObject({ given: ['Juan', 'Carlos'], surname: 'Ferrando' });
  });

  it('takes the surname a sanctions release gives, at the end of the name or inside it', () => {
    expect(splitName('Ramiro Ostend Vallejo', undefined, 'Ostend Vallejo')).toMatchObject({ given: ['Ramiro'], surname: 'Ostend Vallejo' });
    expect(splitName('Tobias Kerrow Lindqvist', undefined, 'Kerrow')).toMatchObject({ given: ['Tobias'], surname: 'Kerrow' });
    // A short form that is the first name says nothing about the surname.
    expect(splitName('Tobias Kerrow Lindqvist', undefined, 'Tobias')).toMatchObject({ given: ['Tobias', 'Kerrow'], surname: 'Lindqvist' });
  });

  it('offers printed forms without middle initials, with nicknames and without accents, never the bare surname', () => {
    const variants = nameVariants(splitName('Élodie R. Marchetti'), ['Élodie R. Marchetti']);
    expect(variants).toEqual(expect.arrayContaining(['Élodie R. Marchetti', 'Élodie Marchetti', 'Elodie Marchetti']));
    expect(variants).not.toContain('Marchetti');
    expect(nameVariants(splitName('Steven Holt'), ['Steven Holt'])).toContain('Steve Holt');
    expect(nameVariants(splitName('Steven Holt'), ['Steven Holt'], { nicknames: false })).not.toContain('Steve Holt');
  });

  it('agrees a formal name with its short form only', () => {
    expect(sameGivenName('Timothy', 'Tim')).toBe(true);
    expect(sameGivenName('jack', 'Jacob')).toBe(true);
    expect(sameGivenName('Steven', 'Stephen')).toBe(false);
    expect(sameGivenName('Yun-Cheol', 'Yun Cheol')).toBe(true);
  });
});
