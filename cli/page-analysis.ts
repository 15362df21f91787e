// The page pipeline as the extension runs it, in one process for the CLI (match, eval) and
// the benchmark: text blocks → mentions (the prebuilt matcher) → lib/page-analysis → ranking.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadMatcher, type Matcher } from '../lib/matcher/matcher';
import { findMentions, NEW_PAGE } from '../lib/matcher/mentions';
import type { Mention, PageContext } from '../lib/messages';
import { PageAnalysis } from '../lib/page-analysis';
import { pageTerms } from '../lib/ranking/page-terms';
import { type Ranking, rankPageDetailed } from '../lib/ranking/rank';
import { MemorySource } from '../lib/ranking/source';
import type { Entity, Release, TermStats } from '../lib/release/types';
import { type BundledIndex, defaultIndexDir, readBundledIndex } from './bundled-index';

export interface RankingIndex {
  index: BundledIndex;
  source: MemorySource;
  entities: Map<string, Entity>;
  vocabulary: Set<string>;
  df: Record<string, number>;
  matcher: Matcher;
}

export function loadRankingIndex(dir = defaultIndexDir): RankingIndex {
  const index = readBundledIndex(dir);
  const termsFile = index.manifest.files.terms;
  if (!termsFile) throw new Error(`${dir}/manifest.json names no terms file: rebuild the index (npm run cli -- index)`);
  const stats = JSON.parse(readFileSync(resolve(dir, termsFile), 'utf8')) as TermStats;
  return {
    index,
    source: new MemorySource(index.releases, index.entities, stats.df, stats.docCount),
    entities: new Map(index.entities.map((e) => [e.id, e])),
    vocabulary: new Set(Object.keys(stats.df)),
    df: stats.df,
    matcher: loadMatcher(index.matcher),
  };
}

/**
 * The same index with only the releases `keep` accepts: for leave-one-out runs and temporal
 * holdouts. Term statistics and entities stay as they are (they only weigh evidence).
 */
export function restrictIndex(rankingIndex: RankingIndex, keep: (release: Release) => boolean): RankingIndex {
  const releases = rankingIndex.index.releases.filter(keep);
  return {
    ...rankingIndex,
    index: { ...rankingIndex.index, releases },
    source: new MemorySource(releases, rankingIndex.index.entities, rankingIndex.df, rankingIndex.source.docCount),
  };
}

export interface PageResult {
  mentions: Mention[][];
  context: PageContext;
  ranking: Ranking;
}

/** What the content script and background do for a page, given its text blocks (in document order) and date. */
export async function analyzeBlocks(rankingIndex: RankingIndex, blocks: string[], date: string | undefined): Promise<PageResult> {
  // One page: names seen in full earlier on it let later surnames link (lib/matcher).
  const { mentions } = findMentions(rankingIndex.matcher, blocks, NEW_PAGE);
  const page = new PageAnalysis();
  for (const [i, text] of blocks.entries()) page.addBlock(i, text, mentions[i] ?? []);
  page.addTerms(pageTerms(blocks.join('\n'), rankingIndex.vocabulary));
  const context = page.context(date);
  return { mentions, context, ranking: await rankPageDetailed(context, rankingIndex.source) };
}

/** A command's input file as text, or undefined after saying why it cannot be read. */
export function readInputFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Plain text as blocks: one per non-empty line (news excerpts put a paragraph on a line). */
export function textBlocks(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
