// Fetched files → release records, with the same parsing, validation and extraction as
// `cli index` (lib/corpus/build.ts), merged into what the index already holds by identifier.
// Pure: the Dexie side is lib/store/fetched.ts, the Node side cli/commands/sync.ts.
import { buildIndex } from '../corpus/build';
import { fold } from '../corpus/names';
import { parseRelease } from '../corpus/parse';
import type { Entity, Release, TermStats } from '../release/types';
import type { FetchedBatch, KnownIndex } from '../store/fetched';
import { OFFICIAL_HOST } from './config';
import type { Skipped, SyncFile } from './source';

export interface IngestResult extends FetchedBatch {
  added: string[];
  changed: string[];
  skipped: Skipped[];
}

const titleKey = (title: string) =>
  fold(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** A front matter `url` that names another site: not an official release. */
function foreignUrl(source: string): string | undefined {
  const url = /^url:\s*["']?(https?:\/\/[^\s"']+)/m.exec(source.split(/\n---/)[0] ?? '')?.[1];
  if (!url) return undefined;
  try {
    return new URL(url).host === OFFICIAL_HOST ? undefined : url;
  } catch {
    return url;
  }
}

/** Same key, same content: nothing to write. */
function sameRecord(a: Release, b: Release): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function ingest(files: readonly SyncFile[], known: KnownIndex): IngestResult {
  const skipped: Skipped[] = [];
  const usable = files.filter((f) => {
    const url = foreignUrl(f.source);
    if (url) skipped.push({ path: f.path, reason: `release url is not on the official host: ${url}` });
    return !url;
  });
  const built = buildIndex([...usable], known.terms);
  // Identifiers that arrive only in files new to the source: a known id with another title
  // there is a second release under that id, not an edit.
  const editedIds = new Set<string>();
  const newIds = new Set<string>();
  for (const f of usable) {
    const parsed = parseRelease(f.path, f.source);
    if (parsed.ok) (f.added ? newIds : editedIds).add(parsed.release.id);
  }
  const isNew = (id: string) => newIds.has(id) && !editedIds.has(id);
  const taken = new Set<string>();
  for (const e of built.report.errors) skipped.push({ path: e.path, reason: e.reason });

  const releases: Release[] = [];
  const added: string[] = [];
  const changed: string[] = [];
  for (const record of built.releases) {
    const id = placeOf(record, known, isNew, taken);
    taken.add(id);
    const release = { ...record, id };
    const old = known.release(id);
    if (old && sameRecord(old, release)) continue;
    (old ? changed : added).push(id);
    releases.push(release);
  }
  const referenced = new Set(releases.flatMap((r) => [...r.people.map((p) => p.id), ...r.orgs, ...r.topics]));
  const entities = built.entities.filter((e) => referenced.has(e.id) && !known.hasEntity(e.id) && e.type !== 'topic');
  const vocabulary = new Set(releases.flatMap((r) => r.terms));
  const df = Object.fromEntries(
    Object.entries(built.terms.df)
      .filter(([t]) => vocabulary.has(t))
      .map(([t, n]) => [t, Math.round(n)]),
  );
  return { releases, added, changed, skipped, entities, df };
}

/**
 * The identifier a fetched record takes. An edited file replaces its release. An identifier
 * that names two different releases (kept as `id` and `id~2`, see lib/corpus/build.ts), or a
 * new file under a known identifier with another title, goes to the record whose title it
 * carries, else to the next free `id~n`.
 */
function placeOf(record: Release, known: KnownIndex, isNew: (id: string) => boolean, taken: ReadonlySet<string>): string {
  const base = record.id.replace(/~\d+$/, '');
  const existing = known.release(base);
  const conflict =
    known.release(`${base}~2`) !== undefined ||
    (existing !== undefined && isNew(base) && titleKey(existing.title) !== titleKey(record.title));
  if (!conflict) return record.id;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}~${n}`;
    if (taken.has(id)) continue;
    const old = known.release(id);
    if (!old || titleKey(old.title) === titleKey(record.title)) return id;
  }
}
