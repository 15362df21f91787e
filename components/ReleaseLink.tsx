import type { RankedRelease } from '@/lib/messages';
import { formatDate, kindLabel } from './format';

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
        <time dateTime={release.date}>{formatDate(release.date)}</time> · {kindLabel(release.kind)}
      </div>
      {reasons && reasons.length > 0 && <div className="ps-release-reasons">{reasons.join(' · ')}</div>}
      {action}
    </li>
  );
}
