// The GitHub source, the HTTP guard and the ingest, against local fakes on 127.0.0.1.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../indexer/index-files';
import { fakeRepo, type FakeHost, type FakeRepo, serveGitHubApi, serveRaw } from '../../tests/fakes/hosts';
import { buildIndex } from '../corpus/build';
import type { Release } from '../release/types';
import { syncConfig } from './config';
import { HttpGuard, retryAtOf, SkipError, StopError } from './http';
import type { KnownIndex } from '../store/fetched';
import { compareRecords, splitNewest } from './replay-helpers';
import { runSync } from './run';

const corpus = readCorpus(fileURLToPath(new URL('../corpus/fixtures/corpus', import.meta.url)));
const full = buildIndex(corpus);
const { older, newest, ids } = splitNewest(corpus, 3);
const bundled = buildIndex(older);
/** The records a full build makes for the newest ids (a conflicting id's `~2` included). */
const expected = full.releases
  .filter((r) => ids.includes(r.id.replace(/~\d+$/, '')))
  .map((r) => r.id)
  .sort();

function knownOf(releases: Release[]): KnownIndex {
  const byId = new Map(releases.map((r) => [r.id, r]));
  const entities = new Set(bundled.entities.map((e) => e.id));
  return { release: (id) => byId.get(id), hasEntity: (id) => entities.has(id), terms: bundled.terms };
}

let repo: FakeRepo;
let api: FakeHost;
let raw: FakeHost;
let other: FakeHost;
beforeAll(async () => {
  repo = fakeRepo();
  other = await serveRaw(fakeRepo());
  [api, raw] = await Promise.all([serveGitHubApi(repo), serveRaw(repo, other.url)]);
});
afterAll(() => Promise.all([api.close(), raw.close(), other.close()]));
beforeEach(() => {
  Object.assign(repo, fakeRepo({ files: new Map(newest.map((f) => [`content/${f.path}`, f.source])) }));
});

const sync = (cursor = {}, limits = {}) =>
  runSync({
    config: syncConfig({ githubApi: api.url, githubRaw: raw.url, limits }),
    cursor,
    known: knownOf(bundled.releases),
    newestDate: '2025-11-12',
    github: true,
    newsroom: false,
  });

describe('sync from the GitHub repository', () => {
  it('replays the newest fixture releases: records as a full build makes them', async () => {
    const result = await sync();
    expect(result.errors).toEqual([]);
    expect(result.batch.added.sort()).toEqual(expected);
    for (const r of result.batch.releases) {
      const c = compareRecords(r, full.releases.find((f) => f.id === r.id)!);
      expect(c).toMatchObject({ fields: true, topics: true, extraIds: [] });
    }
    expect(result.cursor.commit).toBe(repo.head);
    // head, compare, then one raw read per file
    expect(repo.log.filter((l) => l.startsWith('api'))).toHaveLength(2);
  });

  it('a second check with nothing new costs one conditional request, answered 304', async () => {
    const first = await sync();
    repo.log.length = 0;
    const remaining = repo.rateRemaining;
    const second = await sync(first.cursor);
    expect(repo.log).toEqual([`api GET /repos/${repo.repo}/commits/main 304`]);
    expect(second.batch.releases).toEqual([]);
    expect(repo.rateRemaining).toBe(remaining);
  });

  it('beyond the compare file limit, the two content/news trees say what changed', async () => {
    // 300 other files fill compare's list (GitHub lists no more), so content/news is not in it.
    for (let i = 0; i < 300; i++) repo.files.set(`content/about/page-${String(i).padStart(3, '0')}.md`, `page ${i}`);
    repo.before = new Map(older.map((f) => [`content/${f.path}`, f.source]));
    const result = await sync();
    expect(result.batch.added.sort()).toEqual(expected);
    expect(repo.log.filter((l) => l.includes('git/trees'))).toHaveLength(2);
  });

  it('a changed release replaces its record; an unchanged one writes nothing', async () => {
    const first = await sync();
    const id = first.batch.added.find((a) => !a.includes('~') && !first.batch.added.includes(`${a}~2`))!;
    const path = [...repo.files.keys()].find((p) => repo.files.get(p)!.includes(`/${id}\n`))!;
    repo.before = new Map([[path, repo.files.get(path)!]]);
    repo.files = new Map([[path, repo.files.get(path)!.replace(/^title: .*$/m, 'title: A Corrected Title')]]);
    repo.head = 'head0000000000000000000000000000000000002';
    repo.base = first.cursor.commit!;
    const second = await runSync({
      config: syncConfig({ githubApi: api.url, githubRaw: raw.url }),
      cursor: first.cursor,
      known: knownOf([...bundled.releases, ...first.batch.releases]),
      newestDate: '2025-11-16',
      github: true,
      newsroom: false,
    });
    expect(second.batch.changed).toEqual([id]);
    expect(second.batch.added).toEqual([]);
    expect(second.batch.releases[0]!.title).toBe('A Corrected Title');
  });

  it('a new file under a known identifier with another title is a second release: id~2', async () => {
    const first = await sync();
    const id = first.batch.added.find((a) => !a.includes('~') && !first.batch.added.includes(`${a}~2`))!;
    const source = [...repo.files.values()].find((s) => s.includes(`/${id}\n`))!;
    repo.files = new Map([
      ['content/news/statements-remarks/2026-02-09-other.md', source.replace(/^title: .*$/m, 'title: A Different Release')],
    ]);
    repo.head = 'head0000000000000000000000000000000000003';
    repo.base = first.cursor.commit!;
    const second = await runSync({
      config: syncConfig({ githubApi: api.url, githubRaw: raw.url }),
      cursor: first.cursor,
      known: knownOf([...bundled.releases, ...first.batch.releases]),
      newestDate: '2025-11-16',
      github: true,
      newsroom: false,
    });
    expect(second.batch.added).toEqual([`${id}~2`]);
    expect(second.batch.changed).toEqual([]);
  });

  it('skips bad files with a reason and goes on with the rest', async () => {
    const [a, b, c] = [...repo.files.keys()];
    repo.files.set(
      'content/news/press-releases/2026-02-01-zz0900.md',
      '---\ntitle: [unclosed\nurl: /news/press-releases/zz0900\n---\nBody',
    );
    repo.files.set(
      'content/news/press-releases/2026-02-02-zz0901.md',
      '---\ntitle: Elsewhere\ndate: 2026-02-02\nurl: https://example.com/news/press-releases/zz0901\n---\nBody',
    );
    repo.files.set('content/about/index.md', 'not a release');
    repo.files.set('content/news/press-releases/2026-02-03-zz0902.md', 'x');
    repo.failures = new Map<string, number | 'redirect' | 'huge'>([
      [a!, 404],
      [b!, 503],
      [c!, 'redirect'],
      ['content/news/press-releases/2026-02-03-zz0902.md', 'huge'],
    ]);
    const result = await sync();
    const reasons = Object.fromEntries(result.batch.skipped.map((s) => [s.path.replace(/^content\//, ''), s.reason]));
    expect(reasons).toMatchObject({
      [a!.slice(8)]: 'not found (404)',
      [b!.slice(8)]: 'server error (503)',
      [c!.slice(8)]: expect.stringMatching(/^redirected to another host/),
      'news/press-releases/2026-02-03-zz0902.md': expect.stringMatching(/^response over the size cap/),
      'news/press-releases/2026-02-01-zz0900.md': expect.stringMatching(/^bad YAML/),
      'news/press-releases/2026-02-02-zz0901.md': expect.stringMatching(/not on the official host/),
      'about/index.md': 'outside content/news/',
    });
    // …and the one good file still comes in.
    expect(result.batch.releases.length).toBeGreaterThan(0);
    expect(result.errors).toEqual([]);
  });

  it('stops at the rate limit, ingests nothing, and says when to come back', async () => {
    repo.rateRemaining = 0;
    const result = await sync();
    expect(result.errors).toEqual([expect.stringMatching(/rate limit/)]);
    expect(result.retryAt).toBeGreaterThan(Date.now());
    expect(result.batch.releases).toEqual([]);
  });

  it('spends no more requests than a run allows, and the next run reads on where it stopped', async () => {
    let cursor = {};
    const added: string[] = [];
    const stored = [...bundled.releases];
    for (let run = 0; run < 10; run++) {
      const result = await runSync({
        config: syncConfig({ githubApi: api.url, githubRaw: raw.url, limits: { maxRequests: 3 } }),
        cursor,
        known: knownOf(stored),
        newestDate: '2025-11-12',
        github: true,
        newsroom: false,
      });
      stored.push(...result.batch.releases);
      expect(result.requests).toBeLessThanOrEqual(3);
      added.push(...result.batch.added);
      cursor = result.cursor;
      if (result.errors.length === 0) break;
      expect(result.errors).toEqual([expect.stringMatching(/requests are spent; the next check reads on/)]);
    }
    expect(added.sort()).toEqual(expected);
    expect(cursor).toMatchObject({ commit: repo.head, resume: undefined });
  });
});

describe('HttpGuard', () => {
  it('reads Retry-After in seconds or as a date, and X-RateLimit-Reset once none remain', () => {
    expect(retryAtOf(new Headers({ 'retry-after': '120' }), 1000)).toBe(121_000);
    expect(retryAtOf(new Headers({ 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }))).toBe(Date.parse('2026-10-21T07:28:00Z'));
    expect(retryAtOf(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2000' }))).toBe(2_000_000);
    expect(retryAtOf(new Headers({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': '2000' }))).toBeUndefined();
  });

  it('turns a 429 into a stop with its Retry-After, an unreachable host into a stop', async () => {
    const guard = new HttpGuard(
      { maxBytes: 100, maxRequests: 5 },
      undefined,
      async () => new Response('', { status: 429, headers: { 'retry-after': '60' } }),
    );
    await expect(guard.get('http://127.0.0.1:1/x')).rejects.toBeInstanceOf(StopError);
    const down = new HttpGuard({ maxBytes: 100, maxRequests: 5 });
    await expect(down.get('http://127.0.0.1:1/x')).rejects.toThrow(/could not reach/);
  });

  it('refuses text that is not UTF-8', async () => {
    const guard = new HttpGuard({ maxBytes: 100, maxRequests: 5 }, undefined, async () => new Response(new Uint8Array([0xff, 0xfe, 0x41])));
    await expect(guard.get('http://127.0.0.1:1/x')).rejects.toEqual(new SkipError('malformed response (not UTF-8 text)'));
  });
});
