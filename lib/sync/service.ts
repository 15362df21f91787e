// The background's side of updates: runs a check against the database (one at a time),
// keeps the state the popup shows, and says when the next check is due.
import type { PrimarySourceDb } from '../store/db';
import type { TermStats } from '../release/types';
import type { SyncConfig } from './config';
import type { Fetch } from './http';
import { runSync } from './run';
import { afterFailure, afterSuccess, INITIAL_STATE, type SyncState } from './schedule';
import { applyBatch, knownIndex } from '../store/fetched';

const STATE_KEY = 'syncState';

/** What the popup and options page show (message `syncStatus`). */
export interface SyncStatus {
  updates: boolean;
  checking: boolean;
  /** Last check that ran to the end (ms since the epoch). */
  upToDateAsOf?: number;
  added: number;
  changed: number;
  nextCheck?: number;
  lastError?: string;
}

export interface UpdateOptions {
  db: PrimarySourceDb;
  config: () => Promise<SyncConfig>;
  /** The bundled index's term statistics (new terms are weighed against them). */
  terms: () => Promise<TermStats>;
  settings: () => Promise<{ updates: boolean; newsroom: boolean }>;
  /** Called after a batch was written: caches of the index (the second matcher) reload. */
  onChange: () => void;
  /** Before extraction runs (the background reads its word lists then). */
  prepare?: () => Promise<void>;
  fetch?: Fetch;
  now?: () => number;
}

export class UpdateService {
  private running: Promise<SyncStatus> | undefined;

  constructor(private readonly options: UpdateOptions) {}

  async state(): Promise<SyncState> {
    const row = await this.options.db.meta.get(STATE_KEY);
    return row ? { ...INITIAL_STATE, ...(JSON.parse(row.value) as SyncState) } : INITIAL_STATE;
  }

  async status(): Promise<SyncStatus> {
    const [state, settings] = await Promise.all([this.state(), this.options.settings()]);
    return {
      updates: settings.updates,
      checking: this.running !== undefined,
      upToDateAsOf: state.lastSuccess,
      added: state.added,
      changed: state.changed,
      nextCheck: settings.updates ? state.nextCheck || undefined : undefined,
      lastError: state.lastError,
    };
  }

  /** One check now (a second call while one runs waits for it). Nothing at all when updates are off. */
  check(signal?: AbortSignal): Promise<SyncStatus> {
    this.running ??= this.run(signal).finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(signal?: AbortSignal): Promise<SyncStatus> {
    const { db } = this.options;
    const now = this.options.now ?? Date.now;
    const settings = await this.options.settings();
    if (!settings.updates) return this.status();
    const state = await this.state();
    const put = (next: SyncState) => db.meta.put({ key: STATE_KEY, value: JSON.stringify(next) }).then(() => undefined);
    try {
      await this.options.prepare?.();
      const terms = await this.options.terms();
      const { known, newestDate } = await knownIndex(db, terms);
      const result = await runSync({
        config: await this.options.config(),
        cursor: state.cursor,
        known,
        newestDate,
        github: true,
        newsroom: settings.newsroom,
        signal,
        fetch: this.options.fetch,
      });
      for (const s of result.batch.skipped) console.warn(`Primary Source update: skipped ${s.path}: ${s.reason}`);
      const { added, changed } = result.batch;
      const next = result.errors.length
        ? afterFailure(state, now(), result.errors.join('; '), result.retryAt, result.cursor)
        : afterSuccess(now(), added.length, changed.length, result.cursor);
      await applyBatch(db, result.batch, () => put(next));
      if (result.batch.releases.length > 0) this.options.onChange();
    } catch (error) {
      await put(afterFailure(state, now(), error instanceof Error ? error.message : String(error)));
    }
    return { ...(await this.status()), checking: false };
  }
}
