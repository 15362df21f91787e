// The popup's search over the bundled index plus the releases updates fetched (lib/sync):
// the bundled part ships prebuilt; the fetched part is small and indexed as the popup opens.
import type { Entity, Release } from '../release/types';
import { ReleaseSearch, type SearchFilters, type SearchResult } from './search';
import { buildSearchIndex } from './search-index';

/** What the popup asks of a search. */
export interface Searcher {
  search(query: string, options?: { limit?: number; filters?: SearchFilters }): SearchResult;
}

/**
 * The bundled search, answering at once, joined by the fetched releases when they are read
 * (reading them may wait for the background's index load, right after install). A fetched
 * copy of a bundled release replaces it. The person filter's choices come from the bundled
 * index, so with a person chosen only bundled releases are searched.
 */
export class SearchWithFetched implements Searcher {
  private extra: ReleaseSearch | undefined;
  private replaced = new Set<string>();

  constructor(private readonly bundled: ReleaseSearch) {}

  addFetched(fetched: readonly Release[], entities: readonly Entity[]): void {
    if (fetched.length === 0) return;
    this.extra = ReleaseSearch.fromIndex(buildSearchIndex(fetched, entities));
    this.replaced = new Set(fetched.map((r) => r.id));
  }

  search(query: string, options: { limit?: number; filters?: SearchFilters } = {}): SearchResult {
    const base = this.bundled.search(query, options);
    if (!this.extra || base.message || options.filters?.person !== undefined) return base;
    const more = this.extra.search(query, { ...options, filters: { ...options.filters, person: undefined } });
    const kept = base.hits.filter((h) => !this.replaced.has(h.id));
    const hits = [...more.hits, ...kept].sort((a, b) => b.score - a.score || b.date.localeCompare(a.date)).slice(0, options.limit ?? 50);
    return { ...base, hits, total: base.total - (base.hits.length - kept.length) + more.total };
  }
}
