// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mention, PageSoFar } from '../messages';
import type { MarkPolicy } from '../store/settings';
import type { Highlighter } from './highlight-api';
import { MarkLayer } from './marks';
import { PageScan, type TextAnalysis, type PageScanDeps } from './page-scan';

/** A stand-in background: finds fixed phrases, as the matcher would. */
const PHRASES: [string, string, boolean][] = [
  ['Scott Bessent', 'person:scott-bessent', true],
  ['critical minerals', 'topic:critical-minerals', true],
  ['sanctions', 'topic:sanctions', false],
];

async function analyze(blocks: string[], page: PageSoFar): Promise<TextAnalysis> {
  const mentions = blocks.map((text) => {
    const found: Mention[] = [];
    for (const [phrase, entityId, highlight] of PHRASES) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        found.push({ start: at, end: at + phrase.length, entityId, highlight });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
  return { mentions, page, terms: { mineral: blocks.length } };
}

const noPaint: Highlighter = { add() {}, remove() {}, clear() {} };
let layer = new MarkLayer(noPaint, null);

function scan(policy: MarkPolicy, html: string, deps: Partial<PageScanDeps> = {}) {
  document.body.innerHTML = html;
  layer = new MarkLayer(noPaint, null);
  return new PageScan(policy, { analyze, layer, failed: () => {}, ...deps }, new AbortController().signal);
}

const marks = () => layer.inOrder().map((m) => `${m.block.id}:${m.text}`);

const html = `
  <p id="a">Scott Bessent on critical minerals. Scott Bessent again, and sanctions.</p>
  <p id="b">Scott Bessent, critical minerals, in 2024 and 2025, since January 12, 2026.</p>`;

describe('PageScan', () => {
  it('marks the first mention of each entity per block by default', async () => {
    const page = scan('block', html);
    expect(await page.scan([document.body])).toBe(4);
    expect(marks()).toEqual(['a:Scott Bessent', 'a:critical minerals', 'b:Scott Bessent', 'b:critical minerals']);
  });

  it('marks once per page, or every mention, when the reader chooses', async () => {
    await scan('page', html).scan([document.body]);
    expect(marks()).toEqual(['a:Scott Bessent', 'a:critical minerals']);
    await scan('all', html).scan([document.body]);
    expect(marks()).toHaveLength(5);
  });

  it('counts every mention for ranking, marked or not, with the page terms, latest year and named days', async () => {
    const page = scan('block', html);
    await page.scan([document.body]);
    expect(page.context(undefined)).toMatchObject({
      entityCounts: { 'person:scott-bessent': 3, 'topic:critical-minerals': 2, 'topic:sanctions': 1 },
      terms: { mineral: 2 },
      era: 2026,
      namedDates: ['2026-01-12'],
    });
    expect(page.context('2026-01-13')).toMatchObject({ entityCounts: page.entityCounts, terms: page.terms, date: '2026-01-13' });
  });

  it('analyses in document order, though the block on screen is the second', async () => {
    const order: string[] = [];
    const page = scan('block', '<p id="a">Scott Bessent said on March 3, 2024.</p><p id="b">Scott Bessent, on June 5, 2025.</p>', {
      analyze: async (blocks, seen) => (order.push(...blocks), analyze(blocks, seen)),
    });
    const rects = { a: -1000, b: 10 };
    for (const p of document.querySelectorAll('p')) {
      const top = rects[p.id as 'a' | 'b'];
      p.getBoundingClientRect = () => ({ top, bottom: top + 20, width: 100, height: 20 }) as DOMRect;
    }
    await page.scan([document.body]);
    expect(order[0]).toMatch(/March/);
    expect(page.context(undefined).namedDates).toEqual(['2024-03-03', '2025-06-05']);
  });

  it('leaves a block alone when the page changed it while the background answered', async () => {
    const page = scan('block', '<p id="a">Scott Bessent spoke.</p>', {
      analyze: async (blocks, seen) => {
        document.querySelector('#a')!.firstChild!.textContent = 'Replaced by the page.';
        return analyze(blocks, seen);
      },
    });
    expect(await page.scan([document.body])).toBe(0);
    expect(document.body.textContent).toBe('Replaced by the page.');
  });

  it('retries a failed batch once, and goes on with the rest of the page when it fails again', async () => {
    const big = 'x'.repeat(50_000);
    const failures: unknown[] = [];
    let calls = 0;
    const page = scan('block', `<p id="a">Scott Bessent ${big}</p><p id="b">Scott Bessent again.</p>`, {
      analyze: async (blocks, seen) => {
        if (++calls <= 2) throw new Error('worker stopped');
        return analyze(blocks, seen);
      },
      failed: (error) => failures.push(error),
    });
    expect(await page.scan([document.body])).toBe(1);
    expect([calls, failures.length, marks()]).toEqual([3, 1, ['b:Scott Bessent']]);
  });

  it('a first failure that succeeds on retry loses nothing', async () => {
    let calls = 0;
    const page = scan('block', html, { analyze: async (b, s) => (++calls === 1 ? Promise.reject(new Error('once')) : analyze(b, s)) });
    expect(await page.scan([document.body])).toBe(4);
  });

  it('does not mark a block twice when it is scanned again, and reads inline roots with their paragraph', async () => {
    const page = scan('block', html);
    await page.scan([document.body]);
    expect(await page.scan([document.getElementById('a')!])).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p id="c">Said <b id="bold">Scott</b> Bessent.</p>');
    expect(await page.scan([document.getElementById('bold')!])).toBe(1);
    expect(marks().at(-1)).toBe('c:Scott Bessent');
  });

  it('analyses blocks in document order', async () => {
    const seen: string[] = [];
    const page = scan('block', html, { analyze: async (b, s) => (seen.push(...b), analyze(b, s)) });
    await page.scan([document.body]);
    expect(seen.map((t) => t.trim().slice(0, 20))).toEqual(['Scott Bessent on cri', 'Scott Bessent, criti']);
  });
});
