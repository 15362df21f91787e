// How well one release fits a page, from three kinds of evidence:
//   entities — the people, organizations and topics found on the page that the release names,
//              each weighted by rarity (an entity named in few releases says more);
//   terms    — how much of the release's distinctive vocabulary the page uses (IDF-weighted);
//   date     — news covers a release within days; a release after the article cannot be its
//              subject. Undated pages lean on the days their text names ("On May 9, 2019,
//              FinCEN…"), else lightly on the latest year it mentions.
// score = (entityScore + TERM_WEIGHT · termScore) · dateFactor. Pure and deterministic.
import type { Entity, EntityType, Release } from '../release/types';
import { tokenize } from '../text/tokens';
import { daysBetween } from './dates';
import { sharedShingles } from './evidence';
import { releaseEntityIds } from './source';

/** What the page contributes, prepared once per page (rank.ts). */
export interface PageFeatures {
  entities: Map<string, PageEntity>;
  /** Times each vocabulary term occurs on the page. */
  terms: Map<string, number>;
  /** Inverse document frequency of any term a candidate lists. */
  idf: (term: string) => number;
  date?: string;
  /** Undated pages: the latest year the text mentions (see dates.ts `textEra`). */
  era?: number;
  /** Undated pages: the days the text names, in order (dates.ts `namedDates`). */
  namedDates?: string[];
  /** The page's sampled shingle codes and canonical amounts (evidence.ts). */
  shingles?: ReadonlySet<string>;
  amounts?: ReadonlySet<string>;
}

export interface PageEntity {
  entity: Entity;
  /** Times the page mentions it. */
  count: number;
  /** Rarity × kind × prominence on the page: what naming it is worth to a release. */
  weight: number;
  /** Tokens of its name and aliases: as release terms they only repeat the name. */
  nameTokens: Set<string>;
}

export interface Evidence {
  release: Release;
  /** Page entities the release names, heaviest first. */
  entities: PageEntity[];
  entityScore: number;
  /** Distinctive release terms the page uses, other than the counted names, heaviest first. */
  terms: string[];
  /** IDF-weighted sum of the release's distinctive terms that the page uses. */
  termScore: number;
  /** The same, leaving out terms that are names of the entities already counted. */
  ownTermScore: number;
  /** Page date minus release date, in days; undefined when the page has no date. */
  daysBefore?: number;
  /** Undated page: the release is dated on a day its text names (or the day after). */
  namedDay: boolean;
  dateFactor: number;
  /** Of the release's shipped shingles, how many the page has: sentences it quotes or rewrites. */
  quotes: number;
  /** The release's amounts and counts the page gives too. */
  amounts: string[];
  score: number;
}

/** What naming an entity of each kind says about a page-release fit. */
const KIND_WEIGHT: Record<EntityType, number> = {
  person: 1,
  'designated-person': 1.2,
  'designated-organization': 1.2,
  organization: 0.6,
  topic: 0.5,
};

/** Each shared shingle (four words in a row few releases use) and each shared amount or count: evidence of the event. */
export const QUOTE_WEIGHT = 1.5;
export const MAX_QUOTE_SCORE = 12;
export const AMOUNT_WEIGHT = 3;

/** Term evidence against entity evidence: a shared rare term (IDF 6–9) adds about 2–3, a rare name mentioned twice about 6. */
export const TERM_WEIGHT = 0.3;

/** Release terms are listed most distinctive first: later ones count less. */
const positionWeight = (i: number) => 1 / (1 + i / 8);

/** The rarity of an entity: ln(1 + N / (1 + releases naming it)). */
export function entityIdf(entity: Entity, docCount: number): number {
  return Math.log(1 + docCount / (1 + entity.releaseCount));
}

/** One mention is a passing one; the second and third make the entity part of the story. */
export function prominence(count: number): number {
  return 1 - 0.5 ** Math.max(1, count);
}

export function entityWeight(entity: Entity, count: number, docCount: number): number {
  return KIND_WEIGHT[entity.type] * entityIdf(entity, docCount) * prominence(count);
}

export function pageEntity(entity: Entity, count: number, docCount: number): PageEntity {
  const nameTokens = new Set([entity.name, ...entity.aliases].flatMap(tokenize));
  return { entity, count, weight: entityWeight(entity, count, docCount), nameTokens };
}

/**
 * Date proximity: ×2 for a release up to 2 days before the page, halving every week after
 * that down to ×0.5. A release after the page cannot be its subject: ×0.2, except ×0.6 for
 * one day after, which time zones and date stamps in another zone can produce. No date: ×1.
 */
export function dateFactor(daysBefore: number | undefined): number {
  if (daysBefore === undefined) return 1;
  if (daysBefore === -1) return 0.6;
  if (daysBefore < 0) return 0.2;
  const proximity = 0.5 ** (Math.max(0, daysBefore - 2) / 7);
  return 0.5 + 1.5 * proximity;
}

/**
 * An undated article is usually written around the latest year it mentions: releases from
 * that year or the ones either side get a modest lift. Content still decides.
 */
export const ERA_BOOST = 1.3;
/**
 * Undated page, a release on the first day its text names (or the day after, as Treasury
 * sometimes publishes a day late): as good as one just before a dated article. News states
 * the day of its event first; later days are more often background ("signed on July 18").
 */
export const FIRST_NAMED_DAY = 2;
export const LATER_NAMED_DAY = 1.5;

/** Which of the named days (index) a release falls on, or -1. */
function namedDayOf(release: Release, named: readonly string[]): number {
  return named.findIndex((day) => {
    const gap = daysBetween(day, release.date);
    return gap === 0 || gap === 1;
  });
}

function undatedFactor(release: Release, era: number | undefined, named: number): number {
  if (named >= 0) return named === 0 ? FIRST_NAMED_DAY : LATER_NAMED_DAY;
  if (era === undefined) return 1;
  const year = Number(release.date.slice(0, 4));
  return Math.abs(year - era) <= 1 ? ERA_BOOST : 1;
}

export function scoreRelease(release: Release, page: PageFeatures): Evidence {
  const entities: PageEntity[] = [];
  let entityScore = 0;
  for (const id of new Set(releaseEntityIds(release))) {
    const hit = page.entities.get(id);
    if (!hit) continue;
    entities.push(hit);
    entityScore += hit.weight;
  }
  entities.sort((a, b) => b.weight - a.weight || a.entity.id.localeCompare(b.entity.id));

  let termScore = 0;
  let ownTermScore = 0;
  const termHits: { term: string; weight: number }[] = [];
  release.terms.forEach((term, i) => {
    const onPage = page.terms.get(term);
    if (onPage === undefined) return;
    // A term used twice on the page counts fully; once, mostly.
    const weight = page.idf(term) * positionWeight(i) * Math.min(1, 0.7 + 0.15 * onPage);
    termScore += weight;
    if (entities.some((e) => e.nameTokens.has(term))) return;
    ownTermScore += weight;
    termHits.push({ term, weight });
  });
  termHits.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));

  const quotes = page.shingles ? sharedShingles(release.shingles, page.shingles) : 0;
  const amounts = page.amounts ? (release.amounts ?? []).filter((a) => page.amounts!.has(a)) : [];
  const eventScore = Math.min(MAX_QUOTE_SCORE, QUOTE_WEIGHT * quotes) + AMOUNT_WEIGHT * amounts.length;

  const daysBefore = page.date ? daysBetween(release.date, page.date) : undefined;
  const named = daysBefore === undefined ? namedDayOf(release, page.namedDates ?? []) : -1;
  const factor = daysBefore === undefined ? undatedFactor(release, page.era, named) : dateFactor(daysBefore);
  return {
    release,
    entities,
    entityScore,
    terms: termHits.map((h) => h.term),
    termScore,
    ownTermScore,
    daysBefore,
    namedDay: named >= 0,
    dateFactor: factor,
    quotes,
    amounts,
    score: (entityScore + TERM_WEIGHT * termScore + eventScore) * factor,
  };
}

/** Best first; ties by newer release, then by id, so results never depend on input order. */
export function byScore(a: Evidence, b: Evidence): number {
  return b.score - a.score || b.release.date.localeCompare(a.release.date) || a.release.id.localeCompare(b.release.id);
}
