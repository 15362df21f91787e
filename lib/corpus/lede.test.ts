import { describe, expect, it } from 'vitest';
import { LEDE_MAX, lede, quotablePassages, sentences } from './lede';

describe('sentences', () => {
  it('splits at sentence ends, not at abbreviations', () => {
    expect(sentences('The U.S. Department acted today under E.O. 13902. Mr. Vale said so. “It ends,” he said.')).toEqual([
      'The U.S. Department acted today under E.O. 13902.',
      'Mr. Vale said so.',
      '“It ends,” he said.',
    ]);
  });
});

describe('lede', () => {
  it('is the first one or two sentences after banners and the dateline', () => {
    const text =
      '(Archived Content)\n**WASHINGTON** – Today the bureau designated a ring of couriers. It acted with two allies. It will act again.';
    expect(lede(text)).toBe('Today the bureau designated a ring of couriers. It acted with two allies.');
  });

  it('stays within its length and is absent for a body with no prose', () => {
    const long = `Today ${'the bureau acted again and '.repeat(30)}stopped.`;
    expect(lede(long)!.length).toBeLessThanOrEqual(LEDE_MAX);
    expect(lede('1.\n2.\n')).toBeUndefined();
  });
});

describe('quotablePassages', () => {
  it('puts quoted speech first', () => {
    const [first] = quotablePassages('The bureau acted. “We will keep denying the ring its proceeds,” said the director.');
    expect(first).toBe('We will keep denying the ring its proceeds,');
  });
});
