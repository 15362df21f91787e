import { describe, expect, it } from 'vitest';
import type { Mention } from './types';
import { entity } from '../release/test-fixtures';
import type { Entity } from '../release/types';
import { compileMatcher } from './compile';
import { loadMatcher } from './matcher';
import { findMentions, NEW_PAGE } from './mentions';

// A small gazetteer of invented and public figures, in the shape the index builds.
const gazetteer: Entity[] = [
  entity('person:scott-bessent', {
    name: 'Scott Bessent',
    aliases: ['Scott Bessent', 'Scott K.H. Bessent'],
    surname: 'Bessent',
    givenNames: ['Scott'],
    roles: [{ title: 'Secretary of the Treasury', from: 2025, to: 2026 }],
    releaseCount: 200,
  }),
  entity('person:rachel-reeves', {
    name: 'Rachel Reeves',
    aliases: ['Rachel Reeves'],
    surname: 'Reeves',
    givenNames: ['Rachel'],
    ambiguous: true,
    roles: [{ title: 'Chancellor of the Exchequer', country: 'United Kingdom', from: 2024, to: 2026 }],
  }),
  entity('person:francois-philippe-champagne', {
    name: 'François-Philippe Champagne',
    aliases: ['François-Philippe Champagne', 'Francois-Philippe Champagne'],
    surname: 'Champagne',
    ambiguous: true,
    roles: [{ title: 'Minister of Finance', country: 'Canada', from: 2025, to: 2026 }],
  }),
  entity('person:john-snow', {
    name: 'John Snow',
    aliases: ['John Snow', 'John W. Snow'],
    surname: 'Snow',
    ambiguous: true,
    roles: [{ title: 'Secretary of the Treasury', from: 2003, to: 2006 }],
  }),
  entity('person:lawrence-summers', {
    name: 'Lawrence Summers',
    aliases: ['Lawrence Summers', 'Larry Summers'],
    surname: 'Summers',
    ambiguous: true,
    roles: [{ title: 'Secretary of the Treasury', from: 1999, to: 2001 }],
  }),
  entity('person:ada-pemberton', {
    name: 'Ada Pemberton',
    aliases: ['Ada Pemberton'],
    surname: 'Pemberton',
    givenNames: ['Ada'],
    ambiguous: true,
    roles: [{ title: 'President', from: 2031, to: 2035 }],
  }),
  entity('person:otto-pemberton', {
    name: 'Otto Pemberton',
    aliases: ['Otto Pemberton'],
    surname: 'Pemberton',
    givenNames: ['Otto'],
    ambiguous: true,
    roles: [{ title: 'Bank President', from: 2020, to: 2022 }],
  }),
  entity('person:john-smith', {
    name: 'John Smith',
    aliases: ['John Smith'],
    surname: 'Smith',
    givenNames: ['John'],
    ambiguous: true,
    commonName: true,
    roles: [{ title: 'OFAC Director', from: 2015, to: 2017 }],
  }),
  entity('org:sinaloa-cartel', { type: 'designated-organization', name: 'Sinaloa Cartel', aliases: ['Sinaloa Cartel'] }),
  entity('topic:critical-minerals', { type: 'topic', name: 'Critical minerals', aliases: ['critical minerals', 'critical mineral'] }),
  entity('topic:rare-earth-elements', {
    type: 'topic',
    name: 'Rare earth elements',
    aliases: ['rare earth elements', 'rare earths'],
  }),
  entity('topic:sanctions', { type: 'topic', name: 'Sanctions', aliases: ['sanctions'], highlight: false }),
  entity('topic:aml-cft', { type: 'topic', name: 'AML/CFT', aliases: ['AML/CFT'] }),
  entity('topic:s-and-ed', { type: 'topic', name: 'Strategic and Economic Dialogue', aliases: ['S&ED'] }),
];

const matcher = loadMatcher(compileMatcher(gazetteer));

function mentions(...blocks: string[]): [string, string][] {
  return findMentions(matcher, blocks, NEW_PAGE).mentions.flatMap((found: Mention[], i) =>
    found.map((m): [string, string] => [blocks[i]!.slice(m.start, m.end), m.entityId]),
  );
}

describe('full names', () => {
  it('finds names with and without middle initials, diacritics, possessives', () => {
    expect(mentions('Scott K.H. Bessent spoke; Francois-Philippe Champagne listened to Bessent’s remarks.')).toEqual([
      ['Scott K.H. Bessent', 'person:scott-bessent'],
      ['Francois-Philippe Champagne', 'person:francois-philippe-champagne'],
      ['Bessent', 'person:scott-bessent'],
    ]);
    expect(mentions('François‑Philippe Champagne’s budget')).toEqual([
      ['François‑Philippe Champagne', 'person:francois-philippe-champagne'],
    ]);
  });

  it('survives line breaks and non-breaking spaces inside a name', () => {
    expect(mentions('met Rachel\nReeves and Scott\u00a0Bessent')).toEqual([
      ['Rachel\nReeves', 'person:rachel-reeves'],
      ['Scott\u00a0Bessent', 'person:scott-bessent'],
    ]);
  });

  it('takes a title before the name into the mention', () => {
    expect(mentions('Treasury Secretary Scott Bessent and Chancellor of the Exchequer Rachel Reeves met.')).toEqual([
      ['Treasury Secretary Scott Bessent', 'person:scott-bessent'],
      ['Chancellor of the Exchequer Rachel Reeves', 'person:rachel-reeves'],
    ]);
  });

  it('finds a given name and surname with initials or a middle name the index does not list', () => {
    expect(mentions('Treasury Secretary Scott K. H. Bessent spoke; so did Rachel J. Reeves and Larry Henry Summers.')).toEqual([
      ['Treasury Secretary Scott K. H. Bessent', 'person:scott-bessent'],
      ['Rachel J. Reeves', 'person:rachel-reeves'],
      ['Larry Henry Summers', 'person:lawrence-summers'],
    ]);
  });

  it('takes no other first name, and no lower-case word, for a given name', () => {
    expect(mentions('The coach Dan K. Reeves and the singer Rachel the Reeves fan.')).toEqual([]);
    expect(mentions('Fans of Keanu Reeves met Scott. Bessent was not there.')).toEqual([]);
  });

  it('requires names to be capitalized', () => {
    expect(mentions('a scott bessent fan club')).toEqual([]);
  });
});

describe('full names shared by many', () => {
  it('stay unmarked on a page that is not about our subjects', () => {
    expect(mentions('Mayor John Smith opened the county fair.', 'Mr. Smith thanked the volunteers.')).toEqual([]);
  });

  it('link on a page that says Treasury or names someone or something of ours, before or after', () => {
    expect(mentions('The Treasury said John Smith would testify.')).toEqual([['John Smith', 'person:john-smith']]);
    expect(mentions('John Smith was sanctioned on Tuesday.')).toEqual([['John Smith', 'person:john-smith']]);
    expect(mentions('John Smith testified, the Treasury said. Mr. Smith left early.')).toEqual([
      ['John Smith', 'person:john-smith'],
      ['Mr. Smith', 'person:john-smith'],
    ]);
    expect(mentions('Treasury Secretary Scott Bessent spoke.', 'John Smith agreed. Mr. Smith left.')).toEqual([
      ['Treasury Secretary Scott Bessent', 'person:scott-bessent'],
      ['John Smith', 'person:john-smith'],
      ['Mr. Smith', 'person:john-smith'],
    ]);
    expect(mentions('John Smith discussed the Sinaloa Cartel.')).toEqual([
      ['John Smith', 'person:john-smith'],
      ['Sinaloa Cartel', 'org:sinaloa-cartel'],
    ]);
  });

  it('link after a title that fits the role, anywhere', () => {
    expect(mentions('OFAC Director John Smith spoke at the fair.')).toEqual([['OFAC Director John Smith', 'person:john-smith']]);
  });
});

describe('surnames alone', () => {
  it('link after the full name appeared earlier on the page, across blocks', () => {
    expect(mentions('Scott Bessent arrived.', 'Later, Bessent said talks went well.')).toEqual([
      ['Scott Bessent', 'person:scott-bessent'],
      ['Bessent', 'person:scott-bessent'],
    ]);
  });

  it('do not link before the full name appears', () => {
    expect(mentions('Bessent arrived first. Then Scott Bessent spoke.')).toEqual([['Scott Bessent', 'person:scott-bessent']]);
  });

  it('link right after a title, the title included', () => {
    expect(mentions('Secretary Bessent said so.')).toEqual([['Secretary Bessent', 'person:scott-bessent']]);
  });

  it('are blocked by a different first name', () => {
    expect(mentions('Scott Bessent spoke. Later, Mike Bessent, a cousin, declined to comment.')).toEqual([
      ['Scott Bessent', 'person:scott-bessent'],
    ]);
    expect(mentions('Rachel Reeves spoke. The actor Keanu Reeves and the coach Dan Reeves did not.')).toEqual([
      ['Rachel Reeves', 'person:rachel-reeves'],
    ]);
  });

  it('are not blocked by a weekday or a sentence opener', () => {
    expect(mentions('Scott Bessent spoke.', 'On Monday Bessent flew home.')).toEqual([
      ['Scott Bessent', 'person:scott-bessent'],
      ['Bessent', 'person:scott-bessent'],
    ]);
  });
});

describe('ambiguous surnames', () => {
  it('never link alone, whatever their case, even at the start of a sentence', () => {
    expect(mentions('Snow fell on Monday. Summers here are hot, and the Champagne region is busy.')).toEqual([]);
    expect(mentions('We drank champagne in the snow all summers long.')).toEqual([]);
    expect(mentions('Rachel Reeves spoke. Reeves later left.')).toEqual([['Rachel Reeves', 'person:rachel-reeves']]);
  });

  it('name the president before "administration" or "White House", and only the president', () => {
    expect(mentions('Tariffs from the Pemberton administration’s first year; the Pemberton White House agreed.')).toEqual([
      ['Pemberton', 'person:ada-pemberton'],
      ['Pemberton', 'person:ada-pemberton'],
    ]);
    expect(mentions('The Reeves administration of the budget and a Pemberton family firm.')).toEqual([]);
  });

  it('link after a title that fits the person’s role', () => {
    expect(mentions('Chancellor Reeves announced a budget.')).toEqual([['Chancellor Reeves', 'person:rachel-reeves']]);
    expect(mentions('Secretary Snow testified.')).toEqual([['Secretary Snow', 'person:john-snow']]);
  });

  it('do not link after a title of another role', () => {
    expect(mentions('Governor Reeves opened the fair.')).toEqual([]);
  });

  it('link after an honorific once the full name appeared', () => {
    expect(mentions('Ms. Reeves spoke.')).toEqual([]);
    expect(mentions('Rachel Reeves arrived.', 'Ms. Reeves then spoke.')).toEqual([
      ['Rachel Reeves', 'person:rachel-reeves'],
      ['Ms. Reeves', 'person:rachel-reeves'],
    ]);
  });
});

describe('topics and organizations', () => {
  it('match topics in any case, with a hyphen or a space between words', () => {
    expect(mentions('Critical Minerals and rare-earth elements; Rare Earths too.')).toEqual([
      ['Critical Minerals', 'topic:critical-minerals'],
      ['rare-earth elements', 'topic:rare-earth-elements'],
      ['Rare Earths', 'topic:rare-earth-elements'],
    ]);
  });

  it('match a topic across the gaps the release tagger allows: slash, ampersand, space', () => {
    expect(mentions('AML/CFT rules, AML CFT rules and the S & ED; the S&ED met.')).toEqual([
      ['AML/CFT', 'topic:aml-cft'],
      ['AML CFT', 'topic:aml-cft'],
      ['S & ED', 'topic:s-and-ed'],
      ['S&ED', 'topic:s-and-ed'],
    ]);
  });

  it('report generic topics as not highlighted, and organizations by name', () => {
    const [found] = findMentions(matcher, ['New sanctions on the Sinaloa Cartel.'], NEW_PAGE).mentions;
    expect(found!.map((m) => [m.entityId, m.highlight])).toEqual([
      ['topic:sanctions', false],
      ['org:sinaloa-cartel', true],
    ]);
  });
});

describe('compiled matcher', () => {
  it('loads from its bytes and finds the same mentions', () => {
    const bytes = compileMatcher(gazetteer);
    const copy = new Uint8Array(bytes); // as fetched: a fresh buffer
    const again = loadMatcher(copy.buffer);
    const text = ['Treasury Secretary Scott Bessent discussed critical minerals with Chancellor Reeves.'];
    expect(findMentions(again, text, NEW_PAGE)).toEqual(findMentions(matcher, text, NEW_PAGE));
  });

  it('is the same bytes for the same gazetteer in any order', () => {
    expect(compileMatcher([...gazetteer].reverse())).toEqual(compileMatcher(gazetteer));
  });
});
