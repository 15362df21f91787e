// Where ranking reads releases, entities and term statistics from. One small interface so the
// same scoring runs in the background (Dexie, lib/ranking/dexie-source.ts) and in the CLI,
// tests and benchmark (in memory, below).
import type { Entity, Release } from '../release/types';

export interface ReleaseSource {
  /** Releases that name any of `entityIds` or list any of `terms` among their distinctive terms. */
  candidates(entityIds: string[], terms: string[]): Promise<Release[]>;
  /** The entity's most recent releases (dated on or before `before` when given), newest first. */
  recent(entityId: string, n: number, before?: string): Promise<Release[]>;
  entities(ids: string[]): Promise<Entity[]>;
  /** Document frequency of each term over the corpus; unknown terms are left out. */
  termDf(terms: string[]): Promise<Record<string, number>>;
  /** Number of documents the document frequencies were counted over. */
  readonly docCount: number;
  /** The newest release's date: news after it may be about a release the index lacks. */
  readonly horizon?: string;
}

/** Entity ids a release names: its people, organizations and topics. */
export function releaseEntityIds(release: Release): string[] {
  return [...release.people.map((p) => p.id), ...release.orgs, ...release.topics];
}

/** Newest first; equal dates by id so the order never depends on input order. */
export function byDateDesc(a: Release, b: Release): number {
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

/** The document frequencies of `terms` that `df` knows. */
export function pickDf(df: Readonly<Record<string, number>>, terms: string[]): Record<string, number> {
  // No prototype: a page word like "constructor" must not find Object's.
  const out: Record<string, number> = Object.create(null);
  for (const term of terms) if (Object.hasOwn(df, term)) out[term] = df[term]!;
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The whole index in memory, with posting lists built once. */
export class MemorySource implements ReleaseSource {
  private readonly byEntity = new Map<string, Release[]>();
  private readonly byTerm = new Map<string, Release[]>();
  private readonly entityById = new Map<string, Entity>();
  readonly horizon: string | undefined;

  constructor(
    releases: readonly Release[],
    entities: readonly Entity[],
    private readonly df: Readonly<Record<string, number>>,
    readonly docCount: number,
  ) {
    for (const release of releases) {
      for (const id of new Set(releaseEntityIds(release))) push(this.byEntity, id, release);
      for (const term of new Set(release.terms)) push(this.byTerm, term, release);
    }
    for (const list of this.byEntity.values()) list.sort(byDateDesc);
    for (const entity of entities) this.entityById.set(entity.id, entity);
    this.horizon = releases.reduce<string | undefined>((a, r) => (a === undefined || r.date > a ? r.date : a), undefined);
  }

  async candidates(entityIds: string[], terms: string[]): Promise<Release[]> {
    const found = new Map<string, Release>();
    for (const id of entityIds) for (const r of this.byEntity.get(id) ?? []) found.set(r.id, r);
    for (const term of terms) for (const r of this.byTerm.get(term) ?? []) found.set(r.id, r);
    return [...found.values()];
  }

  async recent(entityId: string, n: number, before?: string): Promise<Release[]> {
    const all = this.byEntity.get(entityId) ?? [];
    return (before ? all.filter((r) => r.date <= before) : all).slice(0, n);
  }

  async entities(ids: string[]): Promise<Entity[]> {
    return ids.flatMap((id) => this.entityById.get(id) ?? []);
  }

  async termDf(terms: string[]): Promise<Record<string, number>> {
    return pickDf(this.df, terms);
  }
}
