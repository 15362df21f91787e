// The gazetteer compiled for matching, once, when the index is built (and in the background
// for entities that updates bring): bytes that lib/matcher/matcher.ts loads as views.
import type { Entity } from '../release/types';
import { normalize } from '../text/normalize';
import { topicSpellings } from '../text/topic-forms';
import { Automaton } from './automaton';
import { packSections } from './binary';
import { AMBIGUOUS, COMMON_NAME, HIGHLIGHT, NAMED, PatternClass, PRESIDENT } from './matcher';
import newsTitles from '../../assets/lexicon/news-titles.json';

const encoder = new TextEncoder();
const encodeLines = (lines: string[]) => encoder.encode(lines.join('\n'));

/** Titles that stand before names in news copy beyond the corpus's roles, and honorifics. */
const { titles: TITLES, honorifics: HONORIFICS } = newsTitles;

/** Words that carry the meaning of a title: "U.S. Treasury Secretary" → secretary, treasury. */
export function titleWords(title: string): string[] {
  return normalize(title)
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter((w) => w.length > 1 && !['of', 'the', 'and', 'for', 'u.s', 'us'].includes(w));
}

/** A person's given names as the rules compare them: listed ones, and the first word of full aliases. */
function givenNamesOf(entity: Entity): string[] {
  if (entity.type === 'topic' || !entity.surname) return [];
  const names = new Set((entity.givenNames ?? []).map((g) => normalize(g).trim()));
  const surname = normalize(entity.surname).trim();
  for (const alias of entity.aliases) {
    const words = normalize(alias).trim().split(' ');
    if (words.length > 1 && words.slice(1).join(' ').endsWith(surname)) names.add(words[0]!);
  }
  names.delete('');
  return [...names].filter((n) => !n.includes('|') && !n.includes('\n'));
}

function flagsOf(entity: Entity): number {
  let f = 0;
  if (entity.highlight) f |= HIGHLIGHT;
  if (entity.ambiguous) f |= AMBIGUOUS;
  if (entity.commonName) f |= COMMON_NAME;
  if ((entity.roles ?? []).some((r) => /^(?:u\.?s\.? )?president(?: of the united states)?$/i.test(r.title.trim()))) f |= PRESIDENT;
  if (entity.type !== 'topic') f |= NAMED;
  return f;
}

/** Strongest first: where two entities share a printed form, the first one wins the mark. */
const TYPE_ORDER: Record<Entity['type'], number> = {
  person: 0,
  'designated-person': 1,
  'designated-organization': 2,
  organization: 3,
  topic: 4,
};

export function compileMatcher(input: readonly Entity[]): Uint8Array {
  const entities = [...input].sort(
    (a, b) =>
      Number(b.highlight) - Number(a.highlight) ||
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      b.releaseCount - a.releaseCount ||
      a.id.localeCompare(b.id),
  );
  const patterns = new Map<string, number[]>();
  const add = (text: string, entry: number) => {
    const key = normalize(text).trim();
    if (key.length === 0) return;
    const list = patterns.get(key);
    if (!list) patterns.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };

  entities.forEach((entity, i) => {
    const person = entity.type === 'person' || entity.type === 'designated-person';
    for (const alias of [entity.name, ...entity.aliases]) {
      // A person's one-word form is their surname, which follows the surname rules instead.
      if (person && !/\s/.test(alias.trim())) continue;
      for (const variant of entity.type === 'topic' ? topicSpellings(alias) : [alias]) add(variant, (i << 2) | PatternClass.Full);
    }
    if (entity.surname) add(entity.surname, (i << 2) | PatternClass.Surname);
  });
  const titles = [...new Set([...TITLES, ...entities.flatMap((e) => (e.roles ?? []).map((r) => normalize(r.title)))])].sort();
  for (const [t, title] of titles.entries()) add(title, (t << 2) | PatternClass.Title);
  for (const h of HONORIFICS) add(h, PatternClass.Honorific);

  const keys = [...patterns.keys()].sort();
  const start = new Uint32Array(keys.length + 1);
  const entries: number[] = [];
  keys.forEach((key, p) => {
    start[p] = entries.length;
    entries.push(...patterns.get(key)!);
  });
  start[keys.length] = entries.length;

  const automaton = Automaton.build(keys);
  return packSections({
    ...automaton.toSections(),
    start,
    entries: Uint32Array.from(entries),
    ids: encodeLines(entities.map((e) => e.id)),
    flags: Uint8Array.from(entities.map(flagsOf)),
    roles: encodeLines(entities.map((e) => [...new Set((e.roles ?? []).flatMap((r) => titleWords(r.title)))].join(' '))),
    titles: encodeLines(titles.map((t) => titleWords(t).join(' '))),
    given: encodeLines(entities.map((e) => givenNamesOf(e).join('|'))),
  });
}
