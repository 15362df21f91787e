import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { PrimarySourceDb, SavedRelease } from '@/lib/store/db';
import type { PageRanking } from '@/lib/messages';
import { IndexStore } from '@/lib/store/index-store';
import { listSaved, setSaved } from '@/lib/store/saved';
import { ReleaseSearch, searchable } from '@/lib/search/search';
import { ReleaseLink } from './ReleaseLink';
import { SaveToggle } from './SaveToggle';
import { SiteSwitch } from './SiteSwitch';
import { UpdateStatus } from './UpdateStatus';

type View = 'page' | 'search' | 'saved';

const views: { id: View; label: string }[] = [
  { id: 'page', label: 'On this page' },
  { id: 'search', label: 'Search' },
  { id: 'saved', label: 'Saved' },
];

export function PopupApp({
  db,
  hostname,
  loadPageRanking,
}: {
  db: PrimarySourceDb;
  /** The current tab's site, when it is a web page. */
  hostname?: string;
  loadPageRanking: () => Promise<PageRanking | null>;
}) {
  const [view, setView] = useState<View>('page');
  const [saved, setSavedList] = useState<SavedRelease[]>([]);
  const savedIds = useMemo(() => new Set(saved.map((s) => s.id)), [saved]);

  const refreshSaved = () => listSaved(db).then(setSavedList);
  useEffect(() => {
    void refreshSaved();
  }, []);

  const toggle = async (id: string, next: boolean) => {
    const result = await setSaved(db, id, next);
    await refreshSaved();
    return result;
  };
  const saveAction = (release: { id: string; title: string }) => (
    <SaveToggle
      key={`${release.id}:${savedIds.has(release.id)}`}
      title={release.title}
      initiallySaved={savedIds.has(release.id)}
      onChange={(next) => toggle(release.id, next)}
    />
  );

  return (
    <main className="ps-popup">
      <header>
        <h1>Primary Source</h1>
        {hostname && <SiteSwitch hostname={hostname} />}
        <UpdateStatus />
        <nav role="tablist" aria-label="Views">
          {views.map((v) => (
            <button
              key={v.id}
              role="tab"
              type="button"
              id={`tab-${v.id}`}
              aria-selected={view === v.id}
              aria-controls={`panel-${v.id}`}
              onClick={() => setView(v.id)}
            >
              {v.label}
              {v.id === 'saved' && saved.length > 0 ? ` (${saved.length})` : ''}
            </button>
          ))}
        </nav>
      </header>
      <section role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'page' && <PageView load={loadPageRanking} saveAction={saveAction} />}
        {view === 'search' && <SearchView db={db} saveAction={saveAction} />}
        {view === 'saved' && (
          <SavedView saved={saved} saveAction={saveAction} />
        )}
      </section>
    </main>
  );
}

type SaveAction = (release: { id: string; title: string }) => React.ReactNode;

function PageView({ load, saveAction }: { load: () => Promise<PageRanking | null>; saveAction: SaveAction }) {
  const [ranking, setRanking] = useState<PageRanking | null | undefined>(undefined);
  useEffect(() => {
    load().then(setRanking, () => setRanking(null));
  }, [load]);
  if (ranking === undefined) return <p className="ps-muted">Looking…</p>;
  if (!ranking || Object.keys(ranking.byEntity).length === 0) {
    return <p className="ps-muted">Nothing on this page names an official or topic in the Treasury record.</p>;
  }
  const entities = Object.values(ranking.byEntity);
  return (
    <>
      {ranking.page.length > 0 ? (
        <>
          <h2>Releases this page is about</h2>
          <ul className="ps-list">
            {ranking.page.map((r) => (
              <ReleaseLink key={r.release.id} release={r.release} reasons={r.reasons} action={saveAction(r.release)} />
            ))}
          </ul>
        </>
      ) : (
        <p className="ps-muted">No release matches this article closely.</p>
      )}
      {ranking.undated && <p className="ps-muted">This page states no date: ranked on content alone.</p>}
      <h2>Named on this page</h2>
      <ul className="ps-entities">
        {entities.map((e) => (
          <li key={e.entity.id}>
            {e.entity.name}
            {e.entity.role ? <span className="ps-muted"> — {e.entity.role}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function SearchView({ db, saveAction }: { db: PrimarySourceDb; saveAction: SaveAction }) {
  const [search, setSearch] = useState<ReleaseSearch | null>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    // Right after install the background may still be loading the index: wait for it.
    let cancelled = false;
    const load = async () => {
      const rows = await new IndexStore(db).allReleases();
      if (cancelled) return;
      if (rows.length === 0) return void setTimeout(load, 300);
      setSearch(new ReleaseSearch(rows.map(searchable)));
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [db]);
  // A fuzzy pass over 15,000 titles takes tens of milliseconds: typing must not wait for it.
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(() => (search ? search.search(deferredQuery) : []), [search, deferredQuery]);
  return (
    <>
      <label className="ps-search">
        <span className="ps-visually-hidden">Search releases</span>
        <input
          type="search"
          autoFocus
          placeholder="Search releases, e.g. critical minerals"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      {!search && <p className="ps-muted">Loading the index…</p>}
      {search && deferredQuery.trim().length >= 2 && results.length === 0 && <p className="ps-muted">No release found.</p>}
      <ul className="ps-list" aria-live="polite">
        {results.map((release) => (
          <ReleaseLink key={release.id} release={release} action={saveAction(release)} />
        ))}
      </ul>
    </>
  );
}

function SavedView({ saved, saveAction }: { saved: SavedRelease[]; saveAction: SaveAction }) {
  if (saved.length === 0) return <p className="ps-muted">Nothing saved yet. Use “Save for later” on a release.</p>;
  return (
    <ul className="ps-list">
      {saved.map((s) => (
        <ReleaseLink key={s.id} release={s} action={saveAction(s)} />
      ))}
    </ul>
  );
}
