import { useEffect, useState } from 'react';
import { type MarkPolicy, type Settings, settingsItem, withSite } from '@/lib/store/settings';
import { UpdateStatus } from './UpdateStatus';

const policies: { value: MarkPolicy; label: string }[] = [
  { value: 'block', label: 'First mention in each paragraph' },
  { value: 'page', label: 'First mention on the page' },
  { value: 'all', label: 'Every mention' },
];

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  if (!settings) return null;
  const save = (next: Settings) => void settingsItem.setValue(next);
  return (
    <main className="ps-popup">
      <h1>Primary Source settings</h1>
      <fieldset>
        <legend>Which mentions to mark</legend>
        {policies.map((p) => (
          <label key={p.value} style={{ display: 'block' }}>
            <input
              type="radio"
              name="markPolicy"
              value={p.value}
              checked={settings.markPolicy === p.value}
              onChange={() => save({ ...settings, markPolicy: p.value })}
            />{' '}
            {p.label}
          </label>
        ))}
      </fieldset>
      <h2>Updates</h2>
      <UpdateStatus settings />
      <h2>Turned off on</h2>
      {settings.disabledSites.length === 0 ? (
        <p className="ps-muted">No sites. Turn Primary Source off for a site from the popup.</p>
      ) : (
        <ul className="ps-list">
          {settings.disabledSites.map((site) => (
            <li key={site} className="ps-release">
              {site}{' '}
              <button type="button" className="ps-save" onClick={() => save(withSite(settings, site, true))}>
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
