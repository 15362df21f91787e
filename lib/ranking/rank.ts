// Ranks releases for a whole page: gathers candidates (releases naming the page's entities or
// using its rarest terms), scores each against the page, and decides what is confident enough
// to suggest. Below the threshold the page list stays empty and each entity's popover falls
// back to that entity's most recent releases, marked `confident: false`.
import type { EntityReleases, EntitySummary, PageContext, PageRanking, RankedRelease } from './types';
import type { Entity } from '../release/types';
import { reasons } from './reasons';
import { type EventPage, eventEvidence } from './confidence';
import { byScore, type Evidence, type PageEntity, type PageFeatures, pageEntity, scoreRelease } from './score';
import type { ReleaseSource } from './source';

/**
 * A score this high is a release the page is about. Calibrated on the development set: the
 * expected releases scored 11–68, the best candidates on negative and ordinary pages at most
 * 6.4, and any threshold from 8 to 10 gives the same results there.
 */
export const CONFIDENCE = 8;
/** Shared release vocabulary beyond names that any confident match needs (about one distinctive term). */
const OWN_TERMS = 3;
/** Term evidence (about two rare shared terms) that must back a single passing mention. */
const PASSING_TERMS = 10;
/** Distinct people or organizations a release must share with the page to need no shared vocabulary. */
const CORROBORATING_NAMES = 3;
/** Page-level list: confident releases scoring at least this share of the best one. */
const PAGE_RELATIVE = 0.8;
const PAGE_MAX = 3;
/** Per entity: three shown, the rest behind "more". */
export const PER_ENTITY = 8;
/** Entities named in more releases than this only score, they do not fetch candidates. */
const FANOUT_LIMIT = 300;
/** How many of the page's rarest terms fetch candidates, and how rare they must be. */
const CANDIDATE_TERMS = 15;
const CANDIDATE_TERM_MAX_DF_SHARE = 0.02;

export const idfOf = (df: number | undefined, docCount: number) => Math.log(1 + docCount / (1 + (df ?? 0)));

/** The page's rarest terms, most telling first. */
function telltaleTerms(counts: Record<string, number>, df: Record<string, number>, docCount: number): string[] {
  return Object.entries(counts)
    .filter(([term]) => (df[term] ?? Infinity) <= docCount * CANDIDATE_TERM_MAX_DF_SHARE)
    .map(([term, tf]) => ({ term, weight: (1 + Math.log(tf)) * idfOf(df[term], docCount) }))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, CANDIDATE_TERMS)
    .map((t) => t.term);
}

/** Entities that fetch candidates: all but the very common, and always at least the rarest. */
function fetchingEntities(entities: PageEntity[]): string[] {
  const byRarity = [...entities].sort((a, b) => a.entity.releaseCount - b.entity.releaseCount || a.entity.id.localeCompare(b.entity.id));
  const rare = byRarity.filter((e) => e.entity.releaseCount <= FANOUT_LIMIT);
  return (rare.length > 0 ? rare : byRarity.slice(0, 1)).map((e) => e.entity.id);
}

/** What the popover says under a name when the corpus gives no office: why they are in it. */
const ROLE_BY_TYPE: Partial<Record<Entity['type'], string>> = {
  'designated-person': 'Named in U.S. sanctions actions',
  'designated-organization': 'Named in U.S. sanctions actions',
};

function summary(entity: Entity): EntitySummary {
  const latest = [...(entity.roles ?? [])].sort((a, b) => b.to - a.to || b.from - a.from)[0];
  const role = latest?.title ?? ROLE_BY_TYPE[entity.type];
  return { id: entity.id, type: entity.type, name: entity.name, ...(role ? { role } : {}) };
}

function ranked(evidence: Evidence, why?: string): RankedRelease {
  const { id, url, title, date, kind, lede } = evidence.release;
  return {
    release: { id, url, title, date, kind, ...(lede ? { lede } : {}) },
    score: Math.round(evidence.score * 100) / 100,
    reasons: reasons(evidence),
    ...(why ? { why } : {}),
  };
}

/**
 * Confident means a high score and evidence of the same event (confidence.ts). When that
 * evidence is only the day, the page must also use some of the release's own vocabulary
 * (officials and the President appear in releases every week, so naming them near a
 * release's date is no sign the page is about it) unless it shares several named people or
 * organizations and a topic with the release, and a single passing mention must be backed by
 * a good deal of vocabulary. Answers the reason, for the reader, or undefined.
 */
export function confidentWhy(e: Evidence, page: EventPage): string | undefined {
  if (e.score < CONFIDENCE) return undefined;
  const event = eventEvidence(e, page);
  if (!event || event.kind !== 'day') return event?.why;
  // The day and names alone: the page must also use the release's words.
  // Several of the page's people or organizations, on one of its topics, in one release:
  // that agreement is evidence enough, whatever words the reporter chose.
  const named = e.entities.filter((hit) => hit.entity.type !== 'topic').length;
  const corroborated = named >= CORROBORATING_NAMES && named < e.entities.length;
  if (!corroborated && e.ownTermScore < OWN_TERMS) return undefined;
  const only = e.entities.length === 1 ? e.entities[0] : undefined;
  if (only?.count === 1 && e.termScore < PASSING_TERMS) return undefined;
  return event.why;
}

export const isConfident = (e: Evidence, page: EventPage): boolean => confidentWhy(e, page) !== undefined;

export interface Ranking {
  ranking: PageRanking;
  /** Every scored candidate, best first (CLI and evaluation show them). */
  scored: Evidence[];
}

export async function rankPageDetailed(context: PageContext, source: ReleaseSource): Promise<Ranking> {
  const N = source.docCount;
  const ids = Object.keys(context.entityCounts)
    .filter((id) => (context.entityCounts[id] ?? 0) > 0)
    .sort();
  const entities = new Map<string, PageEntity>();
  for (const entity of await source.entities(ids)) {
    const count = context.entityCounts[entity.id] ?? 0;
    entities.set(entity.id, pageEntity(entity, count, N));
  }

  // Only terms on the page can score, so the page's own terms are all the IDF ever needed.
  const df = await source.termDf(Object.keys(context.terms));
  // A record with no readable text (lib/corpus/junk.ts) is never an article's release.
  const candidates = (await source.candidates(fetchingEntities([...entities.values()]), telltaleTerms(context.terms, df, N))).filter(
    (r) => !r.unranked,
  );

  const features: PageFeatures = {
    entities,
    terms: new Map(Object.entries(context.terms)),
    idf: (term) => idfOf(df[term] ?? 1, N),
    ...(context.date ? { date: context.date } : {}),
    ...(context.era !== undefined ? { era: context.era } : {}),
    ...(context.namedDates ? { namedDates: context.namedDates } : {}),
    ...(context.shingles ? { shingles: new Set(context.shingles) } : {}),
    ...(context.amounts ? { amounts: new Set(context.amounts) } : {}),
  };
  const scored = candidates.map((r) => scoreRelease(r, features)).sort(byScore);

  const event: EventPage = {
    ...(context.date ? { date: context.date } : {}),
    ...(source.horizon ? { horizon: source.horizon } : {}),
    telltales: context.telltales ?? [],
  };
  const whyOf = new Map<Evidence, string | undefined>();
  const why = (e: Evidence) => {
    if (!whyOf.has(e)) whyOf.set(e, confidentWhy(e, event));
    return whyOf.get(e);
  };

  // Nothing is offered for the page when its best-scoring release is not confident: a weaker
  // one that passes would be a guess presented as the answer.
  const best = scored[0];
  const page =
    best && why(best)
      ? scored
          .filter((e) => e.score >= best.score * PAGE_RELATIVE && why(e))
          .slice(0, PAGE_MAX)
          .map((e) => ranked(e, why(e)))
      : [];

  // One pass: each entity's candidates, still best first.
  const naming = new Map<string, Evidence[]>();
  for (const e of scored) {
    for (const hit of e.entities) {
      const list = naming.get(hit.entity.id);
      if (!list) naming.set(hit.entity.id, [e]);
      else if (list.length < PER_ENTITY) list.push(e);
    }
  }

  // Popovers belong to marks, and only highlighted entities are marked: the others
  // (generic topics such as sanctions) only score, so their lists would never be read.
  // Not confident: the entity's releases nearest before the article (news follows releases),
  // or its newest for an undated page.
  const byEntity: Record<string, EntityReleases> = {};
  for (const hit of entities.values()) {
    if (!hit.entity.highlight) continue;
    const fits = naming.get(hit.entity.id) ?? [];
    if (fits[0] && why(fits[0])) {
      byEntity[hit.entity.id] = { entity: summary(hit.entity), releases: fits.map((e) => ranked(e, why(e))), confident: true };
    } else {
      const recent = (await source.recent(hit.entity.id, PER_ENTITY, context.date)).filter((r) => !r.unranked);
      const releases = recent.map((r) => ranked(scoreRelease(r, features)));
      const fallback = context.date ? 'before-article' : 'newest';
      byEntity[hit.entity.id] = { entity: summary(hit.entity), releases, confident: false, fallback };
    }
  }
  return { ranking: { page, byEntity, undated: !context.date }, scored };
}

/** The background's rankPage: what the popover and popup show. */
export async function rankPage(context: PageContext, source: ReleaseSource): Promise<PageRanking> {
  return (await rankPageDetailed(context, source)).ranking;
}
