import { describe, expect, it } from 'vitest';
import { jsonParts, partNames } from './index-parts';

describe('jsonParts', () => {
  const items = Array.from({ length: 50 }, (_, i) => ({ id: `sb${i}`, title: 'é'.repeat(i) }));

  it('splits into parts of at most the given bytes that read back as the same items', () => {
    const parts = jsonParts(items, 400);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(400);
    expect(parts.flatMap((p) => JSON.parse(p) as unknown[])).toEqual(items);
  });

  it('gives one part when everything fits, and an empty array for no items', () => {
    expect(jsonParts(items)).toHaveLength(1);
    expect(jsonParts([])).toEqual(['[]']);
  });

  it('names the parts in order', () => {
    expect(partNames('releases', 2)).toEqual(['releases-0.json', 'releases-1.json']);
  });
});
