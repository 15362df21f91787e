// What every update source gives: files in the corpus format, the ones it had to skip and why,
// and where to start next time. The ingest (lib/sync/ingest.ts) reads every source alike.
import type { CorpusFile } from '../corpus/build';
import type { HttpGuard } from './http';

export interface Skipped {
  path: string;
  reason: string;
}

/** Where each source stopped, kept between runs (lib/sync/state.ts). */
export interface Cursor {
  /** GitHub: the commit the index is synced to, and the ETag of the branch head when read. */
  commit?: string;
  headEtag?: string;
  /** A run that spent its requests before reading every file: go on at `head` after `after`. */
  resume?: { head: string; after: string };
  /** Newsroom: the newest release date seen there (YYYY-MM-DD). */
  newsroomSince?: string;
}

/** A file in the corpus format; `added`: new in the source (not an edit of a file it had). */
export interface SyncFile extends CorpusFile {
  added?: boolean;
}

export interface SourceRun {
  /** Paths relative to content/ ("news/readouts/2026-02-03-sb0400.md"), as in the corpus. */
  files: SyncFile[];
  skipped: Skipped[];
  cursor: Cursor;
  /** Set when the run stopped early but what it read is good (the next run goes on). */
  incomplete?: string;
}

export interface ReleaseSource {
  readonly name: 'github' | 'newsroom';
  run(guard: HttpGuard, cursor: Cursor): Promise<SourceRun>;
}
