import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from './index';

const fixtures = fileURLToPath(new URL('../../lib/corpus/fixtures/corpus', import.meta.url));
const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-cli-index-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('index command', () => {
  it('indexes a corpus, reports each bad file and ends with a summary', async () => {
    const out = tmp();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const code = await run(['--corpus', fixtures, '--out', out]);
    const printed = log.mock.calls.flat().join('\n');
    const reported = error.mock.calls.flat().join('\n');
    log.mockRestore();
    error.mockRestore();
    expect(code).toBe(0);
    expect(printed).toContain('read 15 files, indexed 10 releases, merged 1 duplicate files, 1 id conflicts');
    expect(printed).toMatch(/skipped: .*bad YAML 1/);
    expect(reported).toContain('skipped news/press-releases/2025-11-13-nofrontmatter.md: no front matter');
    expect(reported).toContain('conflict: id zz0106');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.releaseCount).toBe(10);
    expect(manifest.files.releases).toEqual(['releases-0.json']);
    expect(existsSync(join(out, manifest.files.releases[0]))).toBe(true);
  });

  it('exits non-zero and writes nothing when no release could be read', async () => {
    const corpus = tmp();
    mkdirSync(join(corpus, 'news', 'press-releases'), { recursive: true });
    const out = join(tmp(), 'index');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const code = await run(['--corpus', corpus, '--out', out]);
    error.mockRestore();
    expect(code).toBe(1);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });

  it('says how to call it without --corpus', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run([])).toBe(2);
    error.mockRestore();
  });
});
