// Ranking's data in the background: the Dexie tables the index loader fills (lib/db.ts).
// Candidates are index lookups (multi-entry `entities` and `terms`), never a table scan.
import type { PrimarySourceDb, TermRow } from '../db';
import type { Entity, Release } from '../types';
import { byDateDesc, type ReleaseSource } from './source';

/** Meta key holding how many documents the `terms` table's frequencies were counted over. */
export const TERM_DOC_COUNT_KEY = 'termDocCount';

/** An entity named in at most this many releases: read them all; more: walk the date index. */
const READ_ALL_LIMIT = 300;

/** Rows for the `terms` table and `meta`, for the index loader to write in its transaction. */
export function termRows(df: Readonly<Record<string, number>>): TermRow[] {
  return Object.entries(df).map(([term, count]) => ({ term, df: count }));
}

export class DexieSource implements ReleaseSource {
  private constructor(
    private readonly db: PrimarySourceDb,
    readonly docCount: number,
    private readonly readAllLimit: number,
  ) {}

  static async open(db: PrimarySourceDb, readAllLimit = READ_ALL_LIMIT): Promise<DexieSource> {
    const stored = Number((await db.meta.get(TERM_DOC_COUNT_KEY))?.value);
    // Without the count, IDF still orders terms sensibly if N is at least the release count.
    return new DexieSource(db, Number.isFinite(stored) && stored > 0 ? stored : Math.max(1, await db.releases.count()), readAllLimit);
  }

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
    const out: Record<string, number> = Object.create(null);
    for (const row of await this.db.terms.bulkGet(terms)) if (row) out[row.term] = row.df;
    return out;
  }
}
