// The page's marks: which are live, which block holds them, which one is under the pointer.
// Painting goes through a Highlighter; marks in blocks off screen are painted when they scroll
// into view (IntersectionObserver), so a huge page costs the browser nothing until read.
import { isCurrent, type Mark } from './annotate';
import type { Highlighter } from './highlight-api';

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** The text node and offset under a point (standard, then WebKit's older name). */
function caretAt(doc: Document, x: number, y: number): Node | null {
  const d = doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return d.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

export class MarkLayer {
  private readonly byBlock = new Map<Element, Mark[]>();
  private readonly painted = new Set<Element>();
  private readonly observer: IntersectionObserver | undefined;

  constructor(
    private readonly highlighter: Highlighter,
    view: Window | null,
  ) {
    const IO = (view as typeof globalThis | null)?.IntersectionObserver;
    this.observer = IO
      ? new IO(
          (entries) => {
            for (const entry of entries) if (entry.isIntersecting) this.paint(entry.target);
          },
          { rootMargin: '50% 0px' },
        )
      : undefined;
  }

  get size(): number {
    let n = 0;
    for (const marks of this.byBlock.values()) n += marks.length;
    return n;
  }

  hasMarksIn(block: Element): boolean {
    return this.byBlock.has(block);
  }

  /** Adds one block's marks; they are painted now if `onScreen`, else once the block is near the viewport. */
  add(block: Element, marks: Mark[], onScreen: boolean): void {
    if (marks.length === 0) return;
    this.byBlock.set(block, [...(this.byBlock.get(block) ?? []), ...marks]);
    if (onScreen || !this.observer) this.paint(block);
    else this.observer.observe(block);
  }

  private paint(block: Element): void {
    this.observer?.unobserve(block);
    if (this.painted.has(block)) return;
    this.painted.add(block);
    for (const mark of this.byBlock.get(block) ?? []) for (const range of mark.ranges) this.highlighter.add(range);
  }

  private dropBlock(block: Element): void {
    for (const mark of this.byBlock.get(block) ?? []) for (const range of mark.ranges) this.highlighter.remove(range);
    this.byBlock.delete(block);
    this.painted.delete(block);
    this.observer?.unobserve(block);
  }

  /**
   * Drops every block with a mark the page changed or removed, or that `keep` rejects (a block
   * that became editable or hidden). Returns those blocks still in the page, to analyse again.
   */
  prune(keep: (block: Element) => boolean = () => true): Element[] {
    const stale: Element[] = [];
    for (const [block, marks] of this.byBlock) {
      if (marks.every(isCurrent) && keep(block)) continue;
      this.dropBlock(block);
      if (block.isConnected) stale.push(block);
    }
    return stale;
  }

  clear(): void {
    for (const block of [...this.byBlock.keys()]) this.dropBlock(block);
    this.highlighter.clear();
  }

  /** Every mark, in document order. */
  inOrder(): Mark[] {
    const blocks = [...this.byBlock.keys()].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return blocks.flatMap((block) => this.byBlock.get(block)!);
  }

  /** The mark drawn under viewport point (x, y), if any. */
  at(doc: Document, x: number, y: number): Mark | undefined {
    const node = caretAt(doc, x, y);
    for (let el = node instanceof Element ? node : node?.parentElement; el; el = el.parentElement) {
      const marks = this.byBlock.get(el);
      if (!marks) continue;
      return marks.find((mark) => mark.ranges.some((range) => [...range.getClientRects()].some((rect) => contains(rect, x, y))));
    }
    return undefined;
  }
}
