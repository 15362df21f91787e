// One page's scan: collect blocks (visible first, in slices that leave the page responsive),
// ask for their mentions, mark them by the reader's policy, and keep what ranking needs.
import type { Mention, PageContext, PageNames, Requests } from '../messages';
import { PageAnalysis } from '../page-analysis';
import type { MarkPolicy } from '../store/settings';
import { annotateBlock } from './annotate';
import { collectBlocks, type TextBlock } from './collect';

export type Analysis = Requests['analyzeText']['res'];

export interface PageScanDeps {
  analyze(blocks: string[], page: PageNames): Promise<Analysis>;
  /** Accessible description of a mark, e.g. "Scott Bessent: official releases". */
  label(mention: Mention): string;
  /** Runs our own DOM changes so the mutation watcher does not hear them back. */
  ours<T>(change: () => T): T;
}

/** Main-thread slice: stay well under the 50 ms that makes a long task. */
const SLICE_MS = 8;
/** Text per message to the background. */
const BATCH_CHARS = 48_000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function inViewport(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  return !!view && rect.bottom >= 0 && rect.top <= view.innerHeight && rect.width + rect.height > 0;
}

/** The page did not change the block's text while we waited for the background's answer. */
function isUnchanged(block: TextBlock): boolean {
  return block.nodes.every((node, k) => node.isConnected && block.text.startsWith(node.data, block.starts[k]));
}

export class PageScan {
  /** Main-thread time spent in this scan's slices (collecting and marking), in ms. */
  mainThreadMs = 0;
  /** What ranking reads, gathered in document order (lib/page-analysis). */
  private readonly analysis = new PageAnalysis();
  readonly entityCounts = this.analysis.entityCounts;
  readonly terms = this.analysis.terms;
  /** What the page has said so far, for the mention rules (lib/matcher/mentions). */
  private names: PageNames = { fullNames: [], anchored: false };
  /** Each collected block's place in document order (later scans come after earlier ones). */
  private readonly position = new WeakMap<TextBlock, number>();
  private collected = 0;
  private readonly markedOnPage = new Set<string>();

  constructor(
    private readonly policy: MarkPolicy,
    private readonly deps: PageScanDeps,
    private readonly signal: AbortSignal,
  ) {}

  context(date: string | undefined): PageContext {
    return this.analysis.context(date);
  }

  /** Scans `roots`; resolves with the number of marks added. */
  async scan(roots: Element[]): Promise<number> {
    const blocks = await this.collect(roots);
    let marked = 0;
    for (let i = 0; i < blocks.length && !this.signal.aborted; ) {
      const batch: TextBlock[] = [];
      for (let size = 0; i < blocks.length && (batch.length === 0 || size < BATCH_CHARS); i++) {
        batch.push(blocks[i]!);
        size += blocks[i]!.text.length;
      }
      const texts = batch.map((b) => b.text);
      const analysis = await this.deps.analyze(texts, this.names);
      if (this.signal.aborted) break;
      this.names = analysis.page;
      this.analysis.addTerms(analysis.terms);
      batch.forEach((b, k) => this.analysis.addBlock(this.position.get(b) ?? 0, b.text, analysis.mentions[k] ?? []));
      marked += await this.mark(batch, analysis.mentions);
    }
    // Visible in DevTools' performance panel, and read by the browser benchmark.
    performance.measure('primary-source scan', { start: performance.now(), duration: 0, detail: { mainThreadMs: this.mainThreadMs, marked } });
    return marked;
  }

  /** Blocks of all roots, those on screen first, collected in slices. */
  private async collect(roots: Element[]): Promise<TextBlock[]> {
    const blocks: TextBlock[] = [];
    let sliceStart = performance.now();
    for (const root of roots) {
      for (const block of collectBlocks(root)) {
        blocks.push(block);
        this.position.set(block, this.collected++);
        if (performance.now() - sliceStart > SLICE_MS) {
          this.mainThreadMs += performance.now() - sliceStart;
          await yieldToPage();
          if (this.signal.aborted) return [];
          sliceStart = performance.now();
        }
      }
    }
    const onScreen = new Set(blocks.filter((b) => inViewport(b.element)));
    this.mainThreadMs += performance.now() - sliceStart;
    return onScreen.size === 0 ? blocks : [...onScreen, ...blocks.filter((b) => !onScreen.has(b))];
  }

  /** Which of a block's mentions get a mark under the reader's policy. */
  private chosen(mentions: Mention[]): Mention[] {
    const inBlock = new Set<string>();
    return mentions.filter((m) => {
      if (!m.highlight) return false;
      if (this.policy === 'all') return true;
      const seen = this.policy === 'page' ? this.markedOnPage : inBlock;
      if (seen.has(m.entityId)) return false;
      seen.add(m.entityId);
      this.markedOnPage.add(m.entityId);
      return true;
    });
  }

  private async mark(batch: TextBlock[], mentions: Mention[][]): Promise<number> {
    let marked = 0;
    let sliceStart = performance.now();
    for (const [i, block] of batch.entries()) {
      const found = mentions[i] ?? [];
      const chosen = this.chosen(found);
      // The page may have changed the block while we waited for the answer: leave it then.
      if (chosen.length === 0 || !isUnchanged(block)) continue;
      marked += this.deps.ours(() => annotateBlock(block, chosen, this.deps.label)).length;
      if (performance.now() - sliceStart > SLICE_MS) {
        this.mainThreadMs += performance.now() - sliceStart;
        await yieldToPage();
        if (this.signal.aborted) return marked;
        sliceStart = performance.now();
      }
    }
    this.mainThreadMs += performance.now() - sliceStart;
    return marked;
  }
}
