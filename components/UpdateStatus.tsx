// The state of updates in words, and "Check now" (popup and options page). With `settings`,
// also the two switches: updates on/off, and newsroom checks (asks for host access first).
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messages';
import { settingsItem, type Settings } from '@/lib/store/settings';
import { NEWSROOM_ORIGINS } from '@/lib/sync/config';
import type { SyncStatus } from '@/lib/sync/service';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What a stored error means for the reader. */
export function explainError(error: string): string {
  if (/rate limit|quota/i.test(error))
    return 'GitHub answers 60 requests an hour without an account; the next check waits until it allows more.';
  if (/could not reach/i.test(error)) return 'No connection to the official source; the next check tries again.';
  if (/format changed/i.test(error))
    return 'The official site changed its pages, so nothing was read from it; the repository is still checked.';
  return 'Nothing was changed; the next check tries again.';
}

export function UpdateStatus({ settings: withSettings = false }: { settings?: boolean }) {
  const [status, setStatus] = useState<SyncStatus | undefined>();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    void request(browser.runtime, 'syncStatus', {}).then(setStatus, () => setStatus(undefined));
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);

  const checkNow = async () => {
    setChecking(true);
    try {
      setStatus(await request(browser.runtime, 'syncNow', {}));
    } finally {
      setChecking(false);
    }
  };
  const save = (next: Partial<Settings>) => settings && void settingsItem.setValue({ ...settings, ...next });
  const setNewsroom = async (on: boolean) => {
    // Host access to home.treasury.gov is asked for only now, from the reader's click.
    if (on && !(await browser.permissions.request({ origins: NEWSROOM_ORIGINS }))) return;
    save({ newsroom: on });
  };
  const updatesOn = settings?.updates !== false;

  return (
    <section className="ps-updates" aria-label="Updates">
      {status && updatesOn && (
        <p className="ps-muted" aria-live="polite">
          {status.upToDateAsOf
            ? `Up to date as of ${when(status.upToDateAsOf)}`
            : 'Not checked yet. Primary Source looks for new official releases every 6 hours (you can turn this off in its options)'}
          {status.upToDateAsOf
            ? ` · last check added ${status.added} release${status.added === 1 ? '' : 's'}${status.changed ? `, changed ${status.changed}` : ''}`
            : ''}
          {status.nextCheck ? ` · next check ${when(status.nextCheck)}` : ''}
        </p>
      )}
      {status?.lastError && updatesOn && (
        <p className="ps-muted" role="status">
          Last check: {status.lastError}. {explainError(status.lastError)}
        </p>
      )}
      {!updatesOn && <p className="ps-muted">Updates are off: the index stays as the extension shipped it.</p>}
      {updatesOn && (
        <button type="button" className="ps-save" onClick={() => void checkNow()} disabled={checking}>
          {checking ? 'Checking…' : 'Check now'}
        </button>
      )}
      {withSettings && settings && (
        <>
          <label style={{ display: 'block' }}>
            <input type="checkbox" checked={updatesOn} onChange={(e) => save({ updates: e.target.checked })} /> Check for new official
            releases (every 6 hours). Only requests for public files go out, to GitHub's official Treasury repository; nothing about you or
            the pages you read.
          </label>
          <label style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={settings.newsroom === true}
              disabled={!updatesOn}
              onChange={(e) => void setNewsroom(e.target.checked)}
            />{' '}
            Also read the newsroom on home.treasury.gov when the repository lags behind the site. This asks for access to home.treasury.gov,
            used only to read its news listings and release pages.
          </label>
        </>
      )}
    </section>
  );
}
