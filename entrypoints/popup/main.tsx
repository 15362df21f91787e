import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { PrimarySourceDb } from '@/lib/store/db';
import { SearchWithFetched } from '@/lib/search/combined';
import { loadSearch } from '@/lib/search/loader';
import { fetchedWithEntities } from '@/lib/store/fetched';
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

// The prebuilt search index, fetched from the package as the popup opens (not from
// IndexedDB, and not built here). The mark lets the bench time open-to-interactive.
// Releases that updates fetched join it when read (they are few, indexed here); the search
// does not wait for them.
const db = new PrimarySourceDb();
const search = loadSearch((name) => fetch(browser.runtime.getURL(`/index/${name}` as '/'))).then((bundled) => {
  performance.mark('primary-source search ready');
  const combined = new SearchWithFetched(bundled);
  fetchedWithEntities(db).then(
    ({ releases, entities }) => combined.addFetched(releases, entities),
    (error: unknown) => console.error('Primary Source: fetched releases not searchable', error),
  );
  return combined;
});
const getSearch = () => search;
const tab = await describedTab();
// `?q=` opens the search for it (the context menu on selected text).
const initialQuery = new URLSearchParams(location.search).get('q') ?? undefined;
createRoot(document.getElementById('root')!).render(
  <PopupApp
    db={db}
    hostname={webHostname(tab.url)}
    loadPageRanking={async () => (tab.id === undefined ? null : getTabRanking(tab.id))}
    loadSearch={getSearch}
    initialQuery={initialQuery}
  />,
);
