// The background owns the extension's data: it loads the bundled index into Dexie, answers
// content scripts (which must not open IndexedDB themselves), and keeps per-tab results.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PrimarySourceDb } from '@/lib/db';
import { ensureIndex } from '@/lib/index-loader';
import { loadMatcher } from '@/lib/matcher/compile';
import { findMentions } from '@/lib/matcher/mentions';
import { serve } from '@/lib/messages';
import { DexieSource } from '@/lib/ranking/dexie-source';
import { pageTerms } from '@/lib/ranking/page-terms';
import { rankPage } from '@/lib/ranking/rank';
import { setSaved } from '@/lib/saved';
import { migrateSettings } from '@/lib/settings';
import { badgeTitle } from '@/lib/badge';
import { MENU_ID, searchPagePath } from '@/lib/context-search';
import { setTabRanking } from '@/lib/tab-state';
import type { IndexManifest, TermStats } from '@/lib/types';

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
    const { df, docCount } = await termStats();
    return new DexieSource(db, df, docCount);
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
        await action.setBadgeText({ tabId, text: ranking.page.length > 0 ? String(ranking.page.length) : '' });
        await action.setTitle({ tabId, title: badgeTitle(ranking.page.length) });
      }
      return ranking;
    },
    async setSaved({ id, saved }, { tabTitle, tabUrl }) {
      await whenReady();
      // Saved from the page in the sender's tab: the card needs to send nothing for it.
      return { saved: await setSaved(db, id, saved, Date.now(), { title: tabTitle, url: tabUrl }) };
    },
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
