// Why a release fits the page, in words a reader checks at a glance:
// "names Bessent, Reeves, Chalmers · critical minerals · 1 day before this article".
import type { Entity } from '../release/types';
import type { Evidence } from './score';

const MAX_NAMES = 4;
const MAX_TERMS = 3;

/** People by surname (as news writes them after first mention), everything else by name. */
export function shortName(entity: Entity): string {
  if (entity.type === 'person' || entity.type === 'designated-person') {
    return entity.surname ?? entity.name.split(/\s+/).pop() ?? entity.name;
  }
  return entity.name;
}

/** "Critical minerals" reads "critical minerals" mid-sentence; "CFIUS" stays as it is. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function list(items: string[], max: number): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} +${items.length - max} more` : shown;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "same day as this article", "3 days before this article", "2 months after this article". */
export function dateReason(daysBefore: number): string {
  if (daysBefore === 0) return 'same day as this article';
  const days = Math.abs(daysBefore);
  const span =
    days <= 60 ? plural(days, 'day') : days < 730 ? plural(Math.round(days / 30.4), 'month') : plural(Math.round(days / 365.25), 'year');
  return `${span} ${daysBefore > 0 ? 'before' : 'after'} this article`;
}

export function reasons(evidence: Evidence): string[] {
  const out: string[] = [];
  const named = evidence.entities.filter((e) => e.entity.type !== 'topic').map((e) => shortName(e.entity));
  if (named.length > 0) out.push(`names ${list(named, MAX_NAMES)}`);
  const topics = evidence.entities.filter((e) => e.entity.type === 'topic').map((e) => inSentence(e.entity.name));
  if (topics.length > 0) out.push(list(topics, MAX_NAMES));
  if (evidence.terms.length > 0) out.push(`shares terms: ${evidence.terms.slice(0, MAX_TERMS).join(', ')}`);
  if (evidence.daysBefore !== undefined) out.push(dateReason(evidence.daysBefore));
  if (evidence.namedDay) out.push('on a date the article gives');
  return out;
}
