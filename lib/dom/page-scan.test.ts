// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mention, PageNames } from '../messages';
import type { MarkPolicy } from '../store/settings';
import { PageScan, type Analysis } from './page-scan';

/** A stand-in background: finds fixed phrases, as the matcher would. */
const PHRASES: [string, string, boolean][] = [
  ['Scott Bessent', 'person:scott-bessent', true],
  ['critical minerals', 'topic:critical-minerals', true],
  ['sanctions', 'topic:sanctions', false],
];

async function analyze(blocks: string[], page: PageNames): Promise<Analysis> {
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

function scan(policy: MarkPolicy, html: string) {
  document.body.innerHTML = html;
  return new PageScan(policy, { analyze, label: () => 'releases', ours: (change) => change() }, new AbortController().signal);
}

const marks = () => [...document.querySelectorAll('[data-ps-entity]')].map((el) => `${el.closest('p')!.id}:${el.textContent}`);

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

  it('reads the days a page names in document order, though on-screen blocks go first', async () => {
    document.body.innerHTML = '<p id="a">Scott Bessent said on March 3, 2024.</p><p id="b">Scott Bessent, on June 5, 2025.</p>';
    // Only the second block is on screen: it is collected and analyzed first.
    const rects = { a: -1000, b: 10 };
    for (const p of document.querySelectorAll('p')) {
      const top = rects[p.id as 'a' | 'b'];
      p.getBoundingClientRect = () => ({ top, bottom: top + 20, width: 100, height: 20 }) as DOMRect;
    }
    const order: string[] = [];
    const page = new PageScan(
      'block',
      { analyze: async (blocks, seen) => (order.push(...blocks), analyze(blocks, seen)), label: () => 'releases', ours: (change) => change() },
      new AbortController().signal,
    );
    await page.scan([document.body]);
    expect(order[0]).toMatch(/June/);
    expect(page.context(undefined).namedDates).toEqual(['2024-03-03', '2025-06-05']);
  });

  it('leaves a block alone when the page changed it while the background answered', async () => {
    document.body.innerHTML = '<p id="a">Scott Bessent spoke.</p>';
    const page = new PageScan(
      'block',
      {
        analyze: async (blocks, seen) => {
          document.querySelector('#a')!.firstChild!.textContent = 'Replaced by the page.';
          return analyze(blocks, seen);
        },
        label: () => 'releases',
        ours: (change) => change(),
      },
      new AbortController().signal,
    );
    expect(await page.scan([document.body])).toBe(0);
    expect(document.body.textContent).toBe('Replaced by the page.');
  });
});
