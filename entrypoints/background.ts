// The background owns the extension's data: it loads the bundled index into Dexie, answers
// content scripts (which must not open IndexedDB themselves), and keeps per-tab results.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PrimarySourceDb } from '@/lib/db';
import { ensureIndex } from '@/lib/index-loader';
import { serve } from '@/lib/messages';
import { setSaved } from '@/lib/saved';
import { setTabRanking } from '@/lib/tab-state';

export default defineBackground(() => {
  const db = new PrimarySourceDb();
  const readPackageFile = (name: string) => fetch(browser.runtime.getURL(`/index/${name}` as '/'));

  // Every wake-up (install, update, browser start, after sleep) checks the index version: one
  // small read. Only a new version reloads the tables. A failed load is retried on next use.
  let loading: Promise<unknown> | undefined;
  const whenReady = () =>
    (loading ??= ensureIndex(db, readPackageFile).catch((error: unknown) => {
      loading = undefined;
      console.error('Primary Source: the bundled index could not be loaded', error);
      throw error;
    }));
  void whenReady();

  serve(browser.runtime, {
    async analyzeText() {
      await whenReady();
      throw new Error('not wired yet');
    },
    async rankPage(_context, { tabId }) {
      await whenReady();
      if (tabId !== undefined) await setTabRanking(tabId, null);
      throw new Error('not wired yet');
    },
    async setSaved({ id, saved }) {
      await whenReady();
      return { saved: await setSaved(db, id, saved) };
    },
  });
});
