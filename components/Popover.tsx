import { useState } from 'react';
import type { EntityReleases } from '@/lib/messages';
import { ReleaseLink } from './ReleaseLink';
import { SaveToggle } from './SaveToggle';

const SHOWN = 3;

/** The releases for one marked mention, best for this page first. */
export function Popover({
  entry,
  undated,
  onSave,
}: {
  entry: EntityReleases;
  undated: boolean;
  onSave: (id: string, saved: boolean) => Promise<boolean>;
}) {
  const [expanded, setExpanded] = useState(false);
  const { entity, releases, confident } = entry;
  const shown = expanded ? releases : releases.slice(0, SHOWN);
  const headingId = `ps-popover-title`;
  return (
    <div className="ps-popover-body" role="dialog" aria-labelledby={headingId}>
      <header>
        <div id={headingId} className="ps-entity-name">
          {entity.name}
        </div>
        {entity.role && <div className="ps-muted">{entity.role}</div>}
      </header>
      {!confident && (
        <p className="ps-notice">
          No release matches this article closely. Most recent releases naming {entity.name}:
        </p>
      )}
      {confident && undated && <p className="ps-muted">This page states no date: ranked on content alone.</p>}
      {releases.length === 0 ? (
        <p className="ps-muted">No releases found.</p>
      ) : (
        <ul className="ps-list">
          {shown.map((r) => (
            <ReleaseLink
              key={r.release.id}
              release={r.release}
              reasons={confident ? r.reasons : undefined}
              action={<SaveToggle title={r.release.title} onChange={(saved) => onSave(r.release.id, saved)} />}
            />
          ))}
        </ul>
      )}
      {releases.length > SHOWN && (
        <button type="button" className="ps-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Fewer' : `${releases.length - SHOWN} more`}
        </button>
      )}
      <footer className="ps-muted">Official releases from home.treasury.gov</footer>
    </div>
  );
}
