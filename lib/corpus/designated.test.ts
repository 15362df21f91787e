import { describe, expect, it } from 'vitest';
import { extractDesignated, isSanctionsRelease } from './designated';

const names = (text: string) => extractDesignated(text).map((m) => [m.type, m.name]);

describe('extractDesignated', () => {
  it('takes people and companies that OFAC introduces with a short form', () => {
    expect(names('OFAC designated Ramiro Ostend Vallejo (Ostend Vallejo), who runs Quetzal Freight, S.A. de C.V. (Quetzal).')).toEqual([
      ['designated-person', 'Ramiro Ostend Vallejo'],
      ['designated-organization', 'Quetzal Freight, S.A. de C.V.'],
    ]);
    expect(extractDesignated('OFAC designated Ramiro Ostend Vallejo (Ostend Vallejo).')[0]).toMatchObject({
      surnameHint: 'Ostend Vallejo',
    });
    // The short form may stand inside the name: it is still the surname in use.
    expect(extractDesignated('OFAC designated Tobias Kerrow Lindqvist (Kerrow).')[0]).toMatchObject({
      name: 'Tobias Kerrow Lindqvist',
      surnameHint: 'Kerrow',
    });
    expect(extractDesignated('OFAC designated Tobias Kerrow Lindqvist (Tobias).')[0]).not.toHaveProperty('surnameHint');
  });

  it('takes a group introduced by its acronym, and a cartel by name', () => {
    expect(names('leaders of Brazo de Hierro (BdH) and of the Montaña Cartel, which')).toEqual([
      ['designated-organization', 'Brazo de Hierro'],
      ['designated-organization', 'Montaña Cartel'],
    ]);
  });

  it('takes a cartel’s name without the words that describe it', () => {
    expect(names('members of the powerful Mexico-based Montaña Cartel and a Transnational Drug Cartel met')).toEqual([
      ['designated-organization', 'Montaña Cartel'],
    ]);
  });

  it('leaves out the agencies, laws and notices that sanctions releases also name', () => {
    expect(
      names(
        'the Office of Foreign Assets Control (OFAC) acted under the Foreign Narcotics Kingpin Designation Act (Kingpin Act); see Frequently Asked Question (FAQ) 12 and the Information Technology (IT) annex.',
      ),
    ).toEqual([]);
  });

  it('drops a heading glued to a name, and a name printed twice', () => {
    expect(names('SHIPPING NETWORK Corvina Lines Limited (Corvina) owns the vessel.')).toEqual([
      ['designated-organization', 'Corvina Lines Limited'],
    ]);
    expect(names('IVO PETRAK Ivo Antonov Petrak (Petrak) is a broker.')).toEqual([['designated-person', 'Ivo Antonov Petrak']]);
  });

  it('takes a person the release goes on to designate by surname, or by pronoun under a header line', () => {
    const text = [
      'Today, the bureau acted against Maren Vostrikova and Tobias Hallgren.',
      'VOSTRIKOVA, Maren Ilyinichna, DOB 01 Jan 1970; nationality Northland',
      'Vostrikova is being designated for her role in the scheme.',
      'Tobias Hallgren, Director of Operations, Northport Freight',
      'He is designated for acting on behalf of the network.',
      'It is designated as well. Hallgren Freight Limited is designated for being owned by him.',
      'Ansel Brandvik, Former Director of Northport Freight',
      'Ansel Brandvik is designated as a leader of the network. Northport Freight is designated too.',
    ].join('\n');
    expect(names(text)).toEqual([
      ['designated-person', 'Maren Ilyinichna Vostrikova'],
      ['designated-person', 'Ansel Brandvik'],
      ['designated-person', 'Tobias Hallgren'],
    ]);
  });

  it('takes a list of persons named as the action’s targets, and no list that is prose', () => {
    expect(
      names(
        'The individuals designated today are Northland nationals Maren Vostrikova, Tobias Hallgren, and Ansel Brandvik. They lead the ring.',
      ),
    ).toEqual([
      ['designated-person', 'Maren Vostrikova'],
      ['designated-person', 'Tobias Hallgren'],
      ['designated-person', 'Ansel Brandvik'],
    ]);
    expect(names('Today, the bureau is sanctioning three members of the ring and Tobias Hallgren.')).toEqual([]);
  });

  it('recognizes a sanctions release by its title or its OFAC action', () => {
    expect(isSanctionsRelease('Treasury Sanctions Smuggling Network', '')).toBe(true);
    expect(isSanctionsRelease('Monthly Treasury Statement', 'OFAC today designated two firms.')).toBe(true);
    expect(isSanctionsRelease('Monthly Treasury Statement', 'Receipts rose in October.')).toBe(false);
  });
});
