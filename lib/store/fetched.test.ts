// Fetched releases in the database: one transaction per batch, searchable and rankable at once,
// superseded cleanly by a newer bundled index, and saved releases never touched.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PrimarySourceDb } from './db';
import { ensureIndex } from './index-loader';
import { IndexStore } from './index-store';
import { loadMatcher } from '../matcher/matcher';
import { findMentions, NEW_PAGE } from '../matcher/mentions';
import { setSaved } from './saved';
import { entity, manifestFor, packageFiles, release } from '../release/test-fixtures';
import type { Entity, Release } from '../release/types';
import type { FetchedBatch } from './fetched';
import { applyBatch, EXTRA_MATCHER, newestFetchedDate } from './fetched';

let db: PrimarySourceDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

function bundle(version: string, releases: Release[], entities: Entity[] = [entity('person:a')]) {
  return packageFiles({ 'manifest.json': manifestFor(version, releases, entities), 'releases.json': releases, 'entities.json': entities });
}

const newcomer = entity('person:ada-newname', { name: 'Ada Newname', aliases: ['Ada Newname'], surname: 'Newname' });
function batch(releases: Release[], entities: Entity[] = []): FetchedBatch {
  return { releases, entities, df: { ledger: 3 } };
}

describe('newestFetchedDate', () => {
  it('is the date of the newest fetched release, and nothing before any fetch', async () => {
    db = new PrimarySourceDb('t-newest');
    await ensureIndex(db, bundle('v1', [release('sb0001', { date: '2025-12-01' })]));
    expect(await newestFetchedDate(db)).toBeUndefined();
    await applyBatch(db, batch([release('sb0400', { date: '2026-03-04' }), release('sb0401', { date: '2026-02-01' })]), async () => {});
    expect(await newestFetchedDate(db)).toBe('2026-03-04');
  });
});

describe('applyBatch', () => {
  it('makes fetched releases findable by id and by entity, newest first, and their new names matchable', async () => {
    db = new PrimarySourceDb('t-apply');
    await ensureIndex(db, bundle('v1', [release('sb0001', { people: [{ id: 'person:a' }], date: '2025-12-01' })]));
    await setSaved(db, 'sb0001', true);
    const savedBefore = await db.saved.toArray();
    const fresh = release('sb0400', { date: '2026-02-03', people: [{ id: 'person:a' }, { id: newcomer.id }], terms: ['ledger'] });
    await applyBatch(db, batch([fresh], [newcomer]), async () => {});

    const store = new IndexStore(db);
    expect(await store.release('sb0400')).toEqual(fresh);
    const postings = await store.postings(['person:a', newcomer.id, 't:ledger']);
    expect(postings.get('person:a')).toEqual(['sb0400', 'sb0001']);
    expect(postings.get(newcomer.id)).toEqual(['sb0400']);
    expect((await store.entities([newcomer.id]))[0]?.name).toBe('Ada Newname');
    expect(await db.saved.toArray()).toEqual(savedBefore);

    const blob = await db.syncBlobs.get(EXTRA_MATCHER);
    const { mentions } = findMentions(loadMatcher(blob!.bytes), ['Treasury said Ada Newname spoke.'], NEW_PAGE);
    expect(mentions[0]!.map((m) => m.entityId)).toEqual([newcomer.id]);
  });

  it('writes nothing when the state write fails: one transaction', async () => {
    db = new PrimarySourceDb('t-atomic');
    await ensureIndex(db, bundle('v1', [release('sb0001')]));
    const failing = applyBatch(db, batch([release('sb0400')]), async () => {
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await new IndexStore(db).release('sb0400')).toBeUndefined();
    expect(await db.fetchedReleases.count()).toBe(0);
  });
});

describe('a newer bundled index (an extension update)', () => {
  it('supersedes the fetched copies it holds and keeps the releases newer than itself; saved ones survive', async () => {
    db = new PrimarySourceDb('t-upgrade');
    await ensureIndex(db, bundle('v1', [release('sb0001')]));
    await applyBatch(
      db,
      batch(
        [release('sb0400', { title: 'Fetched copy' }), release('sb0500', { date: '2026-03-01', people: [{ id: newcomer.id }] })],
        [newcomer],
      ),
      async () => {},
    );
    await setSaved(db, 'sb0400', true);

    // The update ships sb0400 (its own record wins) but not sb0500.
    expect(await ensureIndex(db, bundle('v2', [release('sb0001'), release('sb0400', { title: 'Bundled record' })]))).toBe(true);
    const store = new IndexStore(db);
    expect((await store.allReleases()).map((r) => [r.id, r.title]).sort()).toEqual([
      ['sb0001', 'Release sb0001'],
      ['sb0400', 'Bundled record'],
      ['sb0500', 'Release sb0500'],
    ]);
    expect((await db.fetchedReleases.toArray()).map((f) => f.id)).toEqual(['sb0500']);
    expect((await store.postings([newcomer.id])).get(newcomer.id)).toEqual(['sb0500']);
    expect(await db.syncBlobs.get(EXTRA_MATCHER)).toBeDefined();
    expect((await db.saved.toArray()).map((s) => s.id)).toEqual(['sb0400']);
  });

  it('opens a version 1 database as version 3 with its saved releases', async () => {
    const old = new Dexie('t-v1');
    old
      .version(1)
      .stores({ releaseBuckets: 'bucket', entityBuckets: 'bucket', postingBuckets: 'bucket', saved: 'id, savedAt', meta: 'key' });
    const row = {
      id: 'sb0001',
      title: 'Kept',
      url: 'https://home.treasury.gov/news/press-releases/sb0001',
      date: '2025-01-01',
      kind: 'press-release',
      savedAt: 1,
    };
    await old.table('saved').put(row);
    old.close();
    db = new PrimarySourceDb('t-v1');
    expect(await db.saved.toArray()).toEqual([{ ...row, note: '' }]);
    expect(db.verno).toBe(3);
    expect(await db.fetchedReleases.count()).toBe(0);
  });
});
