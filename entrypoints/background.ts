// The background owns the extension's data: it loads the bundled index into Dexie, answers
// content scripts (which must not open IndexedDB themselves), and keeps per-tab results.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PrimarySourceDb } from '@/lib/store/db';
import { ensureIndex } from '@/lib/store/index-loader';
import { loadMatcher } from '@/lib/matcher/matcher';
import { findMentions } from '@/lib/matcher/mentions';
import { serve } from '@/lib/messages';
import { DexieSource } from '@/lib/store/dexie-source';
import { pageTerms } from '@/lib/ranking/page-terms';
import { rankPage } from '@/lib/ranking/rank';
import { setSaved } from '@/lib/store/saved';
import { setTabRanking } from '@/lib/store/tab-state';
import type { IndexManifest, TermStats } from '@/lib/release/types';

export default defineBackground(() => {
  const db = new PrimarySourceDb();
  const readPackageFile = (name: string) => fetch(browser.runtime.getURL(`/index/${name}` as '/'));
  const action = browser.action ?? browser.browserAction; // MV3 / Firefox MV2

  // Each is loaded once per wake-up, on first use, and retried on the next use if it failed.
  const once = <T>(load: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () =>
      (value ??= load().catch((error: unknown) => {
        value = undefined;
        console.error('Primary Source:', error);
        throw error;
      }));
  };
  // Every wake-up (install, update, browser start, after sleep) checks the index version: one
  // small read. Only a new version reloads the tables.
  const whenReady = once(() => ensureIndex(db, readPackageFile));
  const manifest = once(async () => (await (await readPackageFile('manifest.json')).json()) as IndexManifest);
  const matcher = once(async () => loadMatcher(await (await readPackageFile((await manifest()).files.matcher)).arrayBuffer()));
  const termStats = once(async () => {
    const stats = (await (await readPackageFile((await manifest()).files.terms)).json()) as TermStats;
    return { ...stats, vocabulary: new Set(Object.keys(stats.df)) };
  });
  const source = once(async () => {
    await whenReady();
    const { df, docCount, horizon } = await termStats();
    return new DexieSource(db, df, docCount, horizon);
  });
  void whenReady();

  serve(browser.runtime, {
    async analyzeText({ blocks, page }) {
      const [m, { vocabulary }] = await Promise.all([matcher(), termStats()]);
      return { ...findMentions(m, blocks, page), terms: pageTerms(blocks.join('\n'), vocabulary) };
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
