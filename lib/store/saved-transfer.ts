// The reading list out of the browser and back: JSON that import reads (and CSV for a
// spreadsheet). Import merges: a release already saved stays as it is. A file that is not
// ours, or holds one malformed item, is refused with the reason, and nothing changes.
import type { PrimarySourceDb, SavedRelease } from './db';
import type { ReleaseKind } from '../release/types';

const FORMAT = 'primary-source-saved';
const KINDS: readonly ReleaseKind[] = ['press-release', 'readout', 'statement', 'testimony'];

export interface SavedExport {
  format: typeof FORMAT;
  version: 1;
  exportedAt: string;
  items: SavedRelease[];
}

export function exportJson(items: SavedRelease[], now = new Date()): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, exportedAt: now.toISOString(), items } satisfies SavedExport, null, 2)}\n`;
}

const CSV_COLUMNS = ['id', 'title', 'url', 'date', 'kind', 'savedAt', 'note', 'fromTitle', 'fromUrl'] as const;

/** A CSV cell, quoted; a leading = + - @ is escaped so a spreadsheet never runs it as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function exportCsv(items: readonly SavedRelease[]): string {
  const rows = items.map((item) =>
    CSV_COLUMNS.map((c) => cell(c === 'savedAt' ? new Date(item.savedAt).toISOString() : String(item[c] ?? ''))).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The item as a SavedRelease, or why it is not one. */
function checkItem(value: unknown): SavedRelease | string {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const v = value as Record<string, unknown>;
  if (!isString(v.id) || !/^[\w~.-]{1,200}$/.test(v.id)) return 'has no valid id';
  if (!isString(v.title) || v.title.length === 0) return 'has no title';
  if (!isString(v.url) || !/^https:\/\/home\.treasury\.gov\//.test(v.url)) return 'has no home.treasury.gov url';
  if (!isString(v.date) || !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return 'has no date (YYYY-MM-DD)';
  if (!KINDS.includes(v.kind as ReleaseKind)) return `has an unknown kind (${String(v.kind)})`;
  if (typeof v.savedAt !== 'number' || !Number.isFinite(v.savedAt)) return 'has no savedAt time';
  if (v.note !== undefined && !isString(v.note)) return 'has a note that is not text';
  if (v.fromTitle !== undefined && !isString(v.fromTitle)) return 'has a page title that is not text';
  if (v.fromUrl !== undefined && (!isString(v.fromUrl) || !/^https?:\/\//.test(v.fromUrl)))
    return 'has a page url that is not a web address';
  return {
    id: v.id,
    title: v.title,
    url: v.url,
    date: v.date,
    kind: v.kind as ReleaseKind,
    savedAt: v.savedAt,
    note: v.note ?? '',
    ...(v.fromTitle ? { fromTitle: v.fromTitle } : {}),
    ...(v.fromUrl ? { fromUrl: v.fromUrl as string } : {}),
  };
}

/** Reads an export; throws an Error that says what is wrong with the file. */
export function parseExport(text: string): SavedRelease[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON. Choose a file exported by Primary Source (“Export JSON”).');
  }
  const d = data as Partial<SavedExport> | null;
  if (typeof d !== 'object' || d === null || d.format !== FORMAT || !Array.isArray(d.items)) {
    throw new Error('This file is not a Primary Source export of saved releases.');
  }
  if (d.version !== 1) throw new Error(`This export is version ${String(d.version)}; this Primary Source reads version 1.`);
  return d.items.map((item, i) => {
    const checked = checkItem(item);
    if (typeof checked === 'string') throw new Error(`Item ${i + 1} of the file ${checked}. Nothing was imported.`);
    return checked;
  });
}

/** Adds the file's releases not saved yet, in one transaction. */
export async function importSaved(db: PrimarySourceDb, text: string): Promise<{ added: number; skipped: number }> {
  const items = parseExport(text);
  return db.transaction('rw', db.saved, async () => {
    const present = new Set((await db.saved.bulkGet(items.map((i) => i.id))).flatMap((row) => (row ? [row.id] : [])));
    const fresh = [...new Map(items.filter((i) => !present.has(i.id)).map((i) => [i.id, i])).values()];
    await db.saved.bulkAdd(fresh);
    return { added: fresh.length, skipped: items.length - fresh.length };
  });
}
