import { afterEach, describe, expect, it } from 'vitest';
import { PrimarySourceDb } from './db';
import { ensureIndex, storedIndexVersion } from './index-loader';
import { IndexStore, termKey } from './index-store';
import { setSaved } from './saved';
import { entity, manifestFor, packageFiles, release } from '../release/test-fixtures';

let db: PrimarySourceDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

function bundle(version: string, releases = [release('sb0001'), release('sb0002')], entities = [entity('person:a')]) {
  return packageFiles({
    'manifest.json': manifestFor(version, releases, entities),
    'releases.json': releases,
    'entities.json': entities,
  });
}

describe('ensureIndex', () => {
  it('loads the bundled index on first run and indexes release entities', async () => {
    db = new PrimarySourceDb('t-first');
    const releases = [release('sb0001', { people: [{ id: 'person:a' }], topics: ['topic:x'], terms: ['ministerial'] }), release('sb0002')];
    expect(await ensureIndex(db, bundle('v1', releases))).toBe(true);
    const store = new IndexStore(db);
    expect((await store.allReleases()).map((r) => r.id).sort()).toEqual(['sb0001', 'sb0002']);
    expect(await storedIndexVersion(db)).toBe('v1');
    const postings = await store.postings(['topic:x', 'person:a', termKey('ministerial'), 'topic:none']);
    expect([...postings]).toEqual([
      ['topic:x', ['sb0001']],
      ['person:a', ['sb0001']],
      [termKey('ministerial'), ['sb0001']],
    ]);
    expect((await store.entities(['person:a', 'person:none'])).map((e) => e.id)).toEqual(['person:a']);
  });

  it('loads a release table shipped in several parts', async () => {
    db = new PrimarySourceDb('t-parts');
    const releases = [release('sb0001'), release('sb0002'), release('sb0003')];
    const files = packageFiles({
      'manifest.json': {
        ...manifestFor('v1', releases, []),
        files: { ...manifestFor('v1', [], []).files, releases: ['releases-0.json', 'releases-1.json'] },
      },
      'releases-0.json': releases.slice(0, 2),
      'releases-1.json': releases.slice(2),
      'entities.json': [],
    });
    expect(await ensureIndex(db, files)).toBe(true);
    expect((await new IndexStore(db).allReleases()).map((r) => r.id).sort()).toEqual(['sb0001', 'sb0002', 'sb0003']);
  });

  it('does nothing when the stored version is current and its tables whole', async () => {
    db = new PrimarySourceDb('t-current');
    await ensureIndex(db, bundle('v1'));
    expect(await ensureIndex(db, bundle('v1'))).toBe(false);
  });

  it('reloads a current version whose tables were emptied, keeping saved releases', async () => {
    db = new PrimarySourceDb('t-emptied');
    await ensureIndex(db, bundle('v1'));
    await setSaved(db, 'sb0002', true);
    await db.releaseBuckets.clear();
    expect(await ensureIndex(db, bundle('v1'))).toBe(true);
    expect((await new IndexStore(db).allReleases()).map((r) => r.id).sort()).toEqual(['sb0001', 'sb0002']);
    expect((await db.saved.toArray()).map((s) => s.id)).toEqual(['sb0002']);
    await db.postingBuckets.clear();
    expect(await ensureIndex(db, bundle('v1'))).toBe(true);
  });

  it('replaces the index on a new version and keeps saved releases', async () => {
    db = new PrimarySourceDb('t-update');
    await ensureIndex(db, bundle('v1'));
    await setSaved(db, 'sb0002', true);
    expect(await ensureIndex(db, bundle('v2', [release('sb0003')]))).toBe(true);
    expect((await new IndexStore(db).allReleases()).map((r) => r.id)).toEqual(['sb0003']);
    expect((await db.saved.toArray()).map((s) => s.id)).toEqual(['sb0002']);
  });

  it('keeps the previous index and saved releases when an upgrade fails', async () => {
    db = new PrimarySourceDb('t-fail');
    await ensureIndex(db, bundle('v1'));
    await setSaved(db, 'sb0001', true);
    const broken = packageFiles({
      'manifest.json': { ...manifestFor('v2', [release('x')], []), releaseCount: 5 },
      'releases.json': [release('x')],
      'entities.json': [],
    });
    await expect(ensureIndex(db, broken)).rejects.toThrow(/does not match its manifest/);
    expect(await storedIndexVersion(db)).toBe('v1');
    expect((await new IndexStore(db).allReleases()).length).toBe(2);
    expect(await db.saved.count()).toBe(1);
  });

  it('reports a missing file clearly', async () => {
    db = new PrimarySourceDb('t-missing');
    const files = packageFiles({ 'manifest.json': manifestFor('v1', [], []) });
    await expect(ensureIndex(db, files)).rejects.toThrow(/Bundled index file (releases|entities).json could not be read \(404\)/);
  });

  it('rejects a malformed manifest', async () => {
    db = new PrimarySourceDb('t-bad-manifest');
    await expect(ensureIndex(db, packageFiles({ 'manifest.json': { nope: 1 } }))).rejects.toThrow(/manifest is malformed/);
  });
});
