// The corpus → the bundled index: keeps one release per identifier and extracts people,
// organizations, topics and terms. Bad files are reported and skipped, never fatal; the same
// corpus always gives the same index. Pure: it runs in Node (indexer/ reads and writes the
// files) and in the background (lib/sync ingests fetched releases).
import type { Entity, Release, ReleaseKind, ReleasePerson, TermStats } from '../release/types';
import { buildPeople } from './gazetteer';
import { buildOrgs } from './orgs';
import { fold } from './names';
import { officialUrl, parseRelease, type ParsedRelease, type ParseError } from './parse';
import { releaseAmounts, releaseShingles } from '../ranking/evidence';
import { repairJunk, titleIsIdentifier } from './junk';
import { lede, quotablePassages } from './lede';
import { computeTerms } from './terms';
import { loadTopics, tagTopics, topicEntities } from './topics';

export interface CorpusFile {
  /** Relative to the corpus root, with forward slashes: "news/readouts/2019-10-31-sm816.md". */
  path: string;
  source: string;
}

/** One identifier that names two different releases: both are kept, the later as "<id>~2". */
export interface IdConflict {
  id: string;
  records: { id: string; path: string; title: string }[];
}

/** Records whose title was their identifier: those given a title from their text, those kept unranked. */
export interface JunkReport {
  recovered: { id: string; title: string }[];
  unranked: { id: string; reason: string }[];
}

export interface BuildReport {
  read: number;
  indexed: number;
  /** Files folded into another file's release (same id, same release). */
  merged: number;
  skipped: Record<string, number>;
  errors: ParseError[];
  conflicts: IdConflict[];
  junk: JunkReport;
}

export interface BuiltIndex {
  releases: Release[];
  entities: Entity[];
  terms: TermStats;
  report: BuildReport;
}

/** Where several folders hold one release, the more specific folder names its kind. */
const KIND_RANK: Record<ReleaseKind, number> = { testimony: 0, readout: 1, statement: 2, 'press-release': 3 };

const titleKey = (title: string) =>
  fold(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

function reasonKind(reason: string): string {
  return reason.split(':')[0]!;
}

/**
 * Files → releases: one per identifier. Same id and same title is one release filed twice
 * (merged); same id and a different title is a conflict: both stay, the later as "<id>~2".
 */
export function mergeReleases(parsed: ParsedRelease[]): { releases: ParsedRelease[]; merged: number; conflicts: IdConflict[] } {
  const byId = new Map<string, ParsedRelease[]>();
  for (const p of parsed) byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
  const releases: ParsedRelease[] = [];
  const conflicts: IdConflict[] = [];
  let merged = 0;
  for (const [id, group] of byId) {
    const byTitle = new Map<string, ParsedRelease[]>();
    for (const p of group) byTitle.set(titleKey(p.title), [...(byTitle.get(titleKey(p.title)) ?? []), p]);
    // Each group of copies, best copy first: the more specific folder, then the longer text.
    const copiesOf = [...byTitle.values()].map((copies) =>
      [...copies].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.text.length - a.text.length || a.path.localeCompare(b.path)),
    );
    // Earliest release first, so the suffix goes to the later release every time.
    const distinct = copiesOf
      .map((copies) => ({ best: copies[0]!, copies }))
      .sort((a, b) => a.best.date.localeCompare(b.best.date) || a.best.path.localeCompare(b.best.path));
    const kept = distinct.map(({ best, copies }, i) => {
      merged += copies.length - 1;
      const longest = copies.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      return { ...best, id: i === 0 ? id : `${id}~${i + 1}`, url: officialUrl(id), text: longest.text };
    });
    if (kept.length > 1) conflicts.push({ id, records: kept.map((r) => ({ id: r.id, path: r.path, title: r.title })) });
    releases.push(...kept);
  }
  releases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  conflicts.sort((a, b) => a.id.localeCompare(b.id));
  return { releases, merged, conflicts };
}

/** Titles recovered where the text has one; unreadable records lose their text (nothing is extracted from bytes). */
export function repairRecords(releases: ParsedRelease[]): { releases: ParsedRelease[]; junk: JunkReport } {
  const junk: JunkReport = { recovered: [], unranked: [] };
  const repaired = releases.map((r) => {
    if (!titleIsIdentifier(r)) return r;
    const outcome = repairJunk(r);
    if (outcome.kind === 'recovered') {
      junk.recovered.push({ id: r.id, title: outcome.title });
      return { ...r, title: outcome.title };
    }
    junk.unranked.push({ id: r.id, reason: outcome.reason });
    return { ...r, text: '' };
  });
  return { releases: repaired, junk };
}

/** `priorTerms`: the term frequencies of the index these files join (lib/sync), if any. */
export function buildIndex(files: CorpusFile[], priorTerms?: TermStats): BuiltIndex {
  const parsed: ParsedRelease[] = [];
  const errors: ParseError[] = [];
  const skipped: Record<string, number> = {};
  for (const f of files) {
    const result = parseRelease(f.path, f.source);
    if (result.ok) parsed.push(result.release);
    else {
      errors.push(result.error);
      const kind = reasonKind(result.error.reason);
      skipped[kind] = (skipped[kind] ?? 0) + 1;
    }
  }
  const { releases: mergedRaw, merged: mergedCount, conflicts } = mergeReleases(parsed);
  const { releases: merged, junk } = repairRecords(mergedRaw);

  const people = buildPeople(merged);
  const orgs = buildOrgs(merged, people.entities);
  const topicCounts = new Map<string, number>();
  const topicsByRelease = new Map<string, string[]>();
  for (const r of merged) {
    const topics = tagTopics(`${r.title}.\n${r.text}`);
    topicsByRelease.set(r.id, topics);
    for (const t of topics) topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
  }
  const termTable = computeTerms(
    merged.map((r) => ({ id: r.id, title: r.title, body: r.text })),
    undefined,
    priorTerms,
  );

  // Officials a sanctions release names as its targets join the people it names.
  const personById = new Map(people.entities.map((e) => [e.id, e]));
  const peopleOf = (id: string): ReleasePerson[] => {
    const listed = people.peopleByRelease.get(id) ?? [];
    const sanctioned = (orgs.peopleByRelease.get(id) ?? []).filter((p) => !listed.some((l) => l.id === p));
    for (const p of sanctioned) personById.get(p)!.releaseCount++;
    return [...listed, ...sanctioned.map((p) => ({ id: p }))];
  };
  const shingles = releaseShingles(merged.map((r) => quotablePassages(r.text)));
  const amountLists = releaseAmounts(merged.map((r) => r.text));
  const releases: Release[] = merged.map((r, i) => ({
    id: r.id,
    url: r.url,
    title: r.title,
    date: r.date,
    kind: r.kind,
    people: peopleOf(r.id),
    orgs: orgs.orgsByRelease.get(r.id) ?? [],
    topics: topicsByRelease.get(r.id) ?? [],
    terms: termTable.terms.get(r.id) ?? [],
    ...evidenceOf(r.text, shingles[i]!, amountLists[i]!),
    ...(junk.unranked.some((u) => u.id === r.id) ? { unranked: true as const } : {}),
  }));
  const entities = [...people.entities, ...orgs.entities, ...topicEntities(loadTopics(), topicCounts)].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return {
    releases,
    entities,
    terms: { docCount: termTable.docCount, df: sortKeys(termTable.df), ...horizonOf(releases) },
    report: { read: files.length, indexed: releases.length, merged: mergedCount, skipped, errors, conflicts, junk },
  };
}

/** What ranking needs to tell one event from its look-alikes (empty fields left out, to keep the index small). */
function evidenceOf(text: string, shingles: string, found: string[]): Pick<Release, 'lede' | 'shingles' | 'amounts'> {
  const lead = lede(text);
  return { ...(lead ? { lede: lead } : {}), ...(shingles ? { shingles } : {}), ...(found.length > 0 ? { amounts: found } : {}) };
}

function horizonOf(releases: Release[]): { horizon?: string } {
  const newest = releases.reduce<string | undefined>((a, r) => (a === undefined || r.date > a ? r.date : a), undefined);
  return newest ? { horizon: newest } : {};
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export type CompileMatcher = (entities: Entity[]) => Uint8Array;

export const INDEX_FILES = { entities: 'entities.json', matcher: 'matcher.bin', terms: 'terms.json' } as const;
