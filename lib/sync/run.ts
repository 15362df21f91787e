// One sync run, the same in the background and in `cli sync`: ask each source what is new,
// then read it all with the indexer's extraction (lib/sync/ingest.ts).
import { parseRelease } from '../corpus/parse';
import type { SyncConfig } from './config';
import { GitHubSource } from './github';
import { HttpGuard, type Fetch, SkipError, StopError } from './http';
import type { KnownIndex } from '../store/fetched';
import { ingest, type IngestResult } from './ingest';
import { NewsroomSource } from './newsroom';
import type { Cursor, ReleaseSource, Skipped } from './source';

export interface RunOptions {
  config: SyncConfig;
  cursor: Cursor;
  known: KnownIndex;
  /** The newest release date the index holds (the newsroom reads listings back to it). */
  newestDate: string;
  github: boolean;
  newsroom: boolean;
  signal?: AbortSignal;
  fetch?: Fetch;
}

export interface RunResult {
  batch: IngestResult;
  cursor: Cursor;
  /** A source that stopped, in words; what the other sources found is still ingested. */
  errors: string[];
  /** When the server asked us to come back (rate limit), ms since the epoch. */
  retryAt?: number;
  requests: number;
}

export async function runSync(options: RunOptions): Promise<RunResult> {
  const { config, known } = options;
  const guard = new HttpGuard(config.limits, options.signal, options.fetch);
  const sources: ReleaseSource[] = [];
  if (options.github) sources.push(new GitHubSource(config));
  // The newsroom fills in what the repository lacks: releases it already gave are not read twice.
  const fromRepository = new Set<string>();
  const isKnown = (id: string) => known.release(id) !== undefined || fromRepository.has(id);
  if (options.newsroom) sources.push(new NewsroomSource(config, isKnown, options.newestDate));

  let cursor = options.cursor;
  const files = [];
  const skipped: Skipped[] = [];
  const errors: string[] = [];
  let retryAt: number | undefined;
  for (const source of sources) {
    try {
      const run = await source.run(guard, cursor);
      files.push(...run.files);
      for (const f of run.files) {
        const parsed = parseRelease(f.path, f.source);
        if (parsed.ok) fromRepository.add(parsed.release.id);
      }
      skipped.push(...run.skipped);
      cursor = run.cursor;
      if (run.incomplete) errors.push(`GitHub: ${run.incomplete}`);
    } catch (error) {
      // A stopped source ingests nothing and keeps its cursor: the next run asks again.
      if (!(error instanceof StopError || error instanceof SkipError)) throw error;
      errors.push(`${source.name === 'github' ? 'GitHub' : 'Newsroom'}: ${error.message}`);
      if (error instanceof StopError && error.retryAt) retryAt = Math.max(retryAt ?? 0, error.retryAt);
    }
  }
  const batch = ingest(files, known);
  batch.skipped.unshift(...skipped);
  return { batch, cursor, errors, retryAt, requests: guard.requests };
}
