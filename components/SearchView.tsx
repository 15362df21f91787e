import { useEffect, useMemo, useRef, useState } from 'react';
import type { Searcher } from '@/lib/search/combined';
import type { Piece, SearchFilters, SearchHit } from '@/lib/search/search';
import type { ReleaseKind } from '@/lib/release/types';
import { formatDate, kindLabel } from './format';

const kinds: ReleaseKind[] = ['press-release', 'readout', 'statement', 'testimony'];

export type SaveAction = (release: { id: string; title: string }) => React.ReactNode;

function Marked({ pieces }: { pieces: Piece[] }) {
  // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed title, never reordered
  return <>{pieces.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

function Why({ hit }: { hit: SearchHit }) {
  const { names, textWords } = hit.why;
  return (
    <div className="ps-release-reasons">
      {names.length > 0 && (
        <div>
          Names <mark>{names.join(', ')}</mark>
        </div>
      )}
      {textWords.length > 0 && (
        <div>
          Its text: <mark>{textWords.join(', ')}</mark>
        </div>
      )}
    </div>
  );
}

/**
 * Search over the prebuilt index. Keyboard: ↓ from the box into the results, ↑/↓ through
 * them, Enter opens the release, S saves it.
 */
export function SearchView({
  loadSearch,
  saveAction,
  onSave,
  initialQuery = '',
}: {
  loadSearch: () => Promise<Searcher>;
  saveAction: SaveAction;
  /** Toggles the release's saved state (the S key). */
  onSave: (id: string) => void;
  initialQuery?: string;
}) {
  const [search, setSearch] = useState<Searcher | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<SearchFilters>({});
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    let cancelled = false;
    loadSearch().then(
      (s) => !cancelled && setSearch(s),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [loadSearch]);
  const result = useMemo(() => search?.search(query, { filters }), [search, query, filters]);

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('.ps-release-title') ?? [])];
  const move = (from: Element | null, step: number) => {
    const all = links();
    const at = all.findIndex((a) => a === from);
    all[Math.max(0, Math.min(all.length - 1, at + step))]?.focus();
  };
  const onListKey = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('ps-release-title')) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(target, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      const id = target.closest('li')?.dataset.id;
      if (id) onSave(id);
    }
  };
  const year = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : undefined);

  return (
    <div className="ps-search-view">
      <div className="ps-search-bar">
        <label className="ps-search">
          <span className="ps-visually-hidden">Search releases</span>
          <input
            type="search"
            autoFocus
            placeholder="Search releases, e.g. critical minerals"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                links()[0]?.focus();
              }
            }}
          />
        </label>
        <div className="ps-filters">
          <label>
            Kind{' '}
            <select
              value={filters.kind ?? ''}
              onChange={(e) => setFilters({ ...filters, kind: (e.target.value || undefined) as ReleaseKind | undefined })}
            >
              <option value="">Any</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          </label>
          <label>
            From{' '}
            <input
              className="ps-year"
              inputMode="numeric"
              placeholder="1996"
              onChange={(e) => setFilters({ ...filters, fromYear: year(e.target.value) })}
            />
          </label>
          <label>
            to{' '}
            <input
              className="ps-year"
              inputMode="numeric"
              placeholder="2026"
              onChange={(e) => setFilters({ ...filters, toYear: year(e.target.value) })}
            />
          </label>
          <label>
            Person{' '}
            <select
              value={filters.person ?? ''}
              onChange={(e) => setFilters({ ...filters, person: e.target.value === '' ? undefined : Number(e.target.value) })}
            >
              <option value="">Anyone</option>
              {result?.people.map((p) => (
                <option key={p.subject} value={p.subject}>
                  {p.name} ({p.count})
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="ps-muted ps-count" role="status">
          {failed
            ? 'The search index could not be loaded.'
            : !result
              ? 'Loading the index…'
              : result.message
                ? result.message
                : result.total === 0
                  ? 'No release found. Try fewer words, or another spelling.'
                  : `${result.total.toLocaleString('en-US')} ${result.total === 1 ? 'release' : 'releases'}${result.total > result.hits.length ? `, the best ${result.hits.length} shown` : ''}`}
        </p>
      </div>
      <ul className="ps-list" ref={list} onKeyDown={onListKey}>
        {result?.hits.map((hit) => (
          <li key={hit.id} className="ps-release" data-id={hit.id}>
            <a className="ps-release-title" href={hit.url} target="_blank" rel="noopener noreferrer">
              <Marked pieces={hit.why.title} />
            </a>
            <div className="ps-release-meta">
              <time dateTime={hit.date}>{formatDate(hit.date)}</time> · {kindLabel(hit.kind)}
            </div>
            <Why hit={hit} />
            {saveAction(hit)}
          </li>
        ))}
      </ul>
    </div>
  );
}
