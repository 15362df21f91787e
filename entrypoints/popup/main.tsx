import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { PrimarySourceDb } from '@/lib/db';
import { getTabRanking } from '@/lib/tab-state';
import '@/components/popup.css';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const db = new PrimarySourceDb();
createRoot(document.getElementById('root')!).render(
  <PopupApp
    db={db}
    loadPageRanking={async () => {
      const tabId = await activeTabId();
      return tabId === undefined ? null : getTabRanking(tabId);
    }}
  />,
);
