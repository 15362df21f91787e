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
  /** Newsroom: the newest release date seen there (YYYY-MM-DD). */
  newsroomSince?: string;
}

export interface SourceRun {
  /** Paths relative to content/ ("news/readouts/2026-02-03-sb0400.md"), as in the corpus. */
  files: CorpusFile[];
  skipped: Skipped[];
  cursor: Cursor;
}

export interface ReleaseSource {
  readonly name: 'github' | 'newsroom';
  run(guard: HttpGuard, cursor: Cursor): Promise<SourceRun>;
}
