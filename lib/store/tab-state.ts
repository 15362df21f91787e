// What matched on each tab, kept in session storage: it survives the service worker's sleep,
// is gone with the browser session, and content scripts cannot read it (trusted contexts only).
import { storage } from 'wxt/utils/storage';
import type { PageRanking } from '../ranking/types';

const key = (tabId: number) => `session:ranking:${tabId}` as const;

export async function setTabRanking(tabId: number, ranking: PageRanking | null): Promise<void> {
  if (ranking) await storage.setItem(key(tabId), ranking);
  else await storage.removeItem(key(tabId));
}

export async function getTabRanking(tabId: number): Promise<PageRanking | null> {
  return storage.getItem<PageRanking>(key(tabId));
}
