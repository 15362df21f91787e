// Fetched releases in the extension's database. Each batch is one transaction over the index
// tables and the sync tables: the index is never half-written, and `saved` is not in it.
// Fetched records are also kept apart (fetchedReleases) so a newer bundled index can take over
// the ones it holds and put back the ones newer than itself (reapplyFetched).
import type { PrimarySourceDb } from './db';
import { bucketOf, ENTITY_BUCKETS, IndexStore, POSTING_BUCKETS, RELEASE_BUCKETS, termKey } from './index-store';
import { compileMatcher } from '../matcher/compile';
import { releaseEntityIds } from '../ranking/source';
import type { Entity, Release, TermStats } from '../release/types';

/** What the index holds now (bundled plus earlier fetches). */
export interface KnownIndex {
  release(id: string): Release | undefined;
  hasEntity(id: string): boolean;
  terms: TermStats;
}

/** Fetched records to store: new and changed releases, the entities they first name, their terms. */
export interface FetchedBatch {
  releases: Release[];
  /** Entities first named by these releases (people, organizations, targets). */
  entities: Entity[];
  /** Frequencies of the terms these releases list, counted with the index they join. */
  df: Record<string, number>;
}

export const EXTRA_MATCHER = 'matcher';
const EXTRA_TERMS = 'syncTerms';

const keysOf = (r: Release) => new Set([...releaseEntityIds(r), ...r.terms.map(termKey)]);

/** Everything ingest compares against: the stored releases and entity ids, and the term statistics. */
export async function knownIndex(db: PrimarySourceDb, terms: TermStats): Promise<{ known: KnownIndex; newestDate: string }> {
  const all = await new IndexStore(db).allReleases();
  const releases = new Map(all.map((r) => [r.id, r]));
  const entities = new Set((await db.entityBuckets.toArray()).flatMap((row) => row.entities.map((e) => e.id)));
  const newestDate = all.reduce((max, r) => (r.date > max ? r.date : max), '');
  return { known: { release: (id) => releases.get(id), hasEntity: (id) => entities.has(id), terms }, newestDate };
}

/** Puts releases and entities into the bucketed tables, replacing records with the same id. */
async function mergeIntoBuckets(db: PrimarySourceDb, releases: readonly Release[], entities: readonly Entity[]): Promise<void> {
  const store = new IndexStore(db);
  const old = new Map((await store.releases(releases.map((r) => r.id))).map((r) => [r.id, r]));

  const releaseRows = await db.releaseBuckets.bulkGet([...new Set(releases.map((r) => bucketOf(r.id, RELEASE_BUCKETS)))]);
  const releaseRow = new Map(releaseRows.filter((r) => r !== undefined).map((r) => [r.bucket, r]));
  for (const r of releases) {
    const b = bucketOf(r.id, RELEASE_BUCKETS);
    const row = releaseRow.get(b) ?? { bucket: b, releases: [] };
    row.releases = [...row.releases.filter((x) => x.id !== r.id), r];
    releaseRow.set(b, row);
  }

  // Posting lists stay newest first: a new key puts the release in front (fetched releases
  // are the newest), a key it already had keeps its place.
  const touched = new Map<string, { add: string[]; remove: string[] }>();
  const edit = (key: string) => touched.get(key) ?? touched.set(key, { add: [], remove: [] }).get(key)!;
  for (const r of releases) {
    const before = old.has(r.id) ? keysOf(old.get(r.id)!) : new Set<string>();
    const after = keysOf(r);
    for (const k of after) if (!before.has(k)) edit(k).add.push(r.id);
    for (const k of before) if (!after.has(k)) edit(k).remove.push(r.id);
  }
  const dateOf = new Map(releases.map((r) => [r.id, r.date]));
  const postingRows = await db.postingBuckets.bulkGet([...new Set([...touched.keys()].map((k) => bucketOf(k, POSTING_BUCKETS)))]);
  const postingRow = new Map(postingRows.filter((r) => r !== undefined).map((r) => [r.bucket, r]));
  for (const [key, { add, remove }] of touched) {
    const b = bucketOf(key, POSTING_BUCKETS);
    const row = postingRow.get(b) ?? { bucket: b, postings: {} };
    const byDate = [...add].sort((x, y) => dateOf.get(y)!.localeCompare(dateOf.get(x)!));
    row.postings[key] = [...byDate, ...(row.postings[key] ?? []).filter((id) => !add.includes(id) && !remove.includes(id))];
    postingRow.set(b, row);
  }

  const entityRows = await db.entityBuckets.bulkGet([...new Set(entities.map((e) => bucketOf(e.id, ENTITY_BUCKETS)))]);
  const entityRow = new Map(entityRows.filter((r) => r !== undefined).map((r) => [r.bucket, r]));
  for (const e of entities) {
    const b = bucketOf(e.id, ENTITY_BUCKETS);
    const row = entityRow.get(b) ?? { bucket: b, entities: [] };
    row.entities = [...row.entities.filter((x) => x.id !== e.id), e];
    entityRow.set(b, row);
  }
  await Promise.all([
    db.releaseBuckets.bulkPut([...releaseRow.values()]),
    db.postingBuckets.bulkPut([...postingRow.values()]),
    db.entityBuckets.bulkPut([...entityRow.values()]),
  ]);
}

/** The second automaton: the entities only fetched releases name (none: no blob). */
async function compileExtraMatcher(db: PrimarySourceDb): Promise<void> {
  const entities = await db.fetchedEntities.toArray();
  if (entities.length === 0) await db.syncBlobs.delete(EXTRA_MATCHER);
  else await db.syncBlobs.put({ key: EXTRA_MATCHER, bytes: compileMatcher(entities) });
}

const syncTables = (db: PrimarySourceDb) => [
  db.releaseBuckets,
  db.entityBuckets,
  db.postingBuckets,
  db.fetchedReleases,
  db.fetchedEntities,
  db.syncBlobs,
  db.meta,
];

/** One batch, one transaction. */
export async function applyBatch(db: PrimarySourceDb, batch: FetchedBatch, writeState: () => Promise<void>): Promise<void> {
  await db.transaction('rw', syncTables(db), async () => {
    if (batch.releases.length > 0) {
      await mergeIntoBuckets(db, batch.releases, batch.entities);
      await db.fetchedReleases.bulkPut(batch.releases.map((release) => ({ id: release.id, release })));
      await db.fetchedEntities.bulkPut(batch.entities);
      const terms = { ...(await extraTerms(db)), ...batch.df };
      await db.meta.put({ key: EXTRA_TERMS, value: JSON.stringify(terms) });
      if (batch.entities.length > 0) await compileExtraMatcher(db);
    }
    await writeState();
  });
}

/** Document frequencies of terms first listed by fetched releases. */
export async function extraTerms(db: PrimarySourceDb): Promise<Record<string, number>> {
  const row = await db.meta.get(EXTRA_TERMS);
  return row ? (JSON.parse(row.value) as Record<string, number>) : {};
}

/**
 * After a new bundled index was written (inside its transaction): the bundle supersedes the
 * fetched copies it holds; the fetched releases it does not hold go back in, with their entities.
 */
export async function reapplyFetched(db: PrimarySourceDb, bundled: readonly Release[], bundledEntities: readonly Entity[]): Promise<void> {
  const inBundle = new Set(bundled.map((r) => r.id));
  const entityInBundle = new Set(bundledEntities.map((e) => e.id));
  const fetched = await db.fetchedReleases.toArray();
  await db.fetchedReleases.bulkDelete(fetched.filter((f) => inBundle.has(f.id)).map((f) => f.id));
  const entities = await db.fetchedEntities.toArray();
  await db.fetchedEntities.bulkDelete(entities.filter((e) => entityInBundle.has(e.id)).map((e) => e.id));
  const kept = fetched.filter((f) => !inBundle.has(f.id)).map((f) => f.release);
  const keptEntities = entities.filter((e) => !entityInBundle.has(e.id));
  if (kept.length > 0) await mergeIntoBuckets(db, kept, keptEntities);
  await compileExtraMatcher(db);
}

/** The fetched releases with every entity they name, for the popup's search. */
export async function fetchedWithEntities(db: PrimarySourceDb): Promise<{ releases: Release[]; entities: Entity[] }> {
  const releases = (await db.fetchedReleases.toArray()).map((f) => f.release);
  if (releases.length === 0) return { releases, entities: [] };
  const ids = [...new Set(releases.flatMap(releaseEntityIds))];
  return { releases, entities: await new IndexStore(db).entities(ids) };
}

/**
 * The newest release updates fetched: with the bundled index's horizon it says what the index
 * holds (an article after the bundle is not "after the index" when an update brought its release).
 */
export async function newestFetchedDate(db: PrimarySourceDb): Promise<string | undefined> {
  let newest: string | undefined;
  await db.fetchedReleases.each(({ release }) => {
    if (!newest || release.date > newest) newest = release.date;
  });
  return newest;
}
