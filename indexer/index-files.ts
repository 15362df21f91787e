// Node-only file access of the indexer: the corpus folder in, the index folder out (and back).
// The extraction itself is lib/corpus/build.ts, which also runs in the browser.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type CompileMatcher, type CorpusFile, INDEX_FILES } from '../lib/corpus/build';
import type { Entity, IndexManifest, Release, TermStats } from '../lib/release/types';
import { jsonParts, partNames } from '../lib/release/index-parts';
import { buildSearchIndex, searchIndexFiles } from '../lib/search/search-index';

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

/** Reads back the tables an index folder holds (the matcher is not needed to inspect them). */
export function readIndexTables(dir: string): { manifest: IndexManifest; releases: Release[]; entities: Entity[] } {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  const manifest = read('manifest.json') as IndexManifest;
  const releases = manifest.files.releases.flatMap((name) => read(name) as Release[]);
  return { manifest, releases, entities: read(manifest.files.entities) as Entity[] };
}

/** Names the indexer writes: only these are cleared from an index folder. */
const INDEX_FILE_SHAPE = /^(?:releases(?:-\d+)?|search-[a-z]+(?:-\d+)?|entities|terms)\.json$|^matcher\.bin$/;

/**
 * Writes the index files (releases in parts of at most 3 MB, the popup's search index) and a
 * manifest whose version is a hash of their bytes.
 */
export function writeIndex(
  index: { releases: Release[]; entities: Entity[]; terms: TermStats },
  outDir: string,
  compileMatcher?: CompileMatcher,
): IndexManifest {
  mkdirSync(outDir, { recursive: true });
  const releaseParts = jsonParts(index.releases).map((json) => Buffer.from(json));
  const releaseNames = partNames('releases', releaseParts.length);
  const search = searchIndexFiles(buildSearchIndex(index.releases, index.entities));
  const entities = Buffer.from(JSON.stringify(index.entities));
  const terms = Buffer.from(JSON.stringify(index.terms));
  const matcher = compileMatcher ? compileMatcher(index.entities) : undefined;
  const hash = createHash('sha256');
  for (const bytes of [...releaseParts, entities, terms, matcher ?? new Uint8Array(), ...search.files.map((f) => f.json)])
    hash.update(bytes);
  for (const [i, bytes] of releaseParts.entries()) writeFileSync(join(outDir, releaseNames[i]!), bytes);
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
  // Index files an older layout left (a single releases.json, more parts than now) would ship.
  const written = new Set(['manifest.json', ...releaseNames, ...search.files.map((f) => f.name), ...Object.values(INDEX_FILES)]);
  for (const name of readdirSync(outDir)) {
    if (INDEX_FILE_SHAPE.test(name) && !written.has(name)) rmSync(join(outDir, name));
  }
  return manifest;
}
