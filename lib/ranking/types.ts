// What ranking reads from a page and what it answers: the page-level and per-entity releases.
import type { EntityType, Release } from '../release/types';

/** What the content script learns about the page and sends for ranking. */
export interface PageContext {
  /** How many times each entity was mentioned on the page (marked or not). */
  entityCounts: Record<string, number>;
  /** Counts of index terms found in the page text (from analyzeText). */
  terms: Record<string, number>;
  /** Publication date of the page, YYYY-MM-DD, when it states one. */
  date?: string;
  /** Pages without a date: the latest past year their text mentions (lib/ranking/dates `textEra`). */
  era?: number;
  /** Pages without a date: the days their text names, YYYY-MM-DD, in order (lib/ranking/dates `namedDates`). */
  namedDates?: string[];
  /** Sampled shingle codes of the page's text (lib/ranking/evidence): what it quotes. */
  shingles?: string[];
  /** Its amounts and counts, canonical (lib/ranking/evidence `amounts`). */
  amounts?: string[];
  /** Tell-tales of an event no release covers (lib/ranking/telltales): "social", "broadcast"… */
  telltales?: string[];
}

/** A release as the UI shows it, with why it fits this page. */
export interface RankedRelease {
  release: Pick<Release, 'id' | 'url' | 'title' | 'date' | 'kind' | 'lede'>;
  score: number;
  /** Human-readable reasons: "names Bessent, Reeves · critical minerals · 1 day before this article". */
  reasons: string[];
  /** Confident matches: the one reason it is this article's release ("Quoted in this article"). */
  why?: string;
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  /** Role line for the popover header, e.g. "Secretary of the Treasury". */
  role?: string;
}

export interface EntityReleases {
  entity: EntitySummary;
  /** Best releases for this page that name the entity, best first. */
  releases: RankedRelease[];
  /** False: nothing fits the page closely; `releases` are then the entity's others (see `fallback`). */
  confident: boolean;
  /** When not confident, which releases: those nearest before the article's date, or the newest (undated page). */
  fallback?: 'before-article' | 'newest';
}

export interface PageRanking {
  /** Confident page-level matches, best first (empty when nothing fits closely). */
  page: RankedRelease[];
  byEntity: Record<string, EntityReleases>;
  /** The page stated no date: ranking used content alone. */
  undated: boolean;
}
