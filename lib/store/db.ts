// The extension's database. It lives in the extension origin only (background, popup,
// options): a content script's IndexedDB would be the page's, readable by the page.
//
// The index tables are packed into buckets (lib/index-store.ts): IndexedDB pays per row and
// per index entry, and 15,000 release rows with multi-entry indexes took 5 s to write in
// Chromium; the same data in a few hundred bucket rows takes a quarter of a second.
import Dexie, { type EntityTable } from 'dexie';
import type { Entity, Release, ReleaseKind } from '../release/types';

export interface SavedRelease {
  id: string;
  /** Copied at save time so a saved release stays readable even if a later index drops it. */
  title: string;
  url: string;
  date: string;
  kind: ReleaseKind;
  savedAt: number;
  /** The reader's note ('' when none). Added in version 2. */
  note: string;
  /** The page it was saved from, when saved from a page's popover. Added in version 2. */
  fromTitle?: string;
  fromUrl?: string;
}

export interface ReleaseBucket {
  bucket: number;
  releases: Release[];
}

export interface EntityBucket {
  bucket: number;
  entities: Entity[];
}

/** Posting lists: entity id, or `t:<term>`, to the ids of the releases naming it. */
export interface PostingBucket {
  bucket: number;
  postings: Record<string, string[]>;
}

export interface MetaRow {
  key: string;
  value: string;
}

/** A release learned by a sync (lib/sync), kept apart so a newer bundled index can supersede it. */
export interface FetchedRelease {
  id: string;
  release: Release;
}

/** Sync blobs: the second automaton for entities first named by fetched releases. */
export interface SyncBlob {
  key: string;
  bytes: Uint8Array;
}

export class PrimarySourceDb extends Dexie {
  releaseBuckets!: EntityTable<ReleaseBucket, 'bucket'>;
  entityBuckets!: EntityTable<EntityBucket, 'bucket'>;
  postingBuckets!: EntityTable<PostingBucket, 'bucket'>;
  saved!: EntityTable<SavedRelease, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  fetchedReleases!: EntityTable<FetchedRelease, 'id'>;
  fetchedEntities!: EntityTable<Entity, 'id'>;
  syncBlobs!: EntityTable<SyncBlob, 'key'>;

  constructor(name = 'primary-source') {
    super(name);
    // Versioned from day one: a later schema adds version(2) with an upgrade that keeps
    // `saved`. The index tables can always be refilled from the package; `saved` cannot.
    this.version(1).stores({
      releaseBuckets: 'bucket',
      entityBuckets: 'bucket',
      postingBuckets: 'bucket',
      saved: 'id, savedAt',
      meta: 'key',
    });
    // Version 2: saved releases carry a note and the page they were saved from. Rows saved
    // before get an empty note; nothing else in them changes.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('saved')
          .toCollection()
          .modify((row: Partial<SavedRelease>) => {
            row.note ??= '';
          }),
      );
    // Updates (lib/sync): new tables only; nothing else changes, `saved` is not read.
    this.version(3).stores({ fetchedReleases: 'id', fetchedEntities: 'id', syncBlobs: 'key' });
  }
}
