// The committed bundled index must load with the code beside it: a change to the matcher's
// format or to the record shapes without a rebuild fails here, not in a reader's browser.
import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../lib/matcher/matcher';
import { findMentions, NEW_PAGE } from '../lib/matcher/mentions';
import { readBundledIndex } from './bundled-index';

const index = readBundledIndex();

describe('the committed bundled index', () => {
  it('matches its manifest', () => {
    expect(index.releases).toHaveLength(index.manifest.releaseCount);
    expect(index.entities).toHaveLength(index.manifest.entityCount);
    expect(new Set(index.releases.map((r) => r.id)).size).toBe(index.releases.length);
  });

  it('links every release to its page on the official site', () => {
    for (const r of index.releases) expect(r.url).toBe(`https://home.treasury.gov/news/press-releases/${r.id.replace(/~\d+$/, '')}`);
  });

  it('has the founding example with all fifteen people it names', () => {
    const founding = index.releases.find((r) => r.id === 'sb0356');
    expect(founding?.people).toHaveLength(15);
    expect(founding?.topics).toEqual(
      expect.arrayContaining(['topic:critical-minerals', 'topic:rare-earth-elements', 'topic:supply-chains']),
    );
  });

  it('ships a matcher the current code loads and that finds the founding example’s names', () => {
    const matcher = loadMatcher(index.matcher);
    const [mentions] = findMentions(
      matcher,
      ['Treasury Secretary Scott Bessent met Chancellor Rachel Reeves on rare earths.'],
      NEW_PAGE,
    ).mentions;
    expect(mentions!.map((m) => m.entityId)).toEqual(['person:scott-bessent', 'person:rachel-reeves', 'topic:rare-earth-elements']);
  });
});
