import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PrimarySourceDb } from './db';

afterEach(async () => {
  await Dexie.delete('t-upgrade');
});

describe('PrimarySourceDb upgrade', () => {
  it('keeps saved releases from version 1 and gives them an empty note', async () => {
    // The schema as version 1 shipped it, with saved rows in it.
    const v1 = new Dexie('t-upgrade');
    v1.version(1).stores({
      releaseBuckets: 'bucket',
      entityBuckets: 'bucket',
      postingBuckets: 'bucket',
      saved: 'id, savedAt',
      meta: 'key',
    });
    const row = {
      id: 'sb0001',
      title: 'First',
      url: 'https://home.treasury.gov/news/press-releases/sb0001',
      date: '2025-01-01',
      kind: 'press-release',
      savedAt: 5,
    };
    await v1.table('saved').bulkPut([row, { ...row, id: 'sb0002', savedAt: 6 }]);
    v1.close();

    const db = new PrimarySourceDb('t-upgrade');
    expect(db.verno).toBe(3);
    const rows = await db.saved.orderBy('savedAt').toArray();
    expect(rows).toEqual([
      { ...row, note: '' },
      { ...row, id: 'sb0002', savedAt: 6, note: '' },
    ]);
    db.close();
  });
});
