// When to check next: every 6 hours at most; after a failure sooner at first, then less and
// less often (exponential back-off), never before the time a server asked for.
import type { Cursor } from './source';

export const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;
const FIRST_RETRY_MS = 15 * 60 * 1000;

/** Kept in the database (meta "syncState"), shown in the popup and the options page. */
export interface SyncState {
  cursor: Cursor;
  /** Last check that ran to the end, and what it added / changed. */
  lastSuccess?: number;
  added: number;
  changed: number;
  lastCheck?: number;
  /** The last check's problem, in words (none: it went well). */
  lastError?: string;
  failures: number;
  nextCheck: number;
}

export const INITIAL_STATE: SyncState = { cursor: {}, added: 0, changed: 0, failures: 0, nextCheck: 0 };

export function afterSuccess(now: number, added: number, changed: number, cursor: Cursor): SyncState {
  return { cursor, lastSuccess: now, lastCheck: now, added, changed, failures: 0, nextCheck: now + CHECK_EVERY_MS };
}

export function afterFailure(state: SyncState, now: number, error: string, retryAt?: number, cursor = state.cursor): SyncState {
  const failures = state.failures + 1;
  const backoff = Math.min(CHECK_EVERY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
  return { ...state, cursor, lastCheck: now, lastError: error, failures, nextCheck: Math.max(now + backoff, retryAt ?? 0) };
}

export const isDue = (state: SyncState, now: number) => now >= state.nextCheck;
