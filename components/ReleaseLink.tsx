import type { RankedRelease } from '@/lib/messages';
import type { ReleaseKind } from '@/lib/types';

const kindLabels: Record<ReleaseKind, string> = {
  'press-release': 'Press release',
  readout: 'Readout',
  statement: 'Statement',
  testimony: 'Testimony',
};

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

/** A release as a list entry: the title links to its official page, in a new tab. */
export function ReleaseLink({
  release,
  reasons,
  action,
}: {
  release: RankedRelease['release'];
  reasons?: string[];
  action?: React.ReactNode;
}) {
  return (
    <li className="ps-release">
      <a className="ps-release-title" href={release.url} target="_blank" rel="noopener noreferrer">
        {release.title}
      </a>
      <div className="ps-release-meta">
        <time dateTime={release.date}>{formatDate(release.date)}</time> · {kindLabels[release.kind] ?? release.kind}
      </div>
      {reasons && reasons.length > 0 && <div className="ps-release-reasons">{reasons.join(' · ')}</div>}
      {action}
    </li>
  );
}
