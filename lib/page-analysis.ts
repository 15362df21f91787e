// The one page pipeline: turns a page's text blocks and the background's analyzeText answers
// into the PageContext that ranking reads. The tab (lib/dom/page-scan.ts), the CLI (match,
// eval) and the benchmark all use it, so every figure measures what ships.
//
// Blocks may arrive in any order (the tab marks what is on screen first); each comes with its
// position in the document, and everything that depends on order (the days a text names, the
// latest year it mentions) is read in document order.
import type { Mention } from './matcher/types';
import type { PageContext } from './ranking/types';
import { MAX_NAMED_DATES, namedDates, textEra } from './ranking/dates';
import { amounts, MAX_EVIDENCE_CHARS, shingleCodes } from './ranking/evidence';
import { telltales } from './ranking/telltales';

interface Block {
  position: number;
  text: string;
}

/** The year rule, in one place: years after the current one (UTC) are plans, not the time of writing. */
export const currentYear = () => new Date().getUTCFullYear();

export class PageAnalysis {
  /** How many times each entity was mentioned (marked or not). */
  readonly entityCounts: Record<string, number> = {};
  /** Counts of index terms in the page's text (analyzeText's `terms`). */
  readonly terms: Record<string, number> = {};
  private readonly blocks: Block[] = [];

  constructor(private readonly latestYear: number = currentYear()) {}

  /** One block's text and mentions; `position` is its place in document order. */
  addBlock(position: number, text: string, mentions: readonly Mention[]): void {
    this.blocks.push({ position, text });
    for (const m of mentions) this.entityCounts[m.entityId] = (this.entityCounts[m.entityId] ?? 0) + 1;
  }

  /** Term counts of a batch of blocks, as analyzeText answers them. */
  addTerms(terms: Readonly<Record<string, number>>): void {
    for (const [term, n] of Object.entries(terms)) this.terms[term] = (this.terms[term] ?? 0) + n;
  }

  /** The page's text in document order. */
  text(): string {
    return [...this.blocks]
      .sort((a, b) => a.position - b.position)
      .map((b) => b.text)
      .join('\n');
  }

  /** What ranking reads: a dated page goes by its date, an undated one by what its text names. */
  context(date: string | undefined): PageContext {
    const text = this.text();
    const evidence = text.slice(0, MAX_EVIDENCE_CHARS);
    const shingles = shingleCodes(evidence);
    const found = amounts(evidence);
    const tells = telltales(evidence);
    const base = {
      entityCounts: { ...this.entityCounts },
      terms: { ...this.terms },
      ...(shingles.length > 0 ? { shingles } : {}),
      ...(found.length > 0 ? { amounts: found } : {}),
      ...(tells.length > 0 ? { telltales: tells } : {}),
    };
    if (date) return { ...base, date };
    const era = textEra(text, this.latestYear);
    const named = namedDates(text).slice(0, MAX_NAMED_DATES);
    return { ...base, ...(era !== undefined ? { era } : {}), ...(named.length > 0 ? { namedDates: named } : {}) };
  }
}
