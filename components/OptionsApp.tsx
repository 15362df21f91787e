import { useEffect, useState } from 'react';
import { type MarkPolicy, type Settings, saveSettings, settingsItem, siteOf, withSite } from '@/lib/store/settings';
import { UpdateStatus } from './UpdateStatus';

const policies: { value: MarkPolicy; label: string; explain: string }[] = [
  {
    value: 'block',
    label: 'First mention in each paragraph',
    explain: 'Enough marks to find a name wherever you are reading, without marking every repeat.',
  },
  { value: 'page', label: 'First mention on the page', explain: 'The quietest page: each official or topic is marked once.' },
  { value: 'all', label: 'Every mention', explain: 'Every time a name or topic appears; busy on long articles.' },
];

/**
 * The options page: each choice says what it does, and nothing changes until the reader
 * presses "Save changes" (a saved confirmation follows).
 */
export function OptionsApp() {
  const [stored, setStored] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((s) => (setStored(s), setDraft(s)));
    return settingsItem.watch((s) => setStored(s));
  }, []);
  if (!draft || !stored) return null;
  const changed = JSON.stringify(draft) !== JSON.stringify(stored);
  const edit = (next: Settings) => (setDraft(next), setMessage(null));
  const addSite = () => {
    const host = siteOf(site);
    if (!host) return setMessage({ text: `“${site}” is not a site name, e.g. news.example.com.`, error: true });
    edit(withSite(draft, host, false));
    setSite('');
  };
  return (
    <main className="ps-options">
      <h1>Primary Source settings</h1>

      <section>
        <h2>Pause</h2>
        <label className="ps-option">
          <input type="checkbox" checked={!!draft.paused} onChange={(e) => edit({ ...draft, paused: e.target.checked })} /> Pause on every
          site
        </label>
        <p className="ps-muted">Nothing is marked on any page until you turn this off; search and saved releases still work.</p>
      </section>

      <fieldset>
        <legend>Which mentions to mark</legend>
        {policies.map((p) => (
          <div key={p.value} className="ps-option">
            <label>
              <input
                type="radio"
                name="markPolicy"
                value={p.value}
                checked={draft.markPolicy === p.value}
                onChange={() => edit({ ...draft, markPolicy: p.value })}
              />{' '}
              {p.label}
            </label>
            <p className="ps-muted">{p.explain}</p>
          </div>
        ))}
      </fieldset>

      <section>
        <h2>Updates</h2>
        <UpdateStatus settings />
      </section>

      <section>
        <h2>Sites where it is turned off</h2>
        <p className="ps-muted">Primary Source reads and marks nothing on these sites. You can also turn a site off from the popup.</p>
        {draft.disabledSites.length === 0 ? (
          <p className="ps-muted">No sites.</p>
        ) : (
          <ul className="ps-list">
            {draft.disabledSites.map((s) => (
              <li key={s} className="ps-release">
                {s}{' '}
                <button type="button" className="ps-save" aria-label={`Turn back on: ${s}`} onClick={() => edit(withSite(draft, s, true))}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="ps-add-site"
          onSubmit={(e) => {
            e.preventDefault();
            addSite();
          }}
        >
          <label>
            Turn off on a site <input value={site} onChange={(e) => setSite(e.target.value)} placeholder="news.example.com" />
          </label>{' '}
          <button type="submit" className="ps-save">
            Add
          </button>
        </form>
      </section>

      <section>
        <h2>Where settings are kept</h2>
        <label className="ps-option">
          <input type="checkbox" checked={!!draft.syncSettings} onChange={(e) => edit({ ...draft, syncSettings: e.target.checked })} /> Sync
          these settings with my browser account
        </label>
        <p className="ps-muted">
          Off: settings stay in this browser only. On: your browser also copies them, the list of sites included, to your account
          (storage.sync). Saved releases never leave this browser.
        </p>
      </section>

      <div className="ps-confirm">
        <button
          type="button"
          className="ps-primary"
          disabled={!changed}
          onClick={() =>
            // The update switches save as they change (UpdateStatus): keep what they stored.
            void saveSettings({ ...draft, updates: stored?.updates, newsroom: stored?.newsroom }).then(
              () => setMessage({ text: 'Changes saved.' }),
              (error: unknown) => setMessage({ text: `Could not save: ${String(error)}`, error: true }),
            )
          }
        >
          Save changes
        </button>{' '}
        <button type="button" className="ps-save" disabled={!changed} onClick={() => (setDraft(stored), setMessage(null))}>
          Discard
        </button>
        <p className={message?.error ? 'ps-error' : 'ps-muted'} role="status">
          {message?.text ?? (changed ? 'You have unsaved changes.' : '')}
        </p>
      </div>
    </main>
  );
}
