import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PrimarySourceDb, SavedRelease } from '@/lib/store/db';
import type { PageRanking } from '@/lib/messages';
import { listSaved, setSaved } from '@/lib/store/saved';
import type { Searcher } from '@/lib/search/combined';
import { ReleaseLink } from './ReleaseLink';
import { SavedView } from './SavedView';
import { SaveToggle } from './SaveToggle';
import { type SaveAction, SearchView } from './SearchView';
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
  loadSearch,
  initialQuery,
}: {
  db: PrimarySourceDb;
  /** The current tab's site, when it is a web page. */
  hostname?: string;
  loadPageRanking: () => Promise<PageRanking | null>;
  loadSearch: () => Promise<Searcher>;
  /** Opened to search for this (the page's context menu): starts on the Search tab. */
  initialQuery?: string;
}) {
  const [view, setView] = useState<View>(initialQuery ? 'search' : 'page');
  const [saved, setSavedList] = useState<SavedRelease[]>([]);
  const savedIds = useMemo(() => new Set(saved.map((s) => s.id)), [saved]);

  const refreshSaved = useCallback(() => listSaved(db).then(setSavedList), [db]);
  useEffect(() => {
    void refreshSaved();
  }, [refreshSaved]);

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
        <div role="tablist" aria-label="Views">
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
        </div>
      </header>
      <section role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'page' && <PageView load={loadPageRanking} saveAction={saveAction} />}
        {view === 'search' && (
          <SearchView
            loadSearch={loadSearch}
            saveAction={saveAction}
            onSave={(id) => void toggle(id, !savedIds.has(id))}
            initialQuery={initialQuery}
          />
        )}
        {view === 'saved' && (
          <SavedView db={db} saved={saved} onRemove={(id) => void toggle(id, false)} onChanged={() => void refreshSaved()} />
        )}
      </section>
    </main>
  );
}

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
            <details>
              <summary>
                {e.entity.name}
                {e.entity.role ? <span className="ps-muted"> — {e.entity.role}</span> : null}
                <span className="ps-muted">
                  {' '}
                  · {e.releases.length} {e.releases.length === 1 ? 'release' : 'releases'}
                </span>
              </summary>
              {!e.confident && <p className="ps-muted">None fits this page closely; the most recent:</p>}
              <ul className="ps-list">
                {e.releases.map((r) => (
                  <ReleaseLink key={r.release.id} release={r.release} reasons={r.reasons} action={saveAction(r.release)} />
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
