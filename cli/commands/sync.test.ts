// `cli sync` against local fakes of GitHub, then `show --index` on what it wrote.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readCorpus, readIndexTables, writeIndex } from '../../indexer/index-files';
import { buildIndex } from '../../lib/corpus/build';
import { compileMatcher } from '../../lib/matcher/compile';
import { splitNewest } from '../../lib/sync/replay-helpers';
import { fakeRepo, serveGitHubApi, serveRaw } from '../../tests/fakes/hosts';
import { run as show } from './show';
import { run as sync } from './sync';

const dir = mkdtempSync(join(tmpdir(), 'ps-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function printed(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return { code: await run(), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

describe('cli sync', () => {
  it('writes the bundled index plus what the repository added, and prints added/changed/skipped', async () => {
    const corpus = readCorpus(fileURLToPath(new URL('../../lib/corpus/fixtures/corpus', import.meta.url)));
    const { older, newest } = splitNewest(corpus, 2);
    writeIndex(buildIndex(older), join(dir, 'bundled'), compileMatcher);
    const repo = fakeRepo({ files: new Map(newest.map((f) => [`content/${f.path}`, f.source])) });
    repo.files.set('content/news/readouts/2026-02-01-zz0950.md', 'no front matter');
    const [api, raw] = await Promise.all([serveGitHubApi(repo), serveRaw(repo)]);
    try {
      const args = ['--api', api.url, '--raw', raw.url, '--index', join(dir, 'bundled'), '--out', join(dir, 'out')];
      const { code, out } = await printed(() => sync(args));
      expect(code).toBe(0);
      const result = JSON.parse(out) as { added: string[]; changed: string[]; skipped: { path: string; reason: string }[] };
      expect(result.added.length).toBeGreaterThanOrEqual(2);
      expect(result.skipped).toEqual([{ path: 'news/readouts/2026-02-01-zz0950.md', reason: 'no front matter' }]);
      const written = readIndexTables(join(dir, 'out'));
      expect(written.manifest.releaseCount).toBe(buildIndex(older).releases.length + result.added.length);
      const shown = await printed(() => show([result.added[0]!, '--index', join(dir, 'out')]));
      expect(JSON.parse(shown.out).id).toBe(result.added[0]);
    } finally {
      await Promise.all([api.close(), raw.close()]);
    }
  });
});
