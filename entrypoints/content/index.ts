// Wires lib/dom to the page: scan, mark (ranges painted by the browser: the page's DOM is never
// changed), rank, card and panel, and rescans for late, changed or replaced text and for in-app
// navigation. Everything stops when the reader turns the site off or the extension is updated
// or disabled (WXT's ctx is invalidated).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isInSkippedSubtree, isRendered } from '@/lib/dom/collect';
import { cssHighlighter } from '@/lib/dom/highlight-api';
import { MarkLayer } from '@/lib/dom/marks';
import { PageScan } from '@/lib/dom/page-scan';
import { watchMutations } from '@/lib/dom/watch';
import { type PageRanking, request } from '@/lib/messages';
import { pageDate } from '@/lib/dom/page-date';
import { isEnabledOn, settingsItem, type Settings } from '@/lib/store/settings';
import css from '@/components/popover.css?inline';
import { createUiHost, type UiHost } from './host';
import { setUpPanel } from './panel';
import { type Card, setUpCard } from './popover';
import { type Seam, serveSeam } from './seam';

/** In-app navigation changes the URL first and the article after: give it time to render. */
const NAVIGATION_SETTLE_MS = 400;

/** The extension was reloaded, updated or removed under this page: not an error, just the end. */
function contextGone(error: unknown): boolean {
  return !browser.runtime?.id || /context invalidated/i.test(String(error));
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's announcement would tell every page the extension's id (a window.postMessage).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let stop: AbortController | undefined;
    let seam: Seam | undefined;
    const apply = (settings: Settings) => {
      stop?.abort();
      stop = undefined;
      seam = undefined;
      if (!isEnabledOn(settings, location.hostname)) return;
      stop = new AbortController();
      seam = run(ctx, settings, AbortSignal.any([ctx.signal, stop.signal]));
    };
    serveSeam(ctx.signal, () => seam);
    apply(await settingsItem.getValue());
    const unwatch = settingsItem.watch(apply);
    ctx.onInvalidated(() => {
      unwatch();
      stop?.abort();
    });
  },
});

function run(ctx: ContentScriptContext, settings: Settings, signal: AbortSignal): Seam | undefined {
  const highlighter = cssHighlighter(document);
  if (!highlighter) return undefined; // no Custom Highlight API: we draw nothing rather than touch the page
  const layer = new MarkLayer(highlighter, window);
  let ranking: PageRanking | null = null;
  // Each article gets its own scan, stopped when the app navigates to another.
  let article = new AbortController();
  let scan = newScan();
  let settling: ReturnType<typeof setTimeout> | undefined;

  function newScan() {
    article = new AbortController();
    return new PageScan(
      settings.markPolicy,
      {
        analyze: (blocks, page) => request(browser.runtime, 'analyzeText', { blocks, page }),
        layer,
        failed(error) {
          if (contextGone(error)) throw error;
          console.error('Primary Source: a batch of text could not be analysed', error);
        },
      },
      AbortSignal.any([signal, article.signal]),
    );
  }

  async function rank() {
    if (signal.aborted || Object.keys(scan.entityCounts).length === 0) return;
    ranking = await request(browser.runtime, 'rankPage', scan.context(pageDate(document)));
    ui?.card.rankingChanged();
  }

  // Our UI exists only on pages where something was marked: elsewhere we add nothing.
  let ui: { host: UiHost; card: Card; panel: ReturnType<typeof setUpPanel> } | undefined;
  const ensureUi = () => {
    if (ui) return ui;
    const host = createUiHost(document, css);
    const card = setUpCard(signal, {
      ui: host,
      layer,
      ranking: () => ranking,
      token: async (entityId, focus, scheme) => (await request(browser.runtime, 'openCard', { entityId, focus, scheme })).token,
      frameUrl: browser.runtime.getURL('/card.html'),
    });
    ui = { host, card, panel: setUpPanel(signal, host, layer, card, () => ranking) };
    signal.addEventListener('abort', () => host.remove());
    return ui;
  };

  const scans = { finished: 0, running: 0 };
  async function scanAndRank(roots: Element[]) {
    scans.running++;
    try {
      const before = Object.keys(scan.entityCounts).length;
      if ((await scan.scan(roots)) > 0) ensureUi();
      if (Object.keys(scan.entityCounts).length !== before || ranking === null) await rank();
    } catch (error) {
      if (signal.aborted || contextGone(error)) return;
      console.error('Primary Source:', error);
    } finally {
      scans.running--;
      scans.finished++;
    }
  }

  // A block stays marked while it is readable text: not hidden, not editable.
  const readable = (block: Element) => !isInSkippedSubtree(block, document.documentElement) && isRendered(block);

  // The whole document, not <body>: a page that swaps its body is still followed.
  watchMutations(
    document.documentElement,
    ({ roots, removedOrAttributes }) => {
      const stale = layer.prune(removedOrAttributes ? readable : undefined);
      ui?.card.refresh();
      const fresh = roots === 'all' ? [document.body] : [...roots, ...stale];
      if (fresh.length > 0) void scanAndRank(fresh);
    },
    { signal, isOurs: (node) => ui !== undefined && (node === ui.host.host || ui.host.host.contains(node)) },
  );

  signal.addEventListener('abort', () => layer.clear());

  // In-app navigation: a new article in the same document.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (signal.aborted) return;
    article.abort();
    ui?.card.close();
    layer.clear();
    ranking = null;
    scan = newScan();
    clearTimeout(settling);
    settling = setTimeout(() => void scanAndRank([document.body]), NAVIGATION_SETTLE_MS);
  });
  signal.addEventListener('abort', () => clearTimeout(settling));

  void scanAndRank([document.body]);
  return {
    marks: () => layer.inOrder(),
    card: () => ui?.card.state() ?? { open: false, entity: '', releases: [] },
    scan: () => ({ mainThreadMs: scan.mainThreadMs, ...scans }),
    panel: () => ensureUi().panel.show(),
    fromFrame: (note) => ui?.card.fromFrame(note),
  };
}
