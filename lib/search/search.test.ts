import { describe, expect, it } from 'vitest';
import { ReleaseSearch, searchable } from './search';
import { release } from '../release/test-fixtures';

const releases = [
  release('sb0100', {
    title: 'Secretary Convenes Ministerial on Critical Minerals Supply Chains',
    date: '2026-01-12',
    people: [{ id: 'person:alma-quist' }],
    topics: ['topic:critical-minerals', 'topic:rare-earth-elements'],
  }),
  release('jy0200', { title: 'Treasury Sanctions Network Trafficking Fentanyl Precursors', date: '2024-05-01' }),
  release('jy0300', { title: 'Remarks on Critical Minerals Investment', date: '2023-03-01', topics: ['topic:rare-earth-elements'] }),
  release('sm0400', { title: 'Quarterly Refunding Statement', date: '2019-02-01' }),
  release('jy0500', { title: 'Treasury Issues General License to Aid Earthquake Relief', date: '2025-02-09' }),
  release('jy0600', { title: 'Secretary Addresses Health Care Congress', date: '2025-04-19', people: [{ id: 'person:alma-quist-2' }] }),
].map(searchable);

describe('ReleaseSearch', () => {
  const search = new ReleaseSearch(releases);

  it('finds a release by a misspelled query', () => {
    expect(search.search('critcal mineral').map((r) => r.id).slice(0, 2).sort()).toEqual(['jy0300', 'sb0100']);
    expect(search.search('critcal minerals suply chains')[0]?.id).toBe('sb0100');
    expect(search.search('fentanil').map((r) => r.id)).toContain('jy0200');
  });

  it('finds a release by its identifier', () => {
    expect(search.search('sm0400')[0]?.id).toBe('sm0400');
  });

  it('treats operator characters as plain text', () => {
    expect(search.search("!refunding")[0]?.id).toBe('sm0400');
  });

  it('ignores queries too short to mean anything', () => {
    expect(search.search(' a ')).toEqual([]);
  });

  it('finds releases by the people and topics they name, before look-alike words in titles', () => {
    // Neither title says "rare earth"; "Earthquake" and "Care" are one step from the query.
    expect(search.search('rare earth').map((r) => r.id).slice(0, 2)).toEqual(['sb0100', 'jy0300']);
    expect(search.search('Quist').map((r) => r.id)).toEqual(['sb0100', 'jy0600']); // newest first
  });

  it('puts releases with the words in their title before those that only name them', () => {
    expect(search.search('critical minerals').map((r) => r.id).slice(0, 2)).toEqual(['sb0100', 'jy0300']);
    expect(search.search('minerals quist')[0]?.id).toBe('sb0100');
  });

    it('finds nothing for unrelated words', () => {
    expect(search.search('zebra crossing')).toEqual([]);
  });
});
