// The check the background runs: state in words, back-off, and nothing at all when updates are off.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeRepo, type FakeHost, type FakeRepo, serveGitHubApi, serveRaw } from '../../tests/fakes/hosts';
import { PrimarySourceDb } from '../store/db';
import { ensureIndex } from '../store/index-loader';
import { IndexStore } from '../store/index-store';
import { manifestFor, packageFiles, release } from '../release/test-fixtures';
import { syncConfig } from './config';
import { afterFailure, afterSuccess, CHECK_EVERY_MS, INITIAL_STATE } from './schedule';
import { UpdateService } from './service';

describe('schedule', () => {
  it('checks every 6 hours after a success, and backs off exponentially after failures', () => {
    expect(afterSuccess(1000, 2, 0, {}).nextCheck).toBe(1000 + CHECK_EVERY_MS);
    const once = afterFailure(INITIAL_STATE, 0, 'down');
    const twice = afterFailure(once, 0, 'down');
    const many = [1, 2, 3, 4, 5, 6].reduce((s) => afterFailure(s, 0, 'down'), twice);
    expect(twice.nextCheck).toBe(2 * once.nextCheck);
    expect(many.nextCheck).toBe(CHECK_EVERY_MS);
    expect(afterFailure(INITIAL_STATE, 0, 'rate limit', CHECK_EVERY_MS * 2).nextCheck).toBe(CHECK_EVERY_MS * 2);
  });
});

describe('UpdateService', () => {
  let repo: FakeRepo;
  let api: FakeHost;
  let raw: FakeHost;
  let db: PrimarySourceDb;
  beforeAll(async () => {
    repo = fakeRepo();
    [api, raw] = await Promise.all([serveGitHubApi(repo), serveRaw(repo)]);
  });
  afterAll(() => Promise.all([api.close(), raw.close()]));
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  const file =
    '---\ntitle: Treasury Sanctions a Ledger Network\ndate: 2026-02-03\ndraft: false\nurl: /news/press-releases/sb0400\n---\nWASHINGTON – Today, the Department of the Treasury sanctioned a network.\n';
  async function service(settings = { updates: true, newsroom: false }) {
    db = new PrimarySourceDb(`t-service-${Math.random()}`);
    const releases = [release('sb0001')];
    await ensureIndex(
      db,
      packageFiles({ 'manifest.json': manifestFor('v1', releases, []), 'releases.json': releases, 'entities.json': [] }),
    );
    let changes = 0;
    const updates = new UpdateService({
      db,
      config: async () => syncConfig({ githubApi: api.url, githubRaw: raw.url }),
      terms: async () => ({ docCount: 1, df: {} }),
      settings: async () => settings,
      onChange: () => changes++,
      now: () => 5000,
    });
    return { updates, changes: () => changes };
  }

  it('adds what the repository has, says so, and schedules the next check', async () => {
    Object.assign(repo, fakeRepo({ files: new Map([['content/news/press-releases/2026-02-03-sb0400.md', file]]) }));
    const { updates, changes } = await service();
    const status = await updates.check();
    expect(status).toMatchObject({ updates: true, upToDateAsOf: 5000, added: 1, changed: 0, nextCheck: 5000 + CHECK_EVERY_MS });
    expect(status.lastError).toBeUndefined();
    expect((await new IndexStore(db).release('sb0400'))?.title).toBe('Treasury Sanctions a Ledger Network');
    expect(changes()).toBe(1);
  });

  it('records a failure in words and backs off', async () => {
    Object.assign(repo, fakeRepo({ rateRemaining: 0 }));
    const { updates } = await service();
    const status = await updates.check();
    expect(status.lastError).toMatch(/rate limit/);
    expect(status.upToDateAsOf).toBeUndefined();
    expect(status.nextCheck).toBeGreaterThan(Date.now());
  });

  it('sends nothing when the reader turned updates off', async () => {
    Object.assign(repo, fakeRepo());
    const { updates } = await service({ updates: false, newsroom: false });
    expect(await updates.check()).toMatchObject({ updates: false, nextCheck: undefined });
    expect(repo.log).toEqual([]);
  });
});
