import { useState } from 'react';
import { saveLabel } from './format';

/**
 * Save / unsave a release. `initiallySaved` is only known in the extension's own pages; in a
 * page's popover it starts unsaved, so the page never learns what the reader saved before.
 */
export function SaveToggle({
  title,
  initiallySaved = false,
  onChange,
}: {
  title: string;
  initiallySaved?: boolean;
  onChange: (saved: boolean) => Promise<boolean>;
}) {
  const [saved, setSaved] = useState(initiallySaved);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  return (
    <button
      type="button"
      className="ps-save"
      aria-pressed={saved}
      // The title says which release.
      aria-label={`${saveLabel({ saved, error })}: ${title}`}
      disabled={busy}
      onClick={(event) => {
        // A page can dispatch synthetic clicks into an open shadow root: only the reader saves.
        if (!event.isTrusted) return;
        setBusy(true);
        setError(false);
        onChange(!saved)
          .then(setSaved, () => setError(true))
          .finally(() => setBusy(false));
      }}
    >
      <span aria-hidden="true">{saved ? '★ ' : '☆ '}</span>
      {saveLabel({ saved, error })}
    </button>
  );
}
