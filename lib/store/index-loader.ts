// Loads the bundled index into Dexie when its version differs from the one stored.
// One transaction: a failed load leaves the previous index in place, and `saved` is never touched.
import type { ReadPackageFile } from '../release/index-parts';
import type { PrimarySourceDb } from './db';
import { packIndex, storeIndex } from './index-store';
import { reapplyFetched } from './fetched';
import type { Entity, IndexManifest, Release } from '../release/types';

const VERSION_KEY = 'indexVersion';
/** How many bucket rows each table got: a table emptied or cut short is reloaded. */
const ROWS_KEY = 'indexRows';

export async function storedIndexVersion(db: PrimarySourceDb): Promise<string | undefined> {
  return (await db.meta.get(VERSION_KEY))?.value;
}

async function readJson<T>(read: ReadPackageFile, name: string): Promise<T> {
  const response = await read(name);
  if (!response.ok) throw new Error(`Bundled index file ${name} could not be read (${response.status})`);
  return (await response.json()) as T;
}

function assertManifest(value: unknown): asserts value is IndexManifest {
  const m = value as Partial<IndexManifest> | null;
  const parts = m?.files?.releases;
  if (
    !m ||
    typeof m.version !== 'string' ||
    !Array.isArray(parts) ||
    !parts.every((p) => typeof p === 'string') ||
    typeof m.files?.entities !== 'string'
  ) {
    throw new Error('Bundled index manifest is malformed');
  }
}

const rowCounts = (db: PrimarySourceDb) => Promise.all([db.releaseBuckets.count(), db.entityBuckets.count(), db.postingBuckets.count()]);

/** The stored index is this version and every table still holds the rows written. Three counts: cheap. */
async function isCurrent(db: PrimarySourceDb, version: string): Promise<boolean> {
  if ((await storedIndexVersion(db)) !== version) return false;
  const written = (await db.meta.get(ROWS_KEY))?.value;
  return written !== undefined && written === (await rowCounts(db)).join(',');
}

/** Returns true when it (re)loaded the tables, false when they were current. */
export async function ensureIndex(db: PrimarySourceDb, read: ReadPackageFile): Promise<boolean> {
  const manifest: unknown = await readJson(read, 'manifest.json');
  assertManifest(manifest);
  if (await isCurrent(db, manifest.version)) return false;

  // The parts are fetched and parsed in parallel (see lib/index-parts for why there are parts).
  const [parts, entities] = await Promise.all([
    Promise.all(manifest.files.releases.map((name) => readJson<Release[]>(read, name))),
    readJson<Entity[]>(read, manifest.files.entities),
  ]);
  const releases = parts.flat();
  if (releases.length !== manifest.releaseCount || entities.length !== manifest.entityCount) {
    throw new Error(
      `Bundled index does not match its manifest: ${releases.length}/${manifest.releaseCount} releases, ${entities.length}/${manifest.entityCount} entities`,
    );
  }
  const packed = packIndex(releases, entities);
  const tables = [db.releaseBuckets, db.entityBuckets, db.postingBuckets, db.meta, db.fetchedReleases, db.fetchedEntities, db.syncBlobs];
  await db.transaction('rw', tables, async () => {
    await storeIndex(db, packed);
    // Releases learned by updates (lib/sync) that this bundle does not hold stay.
    await reapplyFetched(db, releases, entities);
    await db.meta.put({ key: VERSION_KEY, value: manifest.version });
    await db.meta.put({ key: ROWS_KEY, value: (await rowCounts(db)).join(',') });
  });
  return true;
}
