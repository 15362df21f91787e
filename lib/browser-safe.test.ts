// lib/ runs in the browser (the background ingests fetched releases with lib/corpus): no
// Node built-ins outside tests. Node-only file access lives in indexer/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$|test-fixtures\.ts$/.test(e.name) ? [full] : [];
  });
}

describe('lib/', () => {
  it('imports no node: module outside its tests', () => {
    const root = new URL('.', import.meta.url).pathname;
    const offenders = sources(root).filter((file) => /from ['"]node:|import\(['"]node:/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
