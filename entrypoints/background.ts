// The background owns the extension's data: it loads the bundled index into Dexie, answers
// content scripts (which must not open IndexedDB themselves), and keeps per-tab results.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PrimarySourceDb } from '@/lib/store/db';
import { ensureIndex } from '@/lib/store/index-loader';
import { loadMatcher } from '@/lib/matcher/matcher';
import { serve } from '@/lib/messages';
import { DexieSource } from '@/lib/store/dexie-source';
import { pageTerms } from '@/lib/ranking/page-terms';
import { rankPage } from '@/lib/ranking/rank';
import { setSaved } from '@/lib/store/saved';
import { migrateSettings } from '@/lib/store/settings';
import { badgeTitle } from '@/components/badge';
import { MENU_ID, searchPagePath } from '@/components/context-search';
import { startUpdates } from '@/lib/sync/background';
import { findMentionsWith } from '@/lib/sync/combined-mentions';
import { EXTRA_MATCHER, extraTerms, newestFetchedDate } from '@/lib/store/fetched';
import { getTabRanking, setTabRanking } from '@/lib/store/tab-state';
import { cardTokens } from '@/lib/store/card-tokens';
import type { IndexManifest, TermStats } from '@/lib/release/types';

/** The later of two YYYY-MM-DD dates, either possibly absent. */
const newestOf = (a: string | undefined, b: string | undefined) => (!a || (b && b > a) ? b : a);

export default defineBackground(() => {
  const db = new PrimarySourceDb();
  const readPackageFile = (name: string) => fetch(browser.runtime.getURL(`/index/${name}` as '/'));
  const action = browser.action ?? browser.browserAction; // MV3 / Firefox MV2

  // Each is loaded once per wake-up, on first use, and retried on the next use if it failed.
  const once = <T>(load: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    const get = () =>
      (value ??= load().catch((error: unknown) => {
        value = undefined;
        console.error('Primary Source:', error);
        throw error;
      }));
    // After an update wrote new releases: load again on next use.
    get.reset = () => void (value = undefined);
    return get;
  };
  // Every use checks the index: its version and its tables' row counts, a few small reads
  // (concurrent uses share one check). A new version, or a database deleted or emptied under
  // the running worker, reloads the tables.
  let checking: Promise<boolean> | undefined;
  const whenReady = () =>
    (checking ??= ensureIndex(db, readPackageFile)
      .catch((error: unknown) => {
        console.error('Primary Source:', error);
        throw error;
      })
      .finally(() => (checking = undefined)));
  const manifest = once(async () => (await (await readPackageFile('manifest.json')).json()) as IndexManifest);
  const matcher = once(async () => loadMatcher(await (await readPackageFile((await manifest()).files.matcher)).arrayBuffer()));
  const bundledTerms = once(async () => (await (await readPackageFile((await manifest()).files.terms)).json()) as TermStats);
  // Terms first listed by fetched releases join the bundled ones. Neither read waits for the
  // index load: on install, pages are matched before the tables are in.
  const termStats = once(async () => {
    const stats = await bundledTerms();
    const df = { ...stats.df, ...(await extraTerms(db)) };
    return { docCount: stats.docCount, df, horizon: stats.horizon, vocabulary: new Set(Object.keys(df)) };
  });
  // Names first given by fetched releases: the small second automaton (lib/store/fetched.ts).
  const extraMatcher = once(async () => {
    const blob = await db.syncBlobs.get(EXTRA_MATCHER);
    return blob ? loadMatcher(blob.bytes) : undefined;
  });
  // Ranking reads the tables, so it waits for the index load anyway; matching does not.
  const source = once(async () => {
    const { df, docCount, horizon } = await termStats();
    return new DexieSource(db, df, docCount, newestOf(horizon, await newestFetchedDate(db)));
  });
  void whenReady();
  const updates = startUpdates(db, {
    ready: whenReady,
    terms: bundledTerms,
    onChange: () => {
      termStats.reset();
      extraMatcher.reset();
      source.reset();
    },
  });
  const tokens = cardTokens();
  const origin = new URL(browser.runtime.getURL('/')).origin;
  const isOurPage = (url: string | undefined) => url !== undefined && new URL(url).origin === origin;

  serve(browser.runtime, {
    async analyzeText({ blocks, page }) {
      const [m, extra, { vocabulary }] = await Promise.all([matcher(), extraMatcher(), termStats()]);
      return { ...findMentionsWith(m, extra, blocks, page), terms: pageTerms(blocks.join('\n'), vocabulary) };
    },
    async rankPage(context, { tabId }) {
      await whenReady();
      const ranking = await rankPage(context, await source());
      if (tabId !== undefined) {
        await setTabRanking(tabId, ranking);
        // The badge is a courtesy: a tab closed meanwhile must not cost the page its ranking.
        const count = ranking.page.length;
        Promise.all([
          action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
          action.setTitle({ tabId, title: badgeTitle(count) }),
        ]).catch((error: unknown) => console.warn('Primary Source: badge not set', error));
      }
      return ranking;
    },
    async setSaved({ id, saved }, { url, tabTitle, tabUrl }) {
      // Only the extension's own pages (the card frame): a content script runs in the page.
      if (!isOurPage(url)) throw new Error('setSaved is answered to extension pages only');
      await whenReady();
      // Saved from the page in the sender's tab: the card needs to send nothing for it.
      return { saved: await setSaved(db, id, saved, Date.now(), { title: tabTitle, url: tabUrl }) };
    },
    syncStatus: () => updates.status(),
    syncNow: () => updates.check(),
    openCard({ entityId, focus, scheme }, { tabId }) {
      if (tabId === undefined) throw new Error('openCard comes from a tab');
      return { token: tokens.issue({ tabId, entityId, focus, scheme }) };
    },
    async cardData({ token }, { tabId, url }) {
      const card = isOurPage(url) ? tokens.redeem(token, tabId) : undefined;
      if (!card) throw new Error('Unknown card');
      const ranking = await getTabRanking(card.tabId);
      const entry = ranking?.byEntity[card.entityId];
      if (!ranking || !entry) throw new Error('Nothing to show');
      await whenReady();
      const saved = await db.saved.bulkGet(entry.releases.map((r) => r.release.id));
      const savedIds = saved.flatMap((row) => (row ? [row.id] : []));
      return { entry, undated: ranking.undated, saved: savedIds, focus: card.focus, scheme: card.scheme };
    },
    async cardFrame(note, { tabId, url }) {
      if (tabId !== undefined && isOurPage(url)) await browser.tabs.sendMessage(tabId, { type: 'cardFrame', note }, { frameId: 0 });
      return null;
    },
  });

  // The reader's shortcut: the panel of the page's entities, in the active tab.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'open-panel') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) return browser.tabs.sendMessage(tab.id, { type: 'panel' }, { frameId: 0 }).catch(() => undefined);
    });
  });

  // A tab that loads a new page starts with nothing matched.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void setTabRanking(tabId, null);
    void action.setBadgeText({ tabId, text: '' });
    void action.setTitle({ tabId, title: badgeTitle(0) });
  });
  browser.tabs.onRemoved.addListener((tabId) => void setTabRanking(tabId, null));

  // Settings moved from storage.sync to storage.local (lib/settings).
  void migrateSettings();
  // contextMenus: search the selected text. Menus persist, so they are made on install/update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: "Search Primary Source for '%s'", contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    void browser.tabs.create({ url: browser.runtime.getURL(searchPagePath(info.selectionText) as '/') });
  });
  void action.setBadgeBackgroundColor({ color: '#0b5cad' });
});
