import { useState } from 'react';
import type { PrimarySourceDb, SavedRelease } from '@/lib/store/db';
import { setNote } from '@/lib/store/saved';
import { exportCsv, exportJson, importSaved } from '@/lib/store/saved-transfer';
import { formatDate, kindLabel } from './format';

// Paged, not all at once: 5,000 saved releases as one list were 125,000 DOM nodes and 0.7 s.
const PAGE = 50;

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function SavedItem({
  item,
  db,
  onRemove,
  onChanged,
}: {
  item: SavedRelease;
  db: PrimarySourceDb;
  onRemove: () => void;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [note, setNoteText] = useState(item.note);
  return (
    <li className="ps-release" data-id={item.id}>
      <a className="ps-release-title" href={item.url} target="_blank" rel="noopener noreferrer">
        {item.title}
      </a>
      <div className="ps-release-meta">
        <time dateTime={item.date}>{formatDate(item.date)}</time> · {kindLabel(item.kind)} · saved{' '}
        {new Date(item.savedAt).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' })}
        {item.fromUrl && (
          <>
            {' '}
            from{' '}
            <a href={item.fromUrl} target="_blank" rel="noopener noreferrer">
              {item.fromTitle || new URL(item.fromUrl).hostname}
            </a>
          </>
        )}
      </div>
      {editing ? (
        <label className="ps-note">
          <span className="ps-visually-hidden">Note on {item.title}</span>
          <textarea
            value={note}
            autoFocus
            rows={2}
            onChange={(e) => setNoteText(e.target.value)}
            onBlur={() => {
              setEditing(false);
              void setNote(db, item.id, note).then(onChanged);
            }}
          />
        </label>
      ) : (
        item.note && <p className="ps-note-text">{item.note}</p>
      )}
      <div className="ps-actions">
        <button
          type="button"
          className="ps-save"
          aria-label={`${item.note ? 'Edit note' : 'Add a note'}: ${item.title}`}
          onClick={() => setEditing(true)}
        >
          {item.note ? 'Edit note' : 'Add a note'}
        </button>{' '}
        <button type="button" className="ps-save" aria-label={`Remove: ${item.title}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}

export function SavedView({
  db,
  saved,
  onRemove,
  onChanged,
}: {
  db: PrimarySourceDb;
  saved: SavedRelease[];
  onRemove: (id: string) => void;
  /** The list changed (import, a note): reload it. */
  onChanged: () => void;
}) {
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <>
      <div className="ps-transfer">
        <button
          type="button"
          className="ps-save"
          disabled={saved.length === 0}
          onClick={() => download(`primary-source-saved-${stamp}.json`, 'application/json', exportJson(saved))}
        >
          Export JSON
        </button>{' '}
        <button
          type="button"
          className="ps-save"
          disabled={saved.length === 0}
          onClick={() => download(`primary-source-saved-${stamp}.csv`, 'text/csv', exportCsv(saved))}
        >
          Export CSV
        </button>{' '}
        <label className="ps-save ps-import">
          Import JSON…
          <input
            type="file"
            accept="application/json,.json"
            className="ps-visually-hidden"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              try {
                const { added, skipped } = await importSaved(db, await file.text());
                setStatus({
                  text: `Imported ${added} ${added === 1 ? 'release' : 'releases'}${skipped ? `; ${skipped} already saved` : ''}.`,
                });
                onChanged();
              } catch (error) {
                setStatus({ text: error instanceof Error ? error.message : String(error), error: true });
              }
            }}
          />
        </label>
      </div>
      <p className={status?.error ? 'ps-error' : 'ps-muted'} role="status">
        {status?.text ?? (saved.length > 0 ? `${saved.length.toLocaleString('en-US')} saved, newest first` : '')}
      </p>
      {saved.length === 0 ? (
        <p className="ps-muted">Nothing saved yet. Use “Save for later” on a release.</p>
      ) : (
        <ul className="ps-list ps-saved">
          {saved.slice(0, shown).map((s) => (
            <SavedItem key={s.id} item={s} db={db} onRemove={() => onRemove(s.id)} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {saved.length > shown && (
        <button type="button" className="ps-save ps-more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, saved.length - shown)} more of {saved.length - shown}
        </button>
      )}
    </>
  );
}
