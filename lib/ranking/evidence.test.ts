import { describe, expect, it } from 'vitest';
import { amounts, amountText, MAX_SHINGLES, releaseAmounts, releaseShingles, sharedShingles, shingleCodes } from './evidence';

const said = 'The bureau will continue to deny the ring the proceeds it uses to buy weapons and pay its couriers abroad.';

describe('shingles', () => {
  it('meet between a release and a page that quotes it, in other markup and case', () => {
    const [release] = releaseShingles([[said]]);
    const page = new Set(
      shingleCodes(
        `Officials said “THE BUREAU will continue to deny the ring the proceeds it uses to buy weapons and pay its couriers abroad,” adding more.`,
      ),
    );
    expect(sharedShingles(release, page)).toBeGreaterThanOrEqual(3);
    expect(sharedShingles(release, new Set(shingleCodes('The ring paid its couriers in cash, the bureau said on Monday.')))).toBe(0);
  });

  it('ship only what the release does not share with others, at most MAX_SHINGLES', () => {
    const boilerplate =
      'All property and interests in property of the designated persons that are in the United States are blocked and must be reported.';
    const [a, b] = releaseShingles([[boilerplate, said], [boilerplate]]);
    expect(b).toBe('');
    expect(a).toBe(releaseShingles([[said]])[0]);
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    expect(releaseShingles([[long]])[0]!.length).toBe(MAX_SHINGLES * 4);
  });
});

describe('amounts', () => {
  it('reads money and counts in one canonical form', () => {
    expect(amounts('It sold $112 billion, US$89.8bn and $1,500,000; 29 shadow fleet tankers and six individuals; a $5 fee.')).toEqual([
      '$112000000000',
      '$89800000000',
      '$1500000',
      '29 vessel',
      '6 person',
    ]);
    expect(amounts('The bank named 29 vessels.')).toEqual(['29 vessel']);
  });

  it('ships only amounts few releases give', () => {
    const [a, b, c, d, e] = releaseAmounts([
      'A $25 billion auction and 29 vessels.',
      'A $25 billion auction.',
      'A $25 billion auction.',
      'A $25 billion auction.',
      'Nothing counted.',
    ]);
    expect(a).toEqual(['29 vessel']);
    expect([b, c, d, e]).toEqual([[], [], [], []]);
  });

  it('reads back for people', () => {
    expect(amountText('$89800000000')).toBe('$89.8 billion');
    expect(amountText('$1500000')).toBe('$1.5 million');
    expect(amountText('29 vessel')).toBe('29 vessels');
    expect(amountText('6 person')).toBe('6 people');
    expect(amountText('3 entity')).toBe('3 entities');
  });
});
