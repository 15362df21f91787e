// Notices what the page changes after the first scan (late paragraphs, in-place pagination,
// framework re-renders, text that becomes editable), batched: reported after a quiet time,
// and at least every `maxWaitMs` on a page that never stops changing (a clock, a ticker).
// It watches the whole document, so a page that swaps its <body> is still followed.
import { isInSkippedSubtree } from './collect';

export interface Change {
  /** Elements whose text was added or changed, or 'all' after a burst. */
  roots: Element[] | 'all';
  /** Something was removed, or an attribute that may hide or make text editable changed. */
  removedOrAttributes: boolean;
}

export interface WatchOptions {
  signal: AbortSignal;
  /** Our own UI host: its changes are not the page's. */
  isOurs?: (node: Node) => boolean;
  /** Quiet time before a batch is reported. */
  debounceMs?: number;
  /** The longest a change waits, however busy the page. */
  maxWaitMs?: number;
  /** More changed roots than this in one batch: report one full rescan instead. */
  burstLimit?: number;
}

/** Attributes that can hide text or make it editable. */
/** Descendant elements under which a restyled element's text is read again. */
const SMALL_ELEMENT = 50;
const WATCHED_ATTRIBUTES = ['contenteditable', 'role', 'hidden', 'aria-hidden', 'style', 'class'];

export function watchMutations(
  root: Element,
  onChange: (change: Change) => void,
  { signal, isOurs = () => false, debounceMs = 250, maxWaitMs = 1000, burstLimit = 200 }: WatchOptions,
): void {
  const pending = new Set<Element>();
  let burst = false;
  let removedOrAttributes = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    const roots = [...pending].filter((el) => el.isConnected);
    pending.clear();
    const change: Change = {
      roots: burst ? 'all' : roots.filter((el) => !roots.some((other) => other !== el && other.contains(el))),
      removedOrAttributes,
    };
    burst = removedOrAttributes = false;
    if (change.roots === 'all' || change.roots.length > 0 || change.removedOrAttributes) onChange(change);
  };

  const note = (el: Element | null) => {
    if (el && !isOurs(el) && !isInSkippedSubtree(el, root)) pending.add(el);
  };

  const take = (records: MutationRecord[]) => {
    const before = pending.size > 0 || burst || removedOrAttributes;
    for (const record of records) {
      if (isOurs(record.target)) continue;
      if (record.type === 'characterData') note(record.target.parentElement);
      else if (record.type === 'attributes') {
        removedOrAttributes = true;
        // Text that was hidden or editable may now be readable. Style and class change all the
        // time on busy pages: only a small element's text is read again for them.
        const el = record.target as Element;
        const styling = record.attributeName === 'style' || record.attributeName === 'class';
        if (!burst && (!styling || el.getElementsByTagName('*').length < SMALL_ELEMENT)) note(el);
      } else {
        if (record.removedNodes.length > 0) removedOrAttributes = true;
        if (burst) continue;
        for (const node of record.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
          note(node instanceof Element ? node : node.parentElement);
        }
      }
      if (pending.size > burstLimit) {
        burst = true;
        pending.clear();
      }
    }
    if (!(pending.size > 0 || burst || removedOrAttributes)) return;
    const now = performance.now();
    if (!before) firstAt = now;
    clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - now)));
  };

  const observer = new MutationObserver(take);
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
