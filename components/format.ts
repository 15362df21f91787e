// How a release's date and kind read, shared by the popup (React) and the page's popover (DOM).
import type { ReleaseKind } from '@/lib/release/types';

const kindLabels: Record<ReleaseKind, string> = {
  'press-release': 'Press release',
  readout: 'Readout',
  statement: 'Statement',
  testimony: 'Testimony',
};

export function kindLabel(kind: ReleaseKind): string {
  return kindLabels[kind] ?? kind;
}

/** "2026-01-12" → "Jan 12, 2026", whatever the reader's time zone. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** Save-button wording: the visible words start the accessible name (WCAG 2.5.3). */
export function saveLabel(state: { saved: boolean; error: boolean }): string {
  return state.error ? 'Could not save, retry' : state.saved ? 'Saved' : 'Save for later';
}
