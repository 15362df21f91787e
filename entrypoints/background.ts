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
import { startUpdates } from '@/lib/sync/background';
import { findMentionsWith } from '@/lib/sync/combined-mentions';
import { EXTRA_MATCHER, extraTerms } from '@/lib/store/fetched';
import { setTabRanking } from '@/lib/store/tab-state';
import type { IndexManifest, TermStats } from '@/lib/release/types';

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
  // Every wake-up (install, update, browser start, after sleep) checks the index version: one
  // small read. Only a new version reloads the tables.
  const whenReady = once(() => ensureIndex(db, readPackageFile));
  const manifest = once(async () => (await (await readPackageFile('manifest.json')).json()) as IndexManifest);
  const matcher = once(async () => loadMatcher(await (await readPackageFile((await manifest()).files.matcher)).arrayBuffer()));
  const bundledTerms = once(async () => (await (await readPackageFile((await manifest()).files.terms)).json()) as TermStats);
  // Terms first listed by fetched releases join the bundled ones. Neither read waits for the
  // index load: on install, pages are matched before the tables are in.
  const termStats = once(async () => {
    const stats = await bundledTerms();
    const df = { ...stats.df, ...(await extraTerms(db)) };
    // The index holds what updates fetched too: its horizon is the newest of either.
    let horizon = stats.horizon;
    await db.fetchedReleases.each(({ release }) => {
      if (!horizon || release.date > horizon) horizon = release.date;
    });
    return { docCount: stats.docCount, df, horizon, vocabulary: new Set(Object.keys(df)) };
  });
  // Names first given by fetched releases: the small second automaton (lib/store/fetched.ts).
  const extraMatcher = once(async () => {
    const blob = await db.syncBlobs.get(EXTRA_MATCHER);
    return blob ? loadMatcher(blob.bytes) : undefined;
  });
  const source = once(async () => {
    await whenReady();
    const { df, docCount, horizon } = await termStats();
    return new DexieSource(db, df, docCount, horizon);
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

  serve(browser.runtime, {
    async analyzeText({ blocks, page }) {
      const [m, extra, { vocabulary }] = await Promise.all([matcher(), extraMatcher(), termStats()]);
      return { ...findMentionsWith(m, extra, blocks, page), terms: pageTerms(blocks.join('\n'), vocabulary) };
    },
    async rankPage(context, { tabId }) {
      const ranking = await rankPage(context, await source());
      if (tabId !== undefined) {
        await setTabRanking(tabId, ranking);
        // The badge is a courtesy: a tab closed meanwhile must not cost the page its ranking.
        action.setBadgeText({ tabId, text: ranking.page.length > 0 ? String(ranking.page.length) : '' }).catch((error: unknown) => {
          console.warn('Primary Source: badge not set', error);
        });
      }
      return ranking;
    },
    async setSaved({ id, saved }) {
      await whenReady();
      return { saved: await setSaved(db, id, saved) };
    },
    syncStatus: () => updates.status(),
    syncNow: () => updates.check(),
  });

  // A tab that loads a new page starts with nothing matched.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void setTabRanking(tabId, null);
    void action.setBadgeText({ tabId, text: '' });
  });
  browser.tabs.onRemoved.addListener((tabId) => void setTabRanking(tabId, null));
  void action.setBadgeBackgroundColor({ color: '#0b5cad' });
});
