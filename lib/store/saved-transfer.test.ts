import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrimarySourceDb } from './db';
import { packIndex, storeIndex } from './index-store';
import { listSaved, setNote, setSaved } from './saved';
import { exportCsv, exportJson, importSaved } from './saved-transfer';
import { release } from '../release/test-fixtures';

let db: PrimarySourceDb;
let fresh: PrimarySourceDb;
beforeEach(async () => {
  db = new PrimarySourceDb('t-transfer');
  fresh = new PrimarySourceDb('t-transfer-fresh');
  await storeIndex(
    db,
    packIndex([release('sb0001', { title: 'First, "quoted"' }), release('sb0002', { title: '=Second', kind: 'readout' })], []),
  );
  await setSaved(db, 'sb0001', true, 100, { title: 'A news page', url: 'https://news.example/a' });
  await setSaved(db, 'sb0002', true, 200);
  await setNote(db, 'sb0001', 'read before the hearing');
});
afterEach(async () => {
  for (const d of [db, fresh]) {
    d.close();
    await d.delete();
  }
});

describe('export and import', () => {
  it('round-trips the list into a fresh profile', async () => {
    const before = await listSaved(db);
    expect(before[1]).toMatchObject({
      id: 'sb0001',
      note: 'read before the hearing',
      fromTitle: 'A news page',
      fromUrl: 'https://news.example/a',
    });
    expect(await importSaved(fresh, exportJson(before))).toEqual({ added: 2, skipped: 0 });
    expect(await listSaved(fresh)).toEqual(before);
  });

  it('merges without duplicates and keeps what is already saved', async () => {
    const file = exportJson(await listSaved(db));
    await setNote(db, 'sb0001', 'changed since');
    expect(await importSaved(db, file)).toEqual({ added: 0, skipped: 2 });
    expect((await listSaved(db)).map((s) => [s.id, s.note])).toEqual([
      ['sb0002', ''],
      ['sb0001', 'changed since'],
    ]);
  });

  it('refuses a malformed file with a clear message and changes nothing', async () => {
    const good = JSON.parse(exportJson(await listSaved(db)));
    const broken = { ...good, items: [good.items[0], { ...good.items[1], url: 'javascript:alert(1)' }] };
    await expect(importSaved(fresh, JSON.stringify(broken))).rejects.toThrow(
      'Item 2 of the file has no home.treasury.gov url. Nothing was imported.',
    );
    await expect(importSaved(fresh, 'not json {')).rejects.toThrow(/not JSON/);
    await expect(importSaved(fresh, '{"items": []}')).rejects.toThrow(/not a Primary Source export/);
    await expect(importSaved(fresh, JSON.stringify({ ...good, version: 9 }))).rejects.toThrow(/version 9/);
    expect(await fresh.saved.count()).toBe(0);
  });

  it('writes CSV with quotes escaped and formulas defused', async () => {
    const csv = exportCsv(await listSaved(db));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('id,title,url,date,kind,savedAt,note,fromTitle,fromUrl');
    expect(lines[1]).toContain(`"sb0002","'=Second"`);
    expect(lines[2]).toContain(`"First, ""quoted"""`);
    expect(lines[2]).toContain('"1970-01-01T00:00:00.100Z","read before the hearing","A news page","https://news.example/a"');
  });
});
