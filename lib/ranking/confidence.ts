// When a release is the one the page is about. A high score is not enough: officials, topics
// and countries recur in hundreds of releases, so the score says "same subject", and the
// reader is told "this is the official record behind the story". Confidence also needs
// evidence of the same event, one of:
//   quotes      the page has sentences of the release (shared shingles, evidence.ts);
//   figures     amounts or counts few releases give ("$89.8 billion", "29 vessels");
//   designated  it names two people or organizations the release designates, or one rarely designated;
//   targets     much of the release's rarest vocabulary (the names of its targets and programs);
//   the day     a dated page within days after the release, or an undated page naming its day.
// The day alone does not count when the page is dated after the index's horizon (the news is
// then about a release the index lacks), nor when its text bears the tell-tales of a post, an
// interview, another agency or another government (telltales.ts). A page dated long after or
// before a release is not about it, unless it quotes it at length.
import type { Evidence } from './score';
import { amountText } from './evidence';
import { shortName } from './reasons';

/** Shared shingles that show the page reproduces the release's words (two can be a stock phrase). */
export const MIN_QUOTES = 3;
/** Shared shingles that show it even from a page dated far from the release (a later analysis). */
export const STRONG_QUOTES = 5;
/** Own-vocabulary score (about six rare shared terms) that names the release's own targets. */
export const TARGET_TERMS = 18;
/** A designated person or organization named in at most this many releases marks one action. */
export const RARE_TARGET = 5;
/** A dated page is news of releases up to this many days before it (or one day after: time zones). */
export const NEWS_DAYS = 3;
/** Beyond this a dated page is not about the release unless it quotes it at length. */
export const MAX_DAYS_AFTER = 45;

export interface EventPage {
  date?: string;
  /** The index's newest release date. */
  horizon?: string;
  telltales: readonly string[];
}

const list = (names: string[]) => (names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and others`);

export interface EventEvidence {
  /** The day alone is weaker evidence than the release's own words, figures or targets. */
  kind: 'quotes' | 'figures' | 'designated' | 'targets' | 'day';
  /** One reason for the reader. */
  why: string;
}

/** The evidence that the page reports this release's event, or undefined. */
export function eventEvidence(e: Evidence, page: EventPage): EventEvidence | undefined {
  const days = e.daysBefore;
  const farOff = days !== undefined && (days < -1 || days > MAX_DAYS_AFTER);
  if (farOff) return e.quotes >= STRONG_QUOTES ? { kind: 'quotes', why: 'Quoted in this article' } : undefined;
  if (e.quotes >= MIN_QUOTES) return { kind: 'quotes', why: 'Quoted in this article' };
  if (e.amounts.length > 0) return { kind: 'figures', why: `Same figures: ${e.amounts.slice(0, 2).map(amountText).join(', ')}` };
  // A target designated again and again (a cartel, Hamas) names a campaign, not one action.
  const designated = e.entities.filter((x) => x.entity.type === 'designated-person' || x.entity.type === 'designated-organization');
  if (designated.length >= 2 || designated.some((x) => x.entity.releaseCount <= RARE_TARGET))
    return { kind: 'designated', why: `Designates ${list(designated.map((x) => shortName(x.entity)))}` };
  if (e.ownTermScore >= TARGET_TERMS) return { kind: 'targets', why: `Shares its rare terms: ${e.terms.slice(0, 3).join(', ')}` };
  const afterHorizon = page.date !== undefined && page.horizon !== undefined && page.date > page.horizon;
  const sameDay = days !== undefined ? days >= -1 && days <= NEWS_DAYS : e.namedDay;
  if (!sameDay || afterHorizon || page.telltales.length > 0) return undefined;
  const named = e.entities.filter((x) => x.entity.type !== 'topic').map((x) => shortName(x.entity));
  const when =
    days === undefined
      ? 'On a day this article names'
      : days < 0
        ? 'The day after'
        : days === 0
          ? 'Same day'
          : days === 1
            ? 'The day before'
            : `${days} days before`;
  return { kind: 'day', why: named.length > 0 ? `${when}; names ${list(named)}` : when };
}
