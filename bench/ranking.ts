// Per-page ranking time on the full bundled index, beside a naive baseline that scores every
// release linearly with the same scoring function. Pages are built from the index itself:
// for a spread of releases, a page with its title, lede and some of its terms, naming its
// entities and dated the day after it, as news about it would be, through lib/page-analysis.
import { performance } from 'node:perf_hooks';
import type { PageContext } from '../lib/messages';
import { idfOf, rankPageDetailed } from '../lib/ranking/rank';
import { byScore, type PageEntity, type PageFeatures, pageEntity, scoreRelease } from '../lib/ranking/score';
import { releaseEntityIds } from '../lib/ranking/source';
import { PageAnalysis } from '../lib/page-analysis';
import { pageTerms } from '../lib/ranking/page-terms';
import { loadRankingIndex, type RankingIndex } from '../cli/page-analysis';
import { type BenchEntry, lowerIsBetter } from './report';

const PAGES = 200;

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Pages as the tab would send them: text about the release through the page pipeline. */
function pagesFrom(rankingIndex: RankingIndex): PageContext[] {
  const withEntities = rankingIndex.index.releases.filter((r) => releaseEntityIds(r).length >= 2);
  const step = Math.max(1, Math.floor(withEntities.length / PAGES));
  const pages: PageContext[] = [];
  for (let i = 0; i < withEntities.length && pages.length < PAGES; i += step) {
    const r = withEntities[i]!;
    const text = [r.title, r.lede ?? '', r.terms.slice(0, 8).join(' ')].join('\n');
    // The release's first entity named three times, the others once.
    const ids = releaseEntityIds(r).flatMap((id, k) => (k === 0 ? [id, id, id] : [id]));
    const page = new PageAnalysis();
    page.addBlock(
      0,
      text,
      ids.map((entityId) => ({ start: 0, end: 0, entityId, highlight: true })),
    );
    page.addTerms(pageTerms(text, rankingIndex.vocabulary));
    pages.push(page.context(nextDay(r.date)));
  }
  return pages;
}

/** The baseline: every release scored, then sorted (no candidate lookup; df read once, untimed). */
async function naiveRank(rankingIndex: RankingIndex, df: Record<string, number>, page: PageContext): Promise<string | undefined> {
  const N = rankingIndex.source.docCount;
  const entities = new Map<string, PageEntity>();
  for (const entity of await rankingIndex.source.entities(Object.keys(page.entityCounts))) {
    const count = page.entityCounts[entity.id] ?? 0;
    entities.set(entity.id, pageEntity(entity, count, N));
  }
  const features: PageFeatures = {
    entities,
    terms: new Map(Object.entries(page.terms)),
    idf: (term) => idfOf(df[term] ?? 1, N),
    ...(page.date ? { date: page.date } : {}),
  };
  return rankingIndex.index.releases.map((r) => scoreRelease(r, features)).sort(byScore)[0]?.release.id;
}

async function msPerPage(pages: PageContext[], rank: (page: PageContext) => Promise<unknown>): Promise<number> {
  for (const page of pages.slice(0, 10)) await rank(page); // warm up the JIT
  const start = performance.now();
  for (const page of pages) await rank(page);
  return (performance.now() - start) / pages.length;
}

export async function benchRanking(rankingIndex: RankingIndex = loadRankingIndex()): Promise<BenchEntry[]> {
  const pages = pagesFrom(rankingIndex);
  const ours = await msPerPage(pages, (page) => rankPageDetailed(page, rankingIndex.source));
  const df = await rankingIndex.source.termDf([...rankingIndex.vocabulary]);
  const naive = await msPerPage(pages, (page) => naiveRank(rankingIndex, df, page));
  return [
    lowerIsBetter(
      `ranking: one page against ${rankingIndex.index.releases.length} releases (mean of ${pages.length} pages)`,
      'ms/page',
      ours,
      'score every release linearly',
      naive,
    ),
  ];
}
