// Updates in the background service worker: the alarm (at most every 6 hours, and on browser
// start when overdue), "Check now", and the settings that turn it all off.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PrimarySourceDb } from '../store/db';
import { provideWordLists } from '../corpus/lexicon';
import { settingsItem } from '../store/settings';
import type { TermStats } from '../release/types';
import { NEWSROOM_ORIGINS, syncConfig, type SyncConfig } from './config';
import { isDue } from './schedule';
import { UpdateService } from './service';
import { readPackagedWordLists } from './word-lists';

const ALARM = 'primary-source-updates';
const FIRST_CHECK_DELAY_MS = 5 * 60_000;

/**
 * Other bases for the sources (tests point them at local fakes). Only extension pages can
 * write extension storage; a page cannot.
 */
export const syncBasesItem = storage.defineItem<Partial<Pick<SyncConfig, 'githubApi' | 'githubRaw' | 'newsroom'>>>('local:syncBases', {
  fallback: {},
});

export function startUpdates(
  db: PrimarySourceDb,
  options: { ready: () => Promise<unknown>; terms: () => Promise<TermStats>; onChange: () => void },
) {
  let wordLists: Promise<void> | undefined;
  const updates = new UpdateService({
    db,
    config: async () => syncConfig(await syncBasesItem.getValue()),
    terms: options.terms,
    settings: async () => {
      const s = await settingsItem.getValue();
      const newsroom = s.newsroom === true && (await browser.permissions.contains({ origins: NEWSROOM_ORIGINS }));
      return { updates: s.updates !== false, newsroom };
    },
    prepare: () =>
      (wordLists ??= readPackagedWordLists((name) => fetch(browser.runtime.getURL(`/lexicon/${name}` as '/')))
        .then(provideWordLists)
        .catch((error: unknown) => {
          wordLists = undefined;
          throw error;
        })),
    onChange: options.onChange,
  });

  const schedule = async () => {
    const [state, settings] = [await updates.state(), await settingsItem.getValue()];
    if (settings.updates === false) return void (await browser.alarms.clear(ALARM));
    // The first check waits a few minutes after install: the bundled index loads first.
    await browser.alarms.create(ALARM, { when: Math.max(Date.now() + (state.lastCheck ? 60_000 : FIRST_CHECK_DELAY_MS), state.nextCheck) });
  };
  const check = async () => {
    await options.ready();
    const status = await updates.check();
    await schedule();
    return status;
  };
  const checkIfDue = async () => {
    if (isDue(await updates.state(), Date.now())) await check();
    else await schedule();
  };
  const report = (error: unknown) => console.error('Primary Source update:', error);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void check().catch(report);
  });
  browser.runtime.onStartup.addListener(() => void checkIfDue().catch(report));
  browser.runtime.onInstalled.addListener(() => void schedule().catch(report));
  settingsItem.watch(() => void schedule().catch(report));

  return { status: () => updates.status(), check };
}
