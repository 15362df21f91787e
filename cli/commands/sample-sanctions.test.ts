import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run as index } from './index';
import { run } from './sample-sanctions';

const fixtures = fileURLToPath(new URL('../../lib/corpus/fixtures/corpus', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'ps-cli-sanctions-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('sample-sanctions', () => {
  it('draws the same sanctions releases for a seed, each with the persons the index lists', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await index(['--corpus', fixtures, '--out', out]);
    log.mockClear();
    expect(await run(['--corpus', fixtures, '--index', out, '--seed', 's'])).toBe(0);
    const first = log.mock.calls.flat().join('\n');
    log.mockClear();
    await run(['--corpus', fixtures, '--index', out, '--seed', 's']);
    expect(log.mock.calls.flat().join('\n')).toBe(first);
    expect(first).toMatch(/^ 1\. zz0103 2025-11-06 news\/press-releases\/2025-11-06-zz0103\.md\n/);
    expect(first).toContain('index: ');
    expect(first).toMatch(/\n1 of 1 sanctions releases dated 2010 or later$/);
    vi.restoreAllMocks();
  });
});
