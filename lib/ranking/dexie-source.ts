// Ranking's data in the background: the Dexie tables the index loader fills (lib/db.ts),
// plus the term document frequencies held in memory. Candidates are index lookups
// (multi-entry `entities` and `terms`), never a table scan.
import type { PrimarySourceDb } from '../db';
import type { Entity, Release } from '../types';
import { byDateDesc, pickDf, type ReleaseSource } from './source';

/** An entity named in at most this many releases: read them all; more: walk the date index. */
const READ_ALL_LIMIT = 300;

export class DexieSource implements ReleaseSource {
  /**
   * `df` and `docCount` come from the bundled terms file (TermStats), kept in memory: a page
   * asks for a few hundred terms, one object lookup each.
   */
  constructor(
    private readonly db: PrimarySourceDb,
    private readonly df: Readonly<Record<string, number>>,
    readonly docCount: number,
    private readonly readAllLimit = READ_ALL_LIMIT,
  ) {}

  async candidates(entityIds: string[], terms: string[]): Promise<Release[]> {
    const [byEntity, byTerm] = await Promise.all([
      entityIds.length ? this.db.releases.where('entities').anyOf(entityIds).distinct().toArray() : [],
      terms.length ? this.db.releases.where('terms').anyOf(terms).distinct().toArray() : [],
    ]);
    const found = new Map<string, Release>();
    for (const row of [...byEntity, ...byTerm]) found.set(row.id, row);
    return [...found.values()];
  }

  async recent(entityId: string, n: number): Promise<Release[]> {
    const ids = await this.db.releases.where('entities').equals(entityId).primaryKeys();
    if (ids.length <= this.readAllLimit) {
      const rows = await this.db.releases.bulkGet(ids);
      return rows.filter((r): r is NonNullable<typeof r> => r !== undefined).sort(byDateDesc).slice(0, n);
    }
    // A common entity: newest releases first, stopping at the n-th that names it.
    return this.db.releases
      .orderBy('date')
      .reverse()
      .filter((r) => r.entities.includes(entityId))
      .limit(n)
      .toArray();
  }

  async entities(ids: string[]): Promise<Entity[]> {
    return (await this.db.entities.bulkGet(ids)).filter((e): e is Entity => e !== undefined);
  }

  async termDf(terms: string[]): Promise<Record<string, number>> {
    return pickDf(this.df, terms);
  }
}
