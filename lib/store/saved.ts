// Releases the reader saved for later. Used by the background (on a popover's request, with
// the page it came from) and by the popup directly: both are the extension origin.
import type { PrimarySourceDb, SavedRelease } from './db';
import { IndexStore } from './index-store';

/** The page a release was saved from (the background reads it from the message's sender). */
export interface SavedFrom {
  title?: string;
  url?: string;
}

export async function setSaved(db: PrimarySourceDb, id: string, saved: boolean, now = Date.now(), from?: SavedFrom): Promise<boolean> {
  if (!saved) {
    await db.saved.delete(id);
    return false;
  }
  const release = await new IndexStore(db).release(id);
  if (!release) throw new Error(`Unknown release ${id}`);
  // Saving twice keeps the first date, note and page, so the list stays what the reader did.
  const existing = await db.saved.get(id);
  const fromTitle = existing ? existing.fromTitle : from?.title;
  const fromUrl = existing ? existing.fromUrl : from?.url;
  await db.saved.put({
    id,
    title: release.title,
    url: release.url,
    date: release.date,
    kind: release.kind,
    savedAt: existing?.savedAt ?? now,
    note: existing?.note ?? '',
    ...(fromTitle ? { fromTitle } : {}),
    ...(fromUrl ? { fromUrl } : {}),
  });
  return true;
}

export async function setNote(db: PrimarySourceDb, id: string, note: string): Promise<void> {
  await db.saved.update(id, { note: note.trim() });
}

/** Newest saved first. */
export async function listSaved(db: PrimarySourceDb): Promise<SavedRelease[]> {
  return (await db.saved.orderBy('savedAt').toArray()).reverse();
}
