// Reader settings, versioned with migrations (the Dark Reader way): a new field or a renamed
// one gets a migration, never a reset. Stored in extension storage: pages cannot read it.
// In storage.local: they stay in this browser. storage.sync would copy them (the list of
// sites the reader turned off included) to the browser account; only a reader who turns
// `syncSettings` on gets a copy there. Fields this file does not know (another feature's)
// are kept as they are.
import { storage } from 'wxt/utils/storage';

export type MarkPolicy = 'block' | 'page' | 'all';

export interface Settings {
  /** Mark each entity at its first mention per paragraph-like block, once per page, or everywhere. */
  markPolicy: MarkPolicy;
  /** Hostnames where the reader turned Primary Source off. */
  disabledSites: string[];
  /** Check the official sources for new releases (lib/sync). Absent (older stored settings): on. */
  updates?: boolean;
  /** Also read the official newsroom (needs host access to home.treasury.gov). Absent: off. */
  newsroom?: boolean;
  /** Turned off on every site until the reader resumes. */
  paused?: boolean;
  /** Also keep a copy in the browser account's storage.sync (the reader's choice). */
  syncSettings?: boolean;
}

export const defaultSettings: Settings = { markPolicy: 'block', disabledSites: [], updates: true, newsroom: false };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

/** Where settings were kept before: read once, to move them to local storage. */
const syncedItem = storage.defineItem<Settings | null>('sync:settings', { fallback: null });

/**
 * Moves settings from storage.sync (where earlier versions kept them) to storage.local, once:
 * when local storage has none. The sync copy is removed unless the reader chose to sync.
 */
export async function migrateSettings(): Promise<void> {
  const [local, synced] = await Promise.all([storage.getItem<Settings>('local:settings'), syncedItem.getValue()]);
  if (local || !synced) return;
  await settingsItem.setValue({ ...defaultSettings, ...synced });
  if (!synced.syncSettings) await syncedItem.removeValue();
}

/** Saves settings locally, and in storage.sync only when the reader chose to sync them. */
export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(next);
  if (next.syncSettings) await syncedItem.setValue(next);
  else await syncedItem.removeValue();
}

export function isEnabledOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname);
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== hostname);
  return { ...settings, disabledSites: enabled ? others : [...others, hostname].sort() };
}

/** A hostname as typed into the site list ("https://News.Example/x" → "news.example"), or undefined. */
export function siteOf(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (!text) return undefined;
  try {
    const { hostname } = new URL(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`);
    return /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(hostname) || hostname === 'localhost' ? hostname : undefined;
  } catch {
    return undefined;
  }
}
