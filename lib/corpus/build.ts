// The corpus → the bundled index. Reads every file, keeps one release per identifier,
// extracts people, organizations, topics and terms, and writes assets/index/*. Bad files are
// reported and skipped, never fatal; the same corpus always gives byte-identical files.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Entity, IndexManifest, Release, ReleaseKind, ReleasePerson, TermStats } from '../types';
import { jsonParts, partNames } from '../index-parts';
import { buildSearchIndex, searchIndexFiles } from '../search-index';
import { buildPeople } from './gazetteer';
import { buildOrgs } from './orgs';
import { fold } from './names';
import { officialUrl, parseRelease, type ParsedRelease, type ParseError } from './parse';
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

export interface BuildReport {
  read: number;
  indexed: number;
  /** Files folded into another file's release (same id, same release). */
  merged: number;
  skipped: Record<string, number>;
  errors: ParseError[];
  conflicts: IdConflict[];
}

export interface BuiltIndex {
  releases: Release[];
  entities: Entity[];
  terms: TermStats;
  report: BuildReport;
}

/** Every Markdown file under `root` (SOURCE.md and other top-level notes excepted), sorted. */
export function readCorpus(root: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md') && dir !== root) {
        files.push({ path: relative(root, full).split(sep).join('/'), source: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Where several folders hold one release, the more specific folder names its kind. */
const KIND_RANK: Record<ReleaseKind, number> = { testimony: 0, readout: 1, statement: 2, 'press-release': 3 };

const titleKey = (title: string) => fold(title).toLowerCase().replace(/[^a-z0-9]+/g, '');

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

export function buildIndex(files: CorpusFile[]): BuiltIndex {
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
  const { releases: merged, merged: mergedCount, conflicts } = mergeReleases(parsed);

  const people = buildPeople(merged);
  const orgs = buildOrgs(merged, people.entities);
  const topicCounts = new Map<string, number>();
  const topicsByRelease = new Map<string, string[]>();
  for (const r of merged) {
    const topics = tagTopics(`${r.title}.\n${r.text}`);
    topicsByRelease.set(r.id, topics);
    for (const t of topics) topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
  }
  const termTable = computeTerms(merged.map((r) => ({ id: r.id, title: r.title, body: r.text })));

  // Officials a sanctions release names as its targets join the people it names.
  const personById = new Map(people.entities.map((e) => [e.id, e]));
  const peopleOf = (id: string): ReleasePerson[] => {
    const listed = people.peopleByRelease.get(id) ?? [];
    const sanctioned = (orgs.peopleByRelease.get(id) ?? []).filter((p) => !listed.some((l) => l.id === p));
    for (const p of sanctioned) personById.get(p)!.releaseCount++;
    return [...listed, ...sanctioned.map((p) => ({ id: p }))];
  };
  const releases: Release[] = merged.map((r) => ({
    id: r.id,
    url: r.url,
    title: r.title,
    date: r.date,
    kind: r.kind,
    people: peopleOf(r.id),
    orgs: orgs.orgsByRelease.get(r.id) ?? [],
    topics: topicsByRelease.get(r.id) ?? [],
    terms: termTable.terms.get(r.id) ?? [],
  }));
  const entities = [...people.entities, ...orgs.entities, ...topicEntities(loadTopics(), topicCounts)].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return {
    releases,
    entities,
    terms: { docCount: termTable.docCount, df: sortKeys(termTable.df) },
    report: { read: files.length, indexed: releases.length, merged: mergedCount, skipped, errors, conflicts },
  };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export type CompileMatcher = (entities: Entity[]) => Uint8Array;

export const INDEX_FILES = { entities: 'entities.json', matcher: 'matcher.bin', terms: 'terms.json' } as const;

/** Reads back the tables an index folder holds (the matcher is not needed to inspect them). */
export function readIndexTables(dir: string): { manifest: IndexManifest; releases: Release[]; entities: Entity[] } {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  const manifest = read('manifest.json') as IndexManifest;
  const releases = manifest.files.releases.flatMap((name) => read(name) as Release[]);
  return { manifest, releases, entities: read(manifest.files.entities) as Entity[] };
}

/** Writes the index files and a manifest whose version is a hash of their bytes. */
export function writeIndex(index: BuiltIndex, outDir: string, compileMatcher?: CompileMatcher): IndexManifest {
  mkdirSync(outDir, { recursive: true });
  const releaseParts = jsonParts(index.releases).map((json) => Buffer.from(json));
  const releaseNames = partNames('releases', releaseParts.length);
  const search = searchIndexFiles(buildSearchIndex(index.releases, index.entities));
  const entities = Buffer.from(JSON.stringify(index.entities));
  const terms = Buffer.from(JSON.stringify(index.terms));
  const matcher = compileMatcher ? compileMatcher(index.entities) : undefined;
  const hash = createHash('sha256');
  for (const bytes of [...releaseParts, entities, terms, matcher ?? new Uint8Array(), ...search.files.map((f) => f.json)]) hash.update(bytes);
  releaseParts.forEach((bytes, i) => writeFileSync(join(outDir, releaseNames[i]!), bytes));
  for (const file of search.files) writeFileSync(join(outDir, file.name), file.json);
  writeFileSync(join(outDir, INDEX_FILES.entities), entities);
  writeFileSync(join(outDir, INDEX_FILES.terms), terms);
  if (matcher) writeFileSync(join(outDir, INDEX_FILES.matcher), matcher);
  const manifest: IndexManifest = {
    version: hash.digest('hex').slice(0, 16),
    releaseCount: index.releases.length,
    entityCount: index.entities.length,
    files: { releases: releaseNames, ...INDEX_FILES, search: search.names },
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
