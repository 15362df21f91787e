import { describe, expect, it } from 'vitest';
import { entity, release } from '../release/test-fixtures';
import { SearchWithFetched } from './combined';
import { ReleaseSearch } from './search';
import { buildSearchIndex } from './search-index';

const entities = [entity('person:alma-quist', { name: 'Alma Quist', aliases: ['Alma Quist'] })];
const bundled = ReleaseSearch.fromIndex(
  buildSearchIndex(
    [
      release('sb0100', { title: 'Treasury Sanctions Harbor Shipping Network', date: '2025-03-01' }),
      release('sb0101', { title: 'Readout of Secretary Quist Meeting', date: '2025-04-01', people: [{ id: 'person:alma-quist' }] }),
    ],
    entities,
  ),
);

function withFetched(fetched: Parameters<SearchWithFetched['addFetched']>[0]) {
  const search = new SearchWithFetched(bundled);
  search.addFetched(fetched, entities);
  return search;
}

describe('SearchWithFetched', () => {
  it('finds releases an update fetched beside the bundled ones', () => {
    const search = withFetched([release('sb0900', { title: 'Treasury Sanctions Halvorsen Maritime Tankers', date: '2026-05-02' })]);
    expect(search.search('Halvorsen').hits.map((h) => h.id)).toEqual(['sb0900']);
    expect(
      search
        .search('Treasury Sanctions')
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['sb0100', 'sb0900']);
  });

  it('shows a fetched copy of a bundled release once, as fetched', () => {
    const search = withFetched([
      release('sb0100', { title: 'Treasury Sanctions Harbor Shipping Network (corrected)', date: '2025-03-01' }),
    ]);
    const result = search.search('Harbor Shipping');
    expect(result.hits.map((h) => h.title)).toEqual(['Treasury Sanctions Harbor Shipping Network (corrected)']);
    expect(result.total).toBe(1);
  });

  it('answers as the bundled search until fetched releases join it', () => {
    const search = new SearchWithFetched(bundled);
    expect(search.search('Treasury Sanctions')).toEqual(bundled.search('Treasury Sanctions'));
    search.addFetched([release('sb0900', { title: 'Treasury Sanctions Halvorsen Maritime Tankers', date: '2026-05-02' })], entities);
    expect(search.search('Treasury Sanctions').total).toBe(2);
  });
});
