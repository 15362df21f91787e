// Turns a page into text blocks for the matcher: one block per paragraph-like element, its
// text joined across inline elements (so `<a>Scott</a> <b>Bessent</b>` reads "Scott Bessent"),
// with a map from block offsets back to the text nodes. Skips what a reader does not read as
// article text, and what is not ours to touch.

/** A run of text in one paragraph-like element. `text` offsets map to `nodes` via `starts`. */
export interface TextBlock {
  element: Element;
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in `text`. Offsets in no node are separators (a <br>). */
  starts: number[];
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'HEAD',
  'TITLE',
]);

/** Roles of elements the reader types into: never marked, whatever the markup. */
const EDITABLE_ROLES = new Set(['textbox', 'searchbox', 'combobox']);

/** Elements that flow inside a paragraph: text across them is one block. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'BR',
  'NOBR',
  'TT',
]);

function isSkipped(el: Element): boolean {
  return (
    SKIPPED.has(el.tagName.toUpperCase()) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    EDITABLE_ROLES.has(el.getAttribute('role') ?? '') ||
    (el as HTMLElement).isContentEditable === true ||
    (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false')
  );
}

/** The paragraph-like element around `el` (el itself unless it flows inside a paragraph). */
export function enclosingBlock(el: Element): Element {
  let block = el;
  while (INLINE.has(block.tagName.toUpperCase()) && block.parentElement) block = block.parentElement;
  return block;
}

function blockOf(node: Node, root: Node): Element {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (!INLINE.has(el.tagName.toUpperCase()) || el === root) return el;
  }
  return root as Element;
}

/** display:none (or content-visibility hidden) anywhere above: checked once per block. */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el);
  const view = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e && view; e = e.parentElement) {
    if (view.getComputedStyle(e).display === 'none') return false;
  }
  return true;
}

/** Whether `node` lies in a subtree the collector never reads. */
export function isInSkippedSubtree(node: Node, root: Node = node.ownerDocument?.body ?? node): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/**
 * Blocks under `root`, in document order, one at a time so the caller can yield to the page
 * between them. Whitespace-only blocks are left out.
 */
export function* collectBlocks(root: Element): Generator<TextBlock> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isSkipped(el)) return NodeFilter.FILTER_REJECT;
      return el.tagName.toUpperCase() === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  if (root !== doc.body && isInSkippedSubtree(root)) return;

  let current = null as TextBlock | null;
  const visible = new Map<Element, boolean>();
  const finish = (block: TextBlock | null) => (block && /\S/.test(block.text) ? block : null);

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node, root);
    if (current?.element !== block) {
      const done = finish(current);
      if (done) yield done;
      current = { element: block, text: '', nodes: [], starts: [] };
    }
    if (node.nodeType !== Node.TEXT_NODE) {
      current.text += '\n'; // a <br>: words on either side are not one name
      continue;
    }
    let shown = visible.get(block);
    if (shown === undefined) visible.set(block, (shown = isRendered(block)));
    if (!shown) continue;
    current.nodes.push(node as Text);
    current.starts.push(current.text.length);
    current.text += (node as Text).data;
  }
  const done = finish(current);
  if (done) yield done;
}
