import { describe, expect, it } from 'vitest';
import { computeTerms, type TermDoc } from './terms';

// A small corpus in my own words: every release names the Treasury, most the economy;
// each has a few words of its own.
const DOCS: TermDoc[] = [
  {
    id: 'a1',
    title: 'Treasury Hosts Meeting on Lithium Refining',
    body: 'The Treasury met with the economy ministers about lithium refining. Lithium prices and lithium refining capacity were discussed by the ministers.',
  },
  {
    id: 'a2',
    title: 'Treasury Statement on the Economy',
    body: 'The economy grew. The Treasury expects the economy to grow next year, and ministers agreed the economy is strong.',
  },
  {
    id: 'a3',
    title: 'Treasury Sanctions Tanker Network',
    body: 'The Treasury sanctioned a tanker network that shipped oil. The tankers used false flags to hide the oil from the economy ministers.',
  },
  {
    id: 'a4',
    title: 'Readout of Meeting on Tanker Safety and Lithium',
    body: 'Treasury officials discussed tanker safety and lithium batteries. The economy was mentioned in passing.',
  },
  {
    id: 'a5',
    title: 'Remarks on the Economy and Jobs',
    body: 'The Treasury sees jobs growing across the economy. Wages rose; jobs grew.',
  },
  {
    id: 'a6',
    title: 'Treasury Announces Auction Schedule',
    body: 'The Treasury will auction notes and bonds. The auction schedule follows the jobs report.',
  },
];

describe('computeTerms', () => {
  const table = computeTerms(DOCS);

  it('ranks a word particular to a release above one every release uses', () => {
    const a1 = table.terms.get('a1')!;
    expect(a1[0]).toBe('lithium');
    expect(a1).not.toContain('treasury');
    const a3 = table.terms.get('a3')!;
    expect(a3.indexOf('tanker')).toBeGreaterThanOrEqual(0);
    expect(a3.includes('economy') ? a3.indexOf('economy') : Infinity).toBeGreaterThan(a3.indexOf('tanker'));
  });

  it('weighs the title above the body', () => {
    // "zeta" (title) and "alpha" (body) each appear once, in the same two releases: only
    // the title weight puts "zeta" first, against alphabetical order.
    const weighed = computeTerms([
      { id: 't1', title: 'zeta', body: 'alpha' },
      { id: 't2', title: 'other', body: 'alpha zeta' },
      { id: 't3', title: 'third', body: 'words' },
    ]);
    expect(weighed.terms.get('t1')).toEqual(['zeta', 'alpha']);
    expect(weighed.terms.get('t2')).toEqual(['alpha', 'zeta']);
  });

  it('leaves out words found in a single release', () => {
    const all = new Set([...table.terms.values()].flat());
    expect(all.has('wage')).toBe(false);
    expect(all.has('battery')).toBe(false);
  });

  it('leaves out words glued together in conversion', () => {
    const glued: TermDoc[] = [
      ...DOCS,
      { id: 'g1', title: 'Old release', body: 'We plan toimplement the rule.' },
      { id: 'g2', title: 'Old release', body: 'Agencies plan toimplement rules and implement them.' },
      ...Array.from({ length: 40 }, (_, i) => ({ id: `f${i}`, title: `Filler ${i}`, body: 'We implement the plan.' })),
    ];
    const all = new Set([...computeTerms(glued).terms.values()].flat());
    expect(all.has('toimplement')).toBe(false);
  });

  it('keeps document frequencies only for the terms some release lists', () => {
    const listed = new Set([...table.terms.values()].flat());
    expect(Object.keys(table.df).sort()).toEqual([...listed].sort());
    expect(table.df.lithium).toBe(2);
    expect(table.df.treasury).toBeUndefined();
    expect(table.docCount).toBe(DOCS.length);
  });

  it('gives the same result for the same corpus, whatever the order of the input', () => {
    const again = computeTerms([...DOCS].reverse());
    expect(Object.fromEntries(again.terms)).toEqual(Object.fromEntries(table.terms));
    expect(JSON.stringify(again.df)).toBe(JSON.stringify(table.df));
  });

  it('caps each list and breaks ties on the term', () => {
    const capped = computeTerms(DOCS, 2);
    for (const list of capped.terms.values()) expect(list.length).toBeLessThanOrEqual(2);
    // Two words with the same counts in the same releases score alike: alphabetical order.
    const tied = computeTerms([
      { id: 'x', title: 'alpha beta', body: '' },
      { id: 'y', title: 'beta alpha', body: '' },
      { id: 'z', title: 'other words', body: '' },
    ]);
    expect(tied.terms.get('x')).toEqual(['alpha', 'beta']);
    expect(tied.terms.get('y')).toEqual(['alpha', 'beta']);
  });
});
