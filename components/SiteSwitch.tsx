import { useEffect, useState } from 'react';
import { isEnabledOn, saveSettings, settingsItem, withSite, type Settings } from '@/lib/store/settings';

/** Turn Primary Source off (or back on) for the site in the current tab. */
export function SiteSwitch({ hostname }: { hostname: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  if (!settings) return null;
  const enabled = isEnabledOn(settings, hostname);
  return (
    <label className="ps-site-switch">
      <input type="checkbox" checked={enabled} onChange={(e) => void saveSettings(withSite(settings, hostname, e.target.checked))} /> Mark
      names and topics on {hostname}
    </label>
  );
}
