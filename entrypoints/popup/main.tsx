import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { PrimarySourceDb } from '@/lib/store/db';
import { getTabRanking } from '@/lib/store/tab-state';
import '@/components/popup.css';

// The tab the popup describes: the active one, or `?tab=ID` when the popup is opened as a page.
async function describedTab(): Promise<{ id?: number; url?: string }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? {};
}

function webHostname(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? hostname : undefined;
}

const db = new PrimarySourceDb();
const tab = await describedTab();
createRoot(document.getElementById('root')!).render(
  <PopupApp
    db={db}
    hostname={webHostname(tab.url)}
    loadPageRanking={async () => (tab.id === undefined ? null : getTabRanking(tab.id))}
  />,
);
