// The extension's database. It lives in the extension origin only (background, popup,
// options): a content script's IndexedDB would be the page's, readable by the page.
import Dexie, { type EntityTable } from 'dexie';
import type { Entity, Release, ReleaseKind } from './types';

export interface SavedRelease {
  id: string;
  /** Copied at save time so a saved release stays readable even if a later index drops it. */
  title: string;
  url: string;
  date: string;
  kind: ReleaseKind;
  savedAt: number;
}

/** A release as stored: `entities` (people, orgs, topics) indexed so candidates are one query. */
export type ReleaseRow = Release & { entities: string[] };

export function toRow(release: Release): ReleaseRow {
  return { ...release, entities: [...release.people.map((p) => p.id), ...release.orgs, ...release.topics] };
}

export interface MetaRow {
  key: string;
  value: string;
}

/** Corpus document frequency of one ranking term (lib/ranking): IDF weights and the page vocabulary. */
export interface TermRow {
  term: string;
  df: number;
}

export class PrimarySourceDb extends Dexie {
  releases!: EntityTable<ReleaseRow, 'id'>;
  entities!: EntityTable<Entity, 'id'>;
  saved!: EntityTable<SavedRelease, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  terms!: EntityTable<TermRow, 'term'>;

  constructor(name = 'primary-source') {
    super(name);
    // Versioned from day one: a later schema adds version(2) with an upgrade that keeps `saved`.
    this.version(1).stores({
      releases: 'id, date, *entities, *terms',
      entities: 'id, type',
      saved: 'id, savedAt',
      meta: 'key',
    });
    // Ranking fetches candidates by distinctive term and weighs terms by document frequency.
    // Index tables only: `saved` is untouched. Forgetting the stored index version makes the
    // loader refill every index table, so `terms` is never left empty after the upgrade.
    this.version(2)
      .stores({
        releases: 'id, date, *entities, *terms',
        terms: 'term',
      })
      .upgrade((tx) => tx.table('meta').delete('indexVersion'));
  }
}
