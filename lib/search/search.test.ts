import { describe, expect, it } from 'vitest';
import { ReleaseSearch } from './search';
import { buildSearchIndex, searchIndexFiles } from './search-index';
import { entity, release } from '../release/test-fixtures';

const entities = [
  entity('person:alma-quist', { name: 'Alma Quist', aliases: ['Alma Quist', 'Alma B. Quist-Varga'] }),
  entity('person:alma-quist-2', { name: 'Alma Quist', aliases: ['Alma Quist'] }),
  entity('topic:critical-minerals', { type: 'topic', name: 'Critical minerals', aliases: ['critical minerals'] }),
  entity('topic:rare-earth-elements', { type: 'topic', name: 'Rare earth elements', aliases: ['rare earth elements', 'rare earths'] }),
  entity('org:harbor-finance-group', { type: 'designated-organization', name: 'Harbor Finance Group', aliases: ['Harbor Finance Group'] }),
];
const releases = [
  release('sb0100', {
    title: 'Secretary Convenes Ministerial on Critical Minerals Supply Chains',
    date: '2026-01-12',
    people: [{ id: 'person:alma-quist' }],
    topics: ['topic:critical-minerals', 'topic:rare-earth-elements'],
    lede: 'Finance ministers agreed on a shared stockpile of lithium and cobalt to steady prices for battery makers.',
  }),
  release('jy0200', {
    title: 'Treasury Sanctions Network Trafficking Fentanyl Precursors',
    date: '2024-05-01',
    orgs: ['org:harbor-finance-group'],
  }),
  release('jy0300', {
    title: 'Remarks on Critical Minerals Investment',
    date: '2023-03-01',
    kind: 'statement',
    topics: ['topic:rare-earth-elements'],
  }),
  release('sm0400', { title: 'Quarterly Refunding Statement', date: '2019-02-01', terms: ['refunding', 'auction', 'coupon'] }),
  release('jy0500', { title: 'Treasury Issues General License to Aid Earthquake Relief', date: '2025-02-09' }),
  release('jy0600', { title: 'Secretary Addresses Health Care Congress', date: '2025-04-19', people: [{ id: 'person:alma-quist-2' }] }),
];
const search = ReleaseSearch.fromIndex(buildSearchIndex(releases, entities));
const ids = (query: string, options?: Parameters<ReleaseSearch['search']>[1]) => search.search(query, options).hits.map((h) => h.id);

describe('ReleaseSearch', () => {
  it('finds a release by a misspelled query', () => {
    expect(ids('critcal mineral').slice(0, 2)).toEqual(['sb0100', 'jy0300']);
    expect(ids('critcal minerals suply chains')[0]).toBe('sb0100');
    expect(ids('fentanil')).toEqual(['jy0200']);
  });

  it('finds a release by its identifier', () => {
    expect(ids('sm0400')).toEqual(['sm0400']);
  });

  it('treats operator characters as plain text', () => {
    expect(ids('!refunding')[0]).toBe('sm0400');
  });

  it('says what to do for empty and too-short queries', () => {
    expect(search.search('  ').message).toMatch(/Type a title, a name/);
    expect(search.search(' a ').message).toMatch(/at least two letters/);
    expect(search.search(' a ').hits).toEqual([]);
  });

  it('finds releases by the people and topics they name, before look-alike words in titles', () => {
    // Neither title says "rare earth"; "Earthquake" and "Care" are one step from the query.
    expect(ids('rare earth')).toEqual(['sb0100', 'jy0300']);
    expect(ids('Quist')).toEqual(['sb0100', 'jy0600']); // newest first
  });

  it('finds a person by any alias, and an organization it names', () => {
    expect(ids('quist varga')).toEqual(['sb0100']);
    expect(ids('harbor finance')).toEqual(['jy0200']);
  });

  it('puts releases with the words in their title before those that only name them', () => {
    expect(ids('critical minerals').slice(0, 2)).toEqual(['sb0100', 'jy0300']);
    expect(ids('minerals quist')[0]).toBe('sb0100');
  });

  it('finds a release by a phrase of its lede, and by its distinctive terms', () => {
    expect(ids('shared stockpile of lithium and cobalt for battery makers')[0]).toBe('sb0100');
    expect(ids('coupon auction')[0]).toBe('sm0400');
  });

  it('matches words as they are typed', () => {
    expect(ids('fentan')).toEqual(['jy0200']);
    expect(ids('quarter refund')).toEqual(['sm0400']);
  });

  it('says why a release matched: title words marked, names, the words of its text', () => {
    const [hit] = search.search('quist lithium minerals').hits;
    expect(hit?.id).toBe('sb0100');
    expect(hit?.why.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['Minerals']);
    expect(hit?.why.names).toEqual(['Alma Quist', 'Critical minerals']);
    expect(hit?.why.textWords).toContain('lithium');
  });

  it('counts every match and filters by kind, years and person', () => {
    const all = search.search('minerals');
    expect(all.total).toBe(2);
    expect(ids('minerals', { filters: { kind: 'statement' } })).toEqual(['jy0300']);
    expect(ids('minerals', { filters: { fromYear: 2024 } })).toEqual(['sb0100']);
    expect(ids('minerals', { filters: { toYear: 2023 } })).toEqual(['jy0300']);
    expect(all.people.map((p) => [p.name, p.count])).toEqual([['Alma Quist', 1]]);
    expect(ids('minerals', { filters: { person: all.people[0]!.subject } })).toEqual(['sb0100']);
    expect(search.search('secretary', { limit: 1 })).toMatchObject({ total: 2, hits: [{ id: 'sb0100' }] }); // the newer of the two;
  });

  it('finds nothing for unrelated words', () => {
    expect(search.search('zebra crossing')).toMatchObject({ hits: [], total: 0 });
  });

  it('ships as files of at most the part size', () => {
    const { files, names } = searchIndexFiles(buildSearchIndex(releases, entities));
    expect(files.map((f) => f.name)).toEqual([names.meta, ...names.docs, ...names.postings]);
  });
});
