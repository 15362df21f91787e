// Reads and writes the bundled index in bucketed tables (see lib/db.ts for why). A key's
// bucket is a hash of it, so one lookup reads one small row.
import type { EntityBucket, PostingBucket, PrimarySourceDb, ReleaseBucket } from './db';
import { releaseEntityIds } from '../ranking/source';
import type { Entity, Release } from '../release/types';

export const RELEASE_BUCKETS = 256;
export const ENTITY_BUCKETS = 64;
export const POSTING_BUCKETS = 512;

/** FNV-1a: stable across runs and machines, cheap, spreads short ids well. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

/** Posting key of a distinctive term (entity ids contain ':' after a type, terms do not). */
export const termKey = (term: string) => `t:${term}`;

export interface PackedIndex {
  releaseBuckets: ReleaseBucket[];
  entityBuckets: EntityBucket[];
  postingBuckets: PostingBucket[];
}

function buckets<T, R>(
  count: number,
  make: (bucket: number) => R,
  items: readonly T[],
  key: (item: T) => string,
  add: (row: R, item: T) => void,
): R[] {
  const rows = Array.from({ length: count }, (_, i) => make(i));
  for (const item of items) add(rows[bucketOf(key(item), count)]!, item);
  return rows;
}

export function packIndex(releases: readonly Release[], entities: readonly Entity[]): PackedIndex {
  const postings = new Map<string, string[]>();
  // Newest first in every posting list: "an entity's most recent releases" is its first few ids.
  const newestFirst = [...releases].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  for (const release of newestFirst) {
    for (const key of new Set([...releaseEntityIds(release), ...release.terms.map(termKey)])) {
      const list = postings.get(key);
      if (list) list.push(release.id);
      else postings.set(key, [release.id]);
    }
  }
  return {
    releaseBuckets: buckets(
      RELEASE_BUCKETS,
      (bucket): ReleaseBucket => ({ bucket, releases: [] }),
      releases,
      (r) => r.id,
      (row, r) => row.releases.push(r),
    ),
    entityBuckets: buckets(
      ENTITY_BUCKETS,
      (bucket): EntityBucket => ({ bucket, entities: [] }),
      entities,
      (e) => e.id,
      (row, e) => row.entities.push(e),
    ),
    postingBuckets: buckets(
      POSTING_BUCKETS,
      (bucket): PostingBucket => ({ bucket, postings: {} }),
      [...postings],
      ([key]) => key,
      (row, [key, ids]) => (row.postings[key] = ids),
    ),
  };
}

/** Replaces the index tables (call inside a transaction that covers them). */
export async function storeIndex(db: PrimarySourceDb, packed: PackedIndex): Promise<void> {
  await Promise.all([db.releaseBuckets.clear(), db.entityBuckets.clear(), db.postingBuckets.clear()]);
  await Promise.all([
    db.releaseBuckets.bulkPut(packed.releaseBuckets),
    db.entityBuckets.bulkPut(packed.entityBuckets),
    db.postingBuckets.bulkPut(packed.postingBuckets),
  ]);
}

/** Typed reads of the bucketed index. */
export class IndexStore {
  constructor(private readonly db: PrimarySourceDb) {}

  async releases(ids: readonly string[]): Promise<Release[]> {
    const wanted = new Set(ids);
    const rows = await this.db.releaseBuckets.bulkGet([...new Set(ids.map((id) => bucketOf(id, RELEASE_BUCKETS)))]);
    return rows.flatMap((row) => row?.releases.filter((r) => wanted.has(r.id)) ?? []);
  }

  async release(id: string): Promise<Release | undefined> {
    return (await this.releases([id]))[0];
  }

  async entities(ids: readonly string[]): Promise<Entity[]> {
    const wanted = new Set(ids);
    const rows = await this.db.entityBuckets.bulkGet([...new Set(ids.map((id) => bucketOf(id, ENTITY_BUCKETS)))]);
    return rows.flatMap((row) => row?.entities.filter((e) => wanted.has(e.id)) ?? []);
  }

  /** Release ids naming each key (entity id or termKey(term)), newest first; unknown keys are left out. */
  async postings(keys: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.db.postingBuckets.bulkGet([...new Set(keys.map((k) => bucketOf(k, POSTING_BUCKETS)))]);
    const found = new Map<string, string[]>();
    for (const row of rows) for (const key of keys) if (row?.postings[key]) found.set(key, row.postings[key]);
    return found;
  }

  async allReleases(): Promise<Release[]> {
    return (await this.db.releaseBuckets.toArray()).flatMap((row) => row.releases);
  }
}
