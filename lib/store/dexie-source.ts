// Ranking's data in the background: the bucketed index tables (lib/index-store.ts), plus the
// term document frequencies held in memory. Candidates come from posting lists, never a scan.
import type { PrimarySourceDb } from './db';
import { IndexStore, termKey } from './index-store';
import type { Entity, Release } from '../release/types';
import { byDateDesc, pickDf, type ReleaseSource } from '../ranking/source';

/** Releases read per step when looking for those before an article, and how far to look. */
const RECENT_STEP = 32;
const RECENT_SCAN_LIMIT = 512;

export class DexieSource implements ReleaseSource {
  private readonly store: IndexStore;

  /**
   * `df` and `docCount` come from the bundled terms file (TermStats), kept in memory: a page
   * asks for a few hundred terms, one object lookup each.
   */
  constructor(
    db: PrimarySourceDb,
    private readonly df: Readonly<Record<string, number>>,
    readonly docCount: number,
    readonly horizon?: string,
  ) {
    this.store = new IndexStore(db);
  }

  async candidates(entityIds: string[], terms: string[]): Promise<Release[]> {
    const postings = await this.store.postings([...entityIds, ...terms.map(termKey)]);
    return this.store.releases([...new Set([...postings.values()].flat())]);
  }

  async recent(entityId: string, n: number, before?: string): Promise<Release[]> {
    const ids = (await this.store.postings([entityId])).get(entityId) ?? [];
    if (!before) return (await this.store.releases(ids.slice(0, n))).sort(byDateDesc);
    // Postings are newest first: read on in small steps until n releases are old enough.
    const found: Release[] = [];
    for (let at = 0; at < ids.length && at < RECENT_SCAN_LIMIT && found.length < n; at += RECENT_STEP) {
      const chunk = (await this.store.releases(ids.slice(at, at + RECENT_STEP))).sort(byDateDesc);
      found.push(...chunk.filter((r) => r.date <= before));
    }
    return found.slice(0, n);
  }

  async entities(ids: string[]): Promise<Entity[]> {
    return this.store.entities(ids);
  }

  async termDf(terms: string[]): Promise<Record<string, number>> {
    return pickDf(this.df, terms);
  }
}
