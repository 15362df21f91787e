// Turns mentions into marks: ranges over the page's text, never elements. A mention split
// across inline elements (`<a>Scott</a> <b>Bessent</b>`) is one mark with a range per piece.
// A mark remembers the text each piece covered: when the page changes or removes it, the mark
// is stale and is dropped (lib/dom/marks.ts), and the block is analysed again.
import type { Mention } from '../messages';
import type { TextBlock } from './collect';

export interface MarkPiece {
  node: Text;
  start: number;
  end: number;
  /** The text the piece covered when it was marked. */
  text: string;
}

export interface Mark {
  /** Unique on the page, in the order marks were made. */
  id: number;
  entityId: string;
  /** The paragraph-like element the mention is in (TextBlock.element). */
  block: Element;
  /** The mention's text as the page shows it. */
  text: string;
  pieces: MarkPiece[];
  /** One per piece; painted by a Highlighter. */
  ranges: Range[];
}

let nextMarkId = 0;

/** Marks for `mentions` (offsets into block.text, non-overlapping); the DOM is not changed. */
export function annotateBlock(block: TextBlock, mentions: readonly Mention[]): Mark[] {
  const doc = block.element.ownerDocument;
  const marks: Mark[] = [];
  for (const mention of mentions) {
    const pieces: MarkPiece[] = [];
    for (const [i, node] of block.nodes.entries()) {
      const nodeStart = block.starts[i]!;
      const from = Math.max(mention.start, nodeStart) - nodeStart;
      const to = Math.min(mention.end, nodeStart + node.data.length) - nodeStart;
      if (from >= to) continue;
      const text = node.data.slice(from, to);
      if (!/\S/.test(text)) continue; // the space between pieces
      pieces.push({ node, start: from, end: to, text });
    }
    if (pieces.length === 0) continue;
    const ranges = pieces.map(({ node, start, end }) => {
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    });
    marks.push({
      id: ++nextMarkId,
      entityId: mention.entityId,
      block: block.element,
      text: block.text.slice(mention.start, mention.end).replace(/\s+/g, ' '),
      pieces,
      ranges,
    });
  }
  return marks;
}

/** The page has not changed or removed the text the mark covers. */
export function isCurrent(mark: Mark): boolean {
  return mark.pieces.every(({ node, start, end, text }) => node.isConnected && node.data.slice(start, end) === text);
}
