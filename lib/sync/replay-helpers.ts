// Test support (Node, never bundled): split a corpus into a bundled part and the newest
// releases a fake GitHub serves, and compare synced records with a full build's.
import type { CorpusFile } from '../corpus/build';
import { parseRelease } from '../corpus/parse';
import type { Release } from '../release/types';

/** The files of the `n` newest release identifiers (by date, then id) and the rest. */
export function splitNewest(files: readonly CorpusFile[], n: number): { older: CorpusFile[]; newest: CorpusFile[]; ids: string[] } {
  const dated = files.map((f) => {
    const r = parseRelease(f.path, f.source);
    return { f, id: r.ok ? r.release.id : '', date: r.ok ? r.release.date : '' };
  });
  const order = [...dated].filter((d) => d.id).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const ids = [...new Set(order.map((d) => d.id))].slice(0, n);
  const wanted = new Set(ids);
  return {
    older: dated.filter((d) => !wanted.has(d.id)).map((d) => d.f),
    newest: dated.filter((d) => wanted.has(d.id)).map((d) => d.f),
    ids,
  };
}

/** How a synced record stands against the full build's: fields equal, extracted ids a subset. */
export function compareRecords(synced: Release, full: Release) {
  const ids = (r: Release) => [...r.people.map((p) => p.id), ...r.orgs];
  const fullIds = new Set(ids(full));
  return {
    fields: synced.url === full.url && synced.title === full.title && synced.date === full.date && synced.kind === full.kind,
    topics: JSON.stringify(synced.topics) === JSON.stringify(full.topics),
    peopleEqual: JSON.stringify(synced.people) === JSON.stringify(full.people),
    orgsEqual: JSON.stringify([...synced.orgs].sort()) === JSON.stringify([...full.orgs].sort()),
    extraIds: ids(synced).filter((id) => !fullIds.has(id)),
    termOverlap: synced.terms.filter((t) => full.terms.includes(t)).length / Math.max(1, full.terms.length),
  };
}
