// Wraps mentions in marks. Contract used by tests and other tools: each marked mention is one
// element carrying data-ps-entity="<entity id>". A mention split across inline elements
// (`<a>Scott</a> <b>Bessent</b>`) is wrapped piece by piece: the first piece carries
// data-ps-entity and takes focus; every piece carries the same data-ps-mention, so hovering
// any piece opens the popover for the first.
import type { Mention } from '../matcher/types';
import { MARK_TAG, type TextBlock } from './collect';

export const ENTITY_ATTR = 'data-ps-entity';
export const MENTION_ATTR = 'data-ps-mention';

let nextMentionId = 0;

function makeMark(doc: Document, mentionId: string): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute(MENTION_ATTR, mentionId);
  return mark;
}

/** Wrap `[start, end)` of a text node; returns the mark. */
function wrapRange(node: Text, start: number, end: number, mark: HTMLElement): void {
  const middle = start > 0 ? node.splitText(start) : node;
  if (end - start < middle.data.length) middle.splitText(end - start);
  middle.replaceWith(mark);
  mark.append(middle);
}

/**
 * Wraps `mentions` (offsets into block.text, non-overlapping) and returns the first piece of
 * each. The block's text nodes are consumed: collect again before wrapping more.
 */
export function annotateBlock(block: TextBlock, mentions: readonly Mention[], label: (m: Mention) => string): HTMLElement[] {
  const doc = block.element.ownerDocument;
  const firsts: HTMLElement[] = [];
  // Last mention first: splitting a node never shifts the offsets of earlier mentions.
  const ordered = [...mentions].sort((a, b) => b.start - a.start);
  for (const mention of ordered) {
    const id = `m${++nextMentionId}`;
    let first: HTMLElement | undefined;
    // Pieces from the last node backwards, for the same reason.
    for (let i = block.nodes.length - 1; i >= 0; i--) {
      const node = block.nodes[i]!;
      const nodeStart = block.starts[i]!;
      const from = Math.max(mention.start, nodeStart);
      const to = Math.min(mention.end, nodeStart + node.data.length);
      if (from >= to) continue;
      if (!/\S/.test(node.data.slice(from - nodeStart, to - nodeStart))) continue; // the space between pieces
      const mark = makeMark(doc, id);
      wrapRange(node, from - nodeStart, to - nodeStart, mark);
      first = mark;
    }
    if (!first) continue;
    first.setAttribute(ENTITY_ATTR, mention.entityId);
    first.setAttribute('aria-haspopup', 'dialog');
    first.setAttribute('aria-expanded', 'false');
    first.setAttribute('aria-description', label(mention));
    // Inside a link the link takes focus (nested focus targets confuse keyboard users); the
    // popup's "On this page" lists the same releases.
    if (!first.closest('a[href], button')) first.tabIndex = 0;
    firsts.push(first);
  }
  return firsts.reverse();
}

/** The first piece of the mention `el` belongs to (el itself for single-piece mentions). */
export function firstPiece(el: Element): HTMLElement | null {
  const piece = el.closest<HTMLElement>(`${MARK_TAG}[${MENTION_ATTR}]`);
  if (!piece || piece.hasAttribute(ENTITY_ATTR)) return piece;
  const id = piece.getAttribute(MENTION_ATTR);
  return piece.ownerDocument.querySelector<HTMLElement>(`${MARK_TAG}[${MENTION_ATTR}="${id}"][${ENTITY_ATTR}]`);
}

/** Removes every mark under `root`, restoring the text as it was. */
export function unannotate(root: ParentNode): void {
  const parents = new Set<Node>();
  for (const mark of [...root.querySelectorAll(MARK_TAG)]) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
