import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrimarySourceDb } from './db';
import { packIndex, storeIndex } from './index-store';
import type { PageContext } from '../ranking/types';
import { DexieSource } from './dexie-source';
import { rankPage } from '../ranking/rank';
import { df, entities, releases, source } from '../ranking/test-fixtures';

let db: PrimarySourceDb;

beforeEach(async () => {
  db = new PrimarySourceDb(`ranking-test-${Math.random()}`);
  await storeIndex(db, packIndex(releases, entities));
});

afterEach(async () => {
  await db.delete();
});

const pages: PageContext[] = [
  {
    entityCounts: { 'person:alma-quist': 2, 'person:rowan-teague': 1, 'topic:critical-minerals': 1 },
    terms: { ministerial: 1, derisking: 1 },
    date: '2026-01-13',
  },
  { entityCounts: { 'org:red-delta-cartel': 1 }, terms: { timeshare: 2, fraud: 1 } },
  { entityCounts: {}, terms: { timeshare: 1, call: 1 }, date: '2026-01-07' },
];

describe('DexieSource', () => {
  it('ranks exactly as the in-memory source does', async () => {
    const dexie = new DexieSource(db, df, 15000, source().horizon);
    for (const page of pages) expect(await rankPage(page, dexie)).toEqual(await rankPage(page, source()));
  });

  it('lists an entity’s releases nearest before a date, reading on past newer ones', async () => {
    const dexie = new DexieSource(db, df, 15000);
    expect((await dexie.recent('person:alma-quist', 2, '2026-01-09')).map((r) => r.id)).toEqual(['xq0099', 'xq0050']);
  });

  it('finds candidates by entity and by term, each once', async () => {
    const dexie = new DexieSource(db, df, 15000);
    const found = await dexie.candidates(['org:red-delta-cartel', 'topic:sanctions'], ['timeshare']);
    expect(found.map((r) => r.id).sort()).toEqual(['xq0040', 'xq0098']);
  });

  it('lists an entity’s most recent releases', async () => {
    const dexie = new DexieSource(db, df, 15000);
    expect((await dexie.recent('person:alma-quist', 3)).map((r) => r.id)).toEqual(['xq0101', 'xq0100', 'xq0099']);
  });

  it('leaves unknown terms out and does not confuse them with object properties', async () => {
    const dexie = new DexieSource(db, df, 15000);
    expect(await dexie.termDf(['timeshare', 'nonexistent', 'constructor'])).toEqual({ timeshare: 12 });
  });
});
