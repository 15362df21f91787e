// One page's scan: collect blocks in document order (in slices that leave the page responsive),
// ask for their mentions, mark them by the reader's policy, and keep what ranking needs. Marks
// are ranges (lib/dom/marks.ts): those on screen are painted at once, the rest when scrolled to.
import type { Mention, PageContext, PageSoFar, Requests } from '../messages';
import { PageAnalysis } from '../page-analysis';
import type { MarkPolicy } from '../store/settings';
import { annotateBlock } from './annotate';
import { collectBlocks, enclosingBlock, type TextBlock } from './collect';
import type { MarkLayer } from './marks';

export type TextAnalysis = Requests['analyzeText']['res'];

export interface PageScanDeps {
  analyze(blocks: string[], page: PageSoFar): Promise<TextAnalysis>;
  /** Where marks go. */
  layer: MarkLayer;
  /** A batch failed twice: reported, and the scan goes on. Rethrow to stop the scan. */
  failed(error: unknown): void;
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
  private names: PageSoFar = { fullNames: [], onTopic: false };
  /** Each collected block's place in document order (later scans come after earlier ones). */
  private readonly position = new WeakMap<TextBlock, number>();
  private collected = 0;

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
    // Text changed in an inline element is read with the rest of its paragraph.
    const lifted = [...new Set(roots.map(enclosingBlock))];
    const blocks = await this.collect(lifted.filter((el) => !lifted.some((other) => other !== el && other.contains(el))));
    let marked = 0;
    for (let i = 0; i < blocks.length && !this.signal.aborted; ) {
      const batch: TextBlock[] = [];
      for (let size = 0; i < blocks.length && (batch.length === 0 || size < BATCH_CHARS); i++) {
        batch.push(blocks[i]!);
        size += blocks[i]!.text.length;
      }
      const texts = batch.map((b) => b.text);
      const analysis = await this.analyzeBatch(texts);
      if (this.signal.aborted) break;
      if (!analysis) continue;
      this.names = analysis.page;
      this.analysis.addTerms(analysis.terms);
      for (const [k, b] of batch.entries()) this.analysis.addBlock(this.position.get(b) ?? 0, b.text, analysis.mentions[k] ?? []);
      marked += await this.mark(batch, analysis.mentions);
    }
    return marked;
  }

  /** One retry (the service worker may have been stopped mid-batch); then the batch is skipped. */
  private async analyzeBatch(texts: string[]): Promise<TextAnalysis | undefined> {
    try {
      return await this.deps.analyze(texts, this.names);
    } catch {
      if (this.signal.aborted) return undefined;
      try {
        return await this.deps.analyze(texts, this.names);
      } catch (error) {
        this.deps.failed(error);
        return undefined;
      }
    }
  }

  /** Blocks of all roots in document order, collected in slices; blocks already marked are left out. */
  private async collect(roots: Element[]): Promise<TextBlock[]> {
    const blocks: TextBlock[] = [];
    let sliceStart = performance.now();
    for (const root of roots) {
      for (const block of collectBlocks(root)) {
        if (!this.deps.layer.hasMarksIn(block.element)) {
          blocks.push(block);
          this.position.set(block, this.collected++);
        }
        if (performance.now() - sliceStart > SLICE_MS) {
          this.mainThreadMs += performance.now() - sliceStart;
          await yieldToPage();
          if (this.signal.aborted) return [];
          sliceStart = performance.now();
        }
      }
    }
    this.mainThreadMs += performance.now() - sliceStart;
    return blocks;
  }

  /** Which of a block's mentions get a mark under the reader's policy. */
  private chosen(mentions: Mention[], onPage: Set<string>): Mention[] {
    const inBlock = new Set<string>();
    return mentions.filter((m) => {
      if (!m.highlight) return false;
      if (this.policy === 'all') return true;
      const seen = this.policy === 'page' ? onPage : inBlock;
      if (seen.has(m.entityId)) return false;
      seen.add(m.entityId);
      return true;
    });
  }

  private async mark(batch: TextBlock[], mentions: Mention[][]): Promise<number> {
    let marked = 0;
    let sliceStart = performance.now();
    const { layer } = this.deps;
    // Once per page means once among the marks the page still shows (a re-render drops them).
    const onPage = new Set(this.policy === 'page' ? layer.inOrder().map((m) => m.entityId) : []);
    for (const [i, block] of batch.entries()) {
      const found = mentions[i] ?? [];
      const chosen = this.chosen(found, onPage);
      // The page may have changed the block while we waited for the answer: its change is
      // heard by the watcher and analysed again.
      if (chosen.length === 0 || !isUnchanged(block) || layer.hasMarksIn(block.element)) continue;
      const marks = annotateBlock(block, chosen);
      layer.add(block.element, marks, inViewport(block.element));
      marked += marks.length;
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
