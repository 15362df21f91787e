// Wires lib/dom to the page: scan, mark, rank, popover, and rescans for late or replaced
// text and for in-app navigation. Everything stops when the reader turns the site off or the
// extension is updated or disabled (WXT's ctx is invalidated).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { unannotate } from '@/lib/dom/annotate';
import { PageScan } from '@/lib/dom/page-scan';
import { watchMutations } from '@/lib/dom/watch';
import { type PageRanking, request } from '@/lib/messages';
import { pageDate } from '@/lib/dom/page-date';
import { isEnabledOn, settingsItem, type Settings } from '@/lib/store/settings';
import { setUpPopover } from './popover';
import './marks.css';

/**
 * A page that keeps re-rendering the same text (removing our marks each time) gets this many
 * rescans of it, then peace. Keyed by text, since a re-render brings new elements.
 */
const MAX_RESCANS_OF_SAME_TEXT = 3;
/** In-app navigation changes the URL first and the article after: give it time to render. */
const NAVIGATION_SETTLE_MS = 400;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    let stop: AbortController | undefined;
    const apply = (settings: Settings) => {
      stop?.abort();
      stop = undefined;
      if (!isEnabledOn(settings, location.hostname)) return;
      stop = new AbortController();
      void run(ctx, settings, AbortSignal.any([ctx.signal, stop.signal]));
    };
    apply(await settingsItem.getValue());
    const unwatch = settingsItem.watch(apply);
    ctx.onInvalidated(() => {
      unwatch();
      stop?.abort();
    });
  },
});

async function run(ctx: ContentScriptContext, settings: Settings, signal: AbortSignal): Promise<void> {
  let ranking: PageRanking | null = null;
  // Each article gets its own scan, stopped when the app navigates to another.
  let article = new AbortController();
  let scan = newScan();
  const rescans = new Map<string, number>();
  let settling: ReturnType<typeof setTimeout> | undefined;

  function newScan() {
    article = new AbortController();
    return new PageScan(
      settings.markPolicy,
      {
        analyze: (blocks, page) => request(browser.runtime, 'analyzeText', { blocks, page }),
        label: () => 'Official Treasury releases: hover or press Tab',
        ours: (change) => watcher.ours(change),
      },
      AbortSignal.any([signal, article.signal]),
    );
  }

  async function rank() {
    if (signal.aborted || Object.keys(scan.entityCounts).length === 0) return;
    ranking = await request(browser.runtime, 'rankPage', scan.context(pageDate(document)));
  }

  // The popover exists only on pages where something was marked: elsewhere we add nothing.
  let popover: Promise<void> | undefined;
  const ensurePopover = () =>
    (popover ??= setUpPopover(ctx, signal, {
      ranking: () => ranking,
      save: async (id, saved) => (await request(browser.runtime, 'setSaved', { id, saved })).saved,
    }));

  async function scanAndRank(roots: Element[]) {
    try {
      const before = Object.keys(scan.entityCounts).length;
      if ((await scan.scan(roots)) > 0) await ensurePopover();
      if (Object.keys(scan.entityCounts).length !== before || ranking === null) await rank();
    } catch (error) {
      // The extension was reloaded or updated under this page: nothing to do but stop.
      if (!signal.aborted) console.debug('Primary Source:', error);
    }
  }

  const watcher = watchMutations(
    document.body,
    (roots) => {
      const fresh =
        roots === 'all'
          ? [document.body]
          : roots.filter((root) => {
              const text = root.textContent ?? '';
              const n = (rescans.get(text) ?? 0) + 1;
              rescans.set(text, n);
              return n <= MAX_RESCANS_OF_SAME_TEXT;
            });
      if (fresh.length > 0) void scanAndRank(fresh);
    },
    { signal },
  );

  signal.addEventListener('abort', () => watcher.ours(() => unannotate(document.body)));

  // In-app navigation: a new article in the same document.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (signal.aborted) return;
    article.abort();
    watcher.ours(() => unannotate(document.body));
    ranking = null;
    rescans.clear();
    scan = newScan();
    clearTimeout(settling);
    settling = setTimeout(() => void scanAndRank([document.body]), NAVIGATION_SETTLE_MS);
  });
  signal.addEventListener('abort', () => clearTimeout(settling));

  await scanAndRank([document.body]);
}
