import { describe, expect, it } from 'vitest';
import { bucketOf, packIndex, POSTING_BUCKETS, RELEASE_BUCKETS } from './index-store';
import { entity, release } from '../release/test-fixtures';

describe('packIndex', () => {
  it('puts every release, entity and posting in the bucket its key hashes to', () => {
    const releases = Array.from({ length: 500 }, (_, i) => release(`id${i}`, { topics: [`topic:t${i % 7}`], terms: [`w${i % 11}`] }));
    const packed = packIndex(releases, [entity('person:a'), entity('person:b')]);
    expect(packed.releaseBuckets).toHaveLength(RELEASE_BUCKETS);
    expect(packed.releaseBuckets.flatMap((b) => b.releases)).toHaveLength(500);
    for (const b of packed.releaseBuckets) for (const r of b.releases) expect(bucketOf(r.id, RELEASE_BUCKETS)).toBe(b.bucket);
    const t3 = packed.postingBuckets[bucketOf('topic:t3', POSTING_BUCKETS)]!.postings['topic:t3']!;
    expect([...t3].sort()).toEqual(
      releases
        .filter((_, i) => i % 7 === 3)
        .map((r) => r.id)
        .sort(),
    );
    expect(packed.entityBuckets.flatMap((b) => b.entities.map((e) => e.id)).sort()).toEqual(['person:a', 'person:b']);
  });

  it('lists posting ids newest first', () => {
    const packed = packIndex(
      [
        release('b', { date: '2020-01-01', orgs: ['org:x'] }),
        release('c', { date: '2024-05-05', orgs: ['org:x'] }),
        release('a', { date: '2022-02-02', orgs: ['org:x'] }),
      ],
      [],
    );
    expect(packed.postingBuckets[bucketOf('org:x', POSTING_BUCKETS)]!.postings['org:x']).toEqual(['c', 'a', 'b']);
  });

  it('hashes the same key to the same bucket every time, spread across buckets', () => {
    expect(bucketOf('sb0356', 256)).toBe(bucketOf('sb0356', 256));
    const used = new Set(Array.from({ length: 2000 }, (_, i) => bucketOf(`jy${i}`, 256)));
    expect(used.size).toBeGreaterThan(240);
  });
});
