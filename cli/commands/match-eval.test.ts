// The two commands end to end on the committed index, with pages and cases written here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run as evalRun } from './eval';
import { run as matchRun } from './match';

const dir = mkdtempSync(join(tmpdir(), 'ps-cli-'));

const ministerial = `Finance ministers gather in Washington on mineral supply
Treasury Secretary Scott Bessent hosted finance ministers, among them Australia's Jim Chalmers and Britain's Rachel Reeves, for a meeting on critical minerals and rare earth elements.
Bessent told the ministerial that allies should pursue derisking rather than decoupling and build resilient supply chains.`;

function capture(): { out: () => string; err: () => string } {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  return {
    out: () => log.mock.calls.map((c) => c.join(' ')).join('\n'),
    err: () => error.mock.calls.map((c) => c.join(' ')).join('\n'),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('match', () => {
  it('reads an HTML page: its date, its mentions, the release it is about', async () => {
    const file = join(dir, 'page.html');
    const paragraphs = ministerial
      .split('\n')
      .map((p) => `<p>${p}</p>`)
      .join('');
    writeFileSync(
      file,
      `<html><head><meta property="article:published_time" content="2026-01-13T09:00:00Z"></head><body><article>${paragraphs}<script>var x = "Janet Yellen";</script></article></body></html>`,
    );
    const io = capture();
    expect(await matchRun([file])).toBe(0);
    const result = JSON.parse(io.out());
    expect(result.date).toBe('2026-01-13');
    expect(result.dateSource).toBe('page');
    const ids = result.mentions.map((m: { entityId: string }) => m.entityId);
    expect(ids).toContain('person:scott-bessent');
    expect(ids).not.toContain('person:janet-yellen');
    expect(result.page[0].release.id).toBe('sb0356');
    expect(result.page[0].reasons.at(-1)).toBe('1 day before this article');
  });

  it('takes --date over the text and rejects an impossible one', async () => {
    const file = join(dir, 'page.txt');
    writeFileSync(file, ministerial);
    const io = capture();
    expect(await matchRun([file, '--date', '2026-01-12'])).toBe(0);
    expect(JSON.parse(io.out()).dateSource).toBe('--date');
    expect(await matchRun([file, '--date', '2026-02-30'])).toBe(2);
    expect(io.err()).toMatch(/--date/);
  });

  it('ranks without the releases --without names, as a leave-one-out run does', async () => {
    const file = join(dir, 'without.txt');
    writeFileSync(file, ministerial);
    const io = capture();
    expect(await matchRun([file, '--date', '2026-01-13', '--without', 'SB0356'])).toBe(0);
    const result = JSON.parse(io.out());
    expect(result.without).toEqual(['sb0356']);
    expect(result.candidates.map((c: { id: string }) => c.id)).not.toContain('sb0356');
    expect(result.page.map((r: { release: { id: string } }) => r.release.id)).not.toContain('sb0356');
  });
});

describe('match on a file that is not text', () => {
  it('links nothing confidently', async () => {
    // Bytes as an executable holds them, the same every run (a linear congruential sequence).
    const bytes = new Uint8Array(64 * 1024);
    for (let i = 0, x = 7; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const file = join(dir, 'program.bin');
    writeFileSync(file, bytes);
    const io = capture();
    expect(await matchRun([file])).toBe(0);
    expect(JSON.parse(io.out()).page).toEqual([]);
  });
});

describe('eval', () => {
  it('scores cases and reports a malformed line without stopping', async () => {
    const file = join(dir, 'cases.jsonl');
    const good = {
      id: 'own-1',
      kind: 'positive',
      text: ministerial,
      published_date: '2026-01-13',
      expected_release_urls: ['https://home.treasury.gov/news/press-releases/sb0356'],
      expected_mentions: ['Scott Bessent', 'Jim Chalmers', 'Rachel Reeves', 'critical minerals', 'rare earth elements'],
    };
    const ordinary = {
      ...good,
      id: 'own-2',
      kind: 'ordinary',
      text: 'Snow fell on the mountain passes all weekend, and ski resorts opened early.',
      published_date: 'unknown',
      expected_release_urls: [],
      expected_mentions: [],
    };
    writeFileSync(file, [JSON.stringify(good), '{"id": "broken"', JSON.stringify(ordinary)].join('\n'));
    const io = capture();
    expect(await evalRun([file, '--json'])).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.cases).toBe(2);
    expect(report.malformed).toHaveLength(1);
    expect(report.hitAt1).toBe(1);
    expect(report.falseConfidentOrdinary.count).toBe(0);
    expect(report.people.recall).toBe(1);
    expect(io.err()).toMatch(/line 2/);
  });

  it('reruns positives without their releases and keeps to one half', async () => {
    const file = join(dir, 'loo.jsonl');
    const positive = {
      id: 'own-1',
      kind: 'positive',
      text: ministerial,
      published_date: '2026-01-13',
      expected_release_urls: ['https://home.treasury.gov/news/press-releases/sb0356'],
      expected_mentions: ['Scott Bessent'],
    };
    writeFileSync(file, [JSON.stringify(positive), JSON.stringify({ ...positive, id: 'own-2' })].join('\n'));
    const io = capture();
    expect(await evalRun([file, '--json', '--leave-one-out'])).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.leaveOneOut.of).toBe(2);
    expect(report.lines[0].confidentWithout).not.toContain('sb0356');
    expect(await evalRun([file, '--half', 'sideways'])).toBe(2);
  });
});
