// Releases the reader saved for later. Used by the background (on a popover's request)
// and by the popup directly: both are the extension origin.
import type { PrimarySourceDb, SavedRelease } from './db';
import { IndexStore } from './index-store';

export async function setSaved(db: PrimarySourceDb, id: string, saved: boolean, now = Date.now()): Promise<boolean> {
  if (!saved) {
    await db.saved.delete(id);
    return false;
  }
  const release = await new IndexStore(db).release(id);
  if (!release) throw new Error(`Unknown release ${id}`);
  // Saving twice keeps the first date, so the list order stays what the reader did.
  const existing = await db.saved.get(id);
  await db.saved.put({
    id,
    title: release.title,
    url: release.url,
    date: release.date,
    kind: release.kind,
    savedAt: existing?.savedAt ?? now,
  });
  return true;
}

/** Newest saved first. */
export async function listSaved(db: PrimarySourceDb): Promise<SavedRelease[]> {
  return (await db.saved.orderBy('savedAt').toArray()).reverse();
}
