// `sync --api URL --raw URL [--newsroom URL] [--index DIR] --out DIR`: what the background's
// update check does, in Node: start from the bundled index (or DIR), sync from the given bases,
// write the updated index to --out and print { added, changed, skipped } as JSON.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readIndexTables, writeIndex } from '../../indexer/index-files';
import { compileMatcher } from '../../lib/matcher/compile';
import { DEFAULT_SYNC_CONFIG, syncConfig } from '../../lib/sync/config';
import { runSync } from '../../lib/sync/run';
import type { Release, TermStats } from '../../lib/release/types';
import { defaultIndexDir } from '../bundled-index';

const USAGE = 'Usage: npm run cli -- sync [--api URL] [--raw URL] [--newsroom URL] [--index DIR] --out DIR';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export async function run(args: string[]): Promise<number> {
  const out = option(args, '--out');
  if (!out) {
    console.error(USAGE);
    return 2;
  }
  const dir = resolve(option(args, '--index') ?? defaultIndexDir);
  const { manifest, releases, entities } = readIndexTables(dir);
  const terms = JSON.parse(readFileSync(join(dir, manifest.files.terms), 'utf8')) as TermStats;
  const byId = new Map(releases.map((r) => [r.id, r]));
  const entityIds = new Set(entities.map((e) => e.id));
  const newsroom = option(args, '--newsroom');
  const config = syncConfig({
    githubApi: option(args, '--api') ?? DEFAULT_SYNC_CONFIG.githubApi,
    githubRaw: option(args, '--raw') ?? DEFAULT_SYNC_CONFIG.githubRaw,
    ...(newsroom ? { newsroom } : {}),
  });
  const result = await runSync({
    config,
    cursor: {},
    known: { release: (id) => byId.get(id), hasEntity: (id) => entityIds.has(id), terms },
    newestDate: releases.reduce((max, r) => (r.date > max ? r.date : max), ''),
    github: true,
    newsroom: newsroom !== undefined,
  });
  for (const error of result.errors) console.error(error);

  const { batch } = result;
  for (const r of batch.releases) byId.set(r.id, r);
  const merged: Release[] = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const allEntities = [...entities, ...batch.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeIndex(
    { releases: merged, entities: allEntities, terms: { docCount: terms.docCount + batch.added.length, df: { ...terms.df, ...batch.df } } },
    resolve(out),
    compileMatcher,
  );
  console.log(JSON.stringify({ added: batch.added, changed: batch.changed, skipped: batch.skipped }, null, 2));
  return result.errors.length ? 1 : 0;
}
