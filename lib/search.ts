// Release search for the popup: fuzzy, so a misspelled query ("critcal minerals") still finds.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Release } from './types';

export type SearchableRelease = Pick<Release, 'id' | 'url' | 'title' | 'date' | 'kind'>;

const options: IFuseOptions<SearchableRelease> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'id', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true, // words anywhere in a title count the same
  threshold: 0.35,
  minMatchCharLength: 2,
  // Each word of the query is its own fuzzy term, all required: "critcal minerals supply"
  // finds titles holding all three words, misspelled or not, in any order.
  useExtendedSearch: true,
};

/** Words without extended-search operators, so reader input is always plain fuzzy text. */
function toFuzzyTerms(query: string): string {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[=!'^]+|[$|]+$/g, '').replace(/[|]/g, ''))
    .filter((word) => word.length > 0)
    .join(' ');
}

export class ReleaseSearch {
  private readonly fuse: Fuse<SearchableRelease>;

  constructor(releases: readonly SearchableRelease[]) {
    this.fuse = new Fuse(releases, options);
  }

  /** Best matches first; among equally good ones, the newer release first. */
  search(query: string, limit = 20): SearchableRelease[] {
    const q = toFuzzyTerms(query.trim());
    if (q.length < 2) return [];
    return this.fuse
      .search(q, { limit: limit * 3 })
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || b.item.date.localeCompare(a.item.date))
      .slice(0, limit)
      .map((result) => result.item);
  }
}
