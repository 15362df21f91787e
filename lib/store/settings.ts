// Reader settings, versioned with migrations (the Dark Reader way): a new field or a renamed
// one gets a migration, never a reset. Stored in extension storage: pages cannot read it.
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
}

export const defaultSettings: Settings = { markPolicy: 'block', disabledSites: [], updates: true, newsroom: false };

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings,
  version: 1,
});

export function isEnabledOn(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname);
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== hostname);
  return { ...settings, disabledSites: enabled ? others : [...others, hostname].sort() };
}
