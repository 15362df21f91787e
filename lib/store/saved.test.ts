import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrimarySourceDb } from './db';
import { packIndex, storeIndex } from './index-store';
import { listSaved, setSaved } from './saved';
import { release } from '../release/test-fixtures';

let db: PrimarySourceDb;
beforeEach(async () => {
  db = new PrimarySourceDb('t-saved');
  await storeIndex(db, packIndex([release('sb0001', { title: 'First' }), release('sb0002', { title: 'Second', kind: 'readout' })], []));
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('saved releases', () => {
  it('saves with the release details, newest first', async () => {
    await setSaved(db, 'sb0001', true, 100);
    await setSaved(db, 'sb0002', true, 200);
    const list = await listSaved(db);
    expect(list.map((s) => [s.id, s.title, s.kind])).toEqual([
      ['sb0002', 'Second', 'readout'],
      ['sb0001', 'First', 'press-release'],
    ]);
  });

  it('keeps the first save time when saved twice, and unsaves', async () => {
    await setSaved(db, 'sb0001', true, 100);
    await setSaved(db, 'sb0001', true, 300);
    expect((await db.saved.get('sb0001'))?.savedAt).toBe(100);
    expect(await setSaved(db, 'sb0001', false)).toBe(false);
    expect(await listSaved(db)).toEqual([]);
  });

  it('keeps the page it was saved from, and the first one when saved again', async () => {
    await setSaved(db, 'sb0001', true, 100, { title: 'News page', url: 'https://news.example/a' });
    await setSaved(db, 'sb0001', true, 200, { title: 'Other', url: 'https://other.example/' });
    expect(await db.saved.get('sb0001')).toMatchObject({ note: '', fromTitle: 'News page', fromUrl: 'https://news.example/a' });
  });

  it('refuses an unknown release', async () => {
    await expect(setSaved(db, 'nope', true)).rejects.toThrow(/Unknown release nope/);
  });
});
