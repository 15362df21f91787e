// Notices text the page adds or changes after the first scan (late paragraphs, in-place
// pagination), batched and debounced. The extension's own changes are dropped: the caller
// wraps them in `ours()`, which takes the observer's pending records before and after.
import { MARK_TAG, isInSkippedSubtree } from './collect';

export interface Watcher {
  /** Run our own DOM changes without hearing them back. */
  ours<T>(change: () => T): T;
}

export interface WatchOptions {
  signal: AbortSignal;
  /** Quiet time before a batch is reported. */
  debounceMs?: number;
  /** More changed roots than this in one batch: report one full rescan instead. */
  burstLimit?: number;
}

/** `onChange(roots)` with the elements to rescan, or `onChange('all')` after a burst. */
export function watchMutations(
  root: Element,
  onChange: (roots: Element[] | 'all') => void,
  { signal, debounceMs = 250, burstLimit = 200 }: WatchOptions,
): Watcher {
  const pending = new Set<Element>();
  let burst = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const isOurs = (node: Node) => {
    const el = node instanceof Element ? node : node.parentElement;
    return !el || el.closest(`${MARK_TAG}, [data-ps-ui]`) !== null;
  };

  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    const roots = [...pending].filter((el) => el.isConnected);
    pending.clear();
    const all = burst;
    burst = false;
    if (all) onChange('all');
    else if (roots.length > 0) onChange(roots.filter((el) => !roots.some((other) => other !== el && other.contains(el))));
  };

  const take = (records: MutationRecord[]) => {
    for (const record of records) {
      if (burst) break;
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent && !isOurs(record.target)) pending.add(parent);
        continue;
      }
      for (const node of record.addedNodes) {
        if (isOurs(node) || !node.parentElement) continue;
        if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
        const el = node instanceof Element ? node : node.parentElement;
        if (!isInSkippedSubtree(el, root)) pending.add(el);
      }
      if (pending.size > burstLimit) {
        burst = true;
        pending.clear();
      }
    }
    if (pending.size > 0 || burst) {
      clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    }
  };

  const observer = new MutationObserver(take);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    ours(change) {
      take(observer.takeRecords()); // the page's changes so far are real
      try {
        return change();
      } finally {
        observer.takeRecords(); // ours are not
      }
    },
  };
}
