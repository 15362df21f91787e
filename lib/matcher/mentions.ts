// The rules that decide which matches are mentions (issue: "Find every mention"):
//
// - A full printed form links on its own: "Scott K.H. Bessent", "François-Philippe Champagne",
//   "Sinaloa Cartel"; topics in any case ("rare-earth elements"). Names must be capitalized.
// - A title right before a name belongs to the mention: "Treasury Secretary Scott Bessent".
// - A surname after one of the person's given names is a full name, with up to three initials
//   or one middle name between: "Scott K. H. Bessent", "Janet Louise Yellen".
// - A surname alone links after that person's full name appeared earlier on the page, or right
//   after a title or honorific: "Secretary Bessent". A different capitalized first name blocks
//   it ("Keanu Reeves"); a lower-case word never links ("champagne", "snow").
// - Ambiguous surnames (ordinary words, common names) need more: a title that fits the person's
//   role ("Chancellor Reeves"), or an honorific or any title once the full name has appeared.
//   A capital at the start of a sentence is no evidence ("Snow fell on Monday").
// - A president's surname before "administration" or "White House" links, ambiguous or not:
//   "the Trump administration's tariffs" (the role says who was president).
// - A full name shared by many (a common first name, an ambiguous surname: "John Smith", "Kevin
//   Brown") links after a title that fits the role, or once the page is on our ground: it says
//   "Treasury" or "sanctions", or names someone or something that stands on its own, here or
//   earlier.
//
//   findMentions(matcher, blocks, page) → mentions per block in text order, and the page's state
// `page` (PageSoFar) carries what the page said across calls, as the content script scans.
import type { Mention, PageSoFar } from './types';
import { normalize, normalizeText, type Normalized } from '../text/normalize';
import { AMBIGUOUS, COMMON_NAME, HIGHLIGHT, NAMED, PRESIDENT, type Matcher, PatternClass } from './matcher';

/** Capitalized words that are no one's first name, so they never block a surname after them. */
const NOT_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december on in at as but and or when while after before then yet so ' +
    'if though although because said says told asked added noted also meanwhile however still today ' +
    'yesterday tomorrow treasury washington america american u.s us uk eu g7 g20 imf'
  ).split(' '),
);

const reuse: Normalized = { codes: new Uint16Array(1024), length: 0, map: new Uint32Array(1025) };

function isCapitalized(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90; // most text: no string case mapping needed
  const c = text[at];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Does the title fit one of the entity's roles? All its words appear in some role's words. */
function titleFits(m: Matcher, title: number, entity: number): boolean {
  const words = m.titleWords(title);
  const role = m.roleWords(entity);
  return words.length > 0 && words.every((w) => role.includes(w));
}

/** The word just before original offset `at` (skipping one space), if any. */
function previousWord(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = before.match(/([\p{L}][\p{L}.'’-]*)\s$/u);
  return m?.[1];
}

/** An initial as printed in a name: "K.", "K.H.", "H", "K.-H.". */
const INITIAL = /^\p{Lu}\.?(?:-?\p{Lu}\.?)*$/u;
const CAPITALIZED_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Where the full name that ends with the surname at original offset `at` starts, when the words
 * before the surname are one of the person's given names, then up to three initials or one
 * middle name: "Scott K. H. Bessent", "Janet Louise Yellen" — forms the index need not list.
 */
function givenNameStart(m: Matcher, text: string, at: number, entity: number): number | undefined {
  const given = m.givenNames(entity);
  if (given.length === 0 || at === 0 || !/\s/.test(text[at - 1]!)) return undefined;
  // Cheap exit for most surnames: the word before is not capitalized ("said Bessent").
  let word = at - 1;
  while (word > 0 && !/\s/.test(text[word - 1]!)) word--;
  if (!isCapitalized(text, word)) return undefined;
  const from = Math.max(0, at - 80);
  const before = text.slice(from, at);
  const words = [...before.matchAll(/\S+/g)];
  let k = words.length - 1;
  let initials = 0;
  for (; k > 0 && initials < 3 && INITIAL.test(words[k]![0]); k--) initials++;
  // The given name, or (without initials) a middle name and then the given name.
  for (let tries = initials === 0 ? 2 : 1; tries > 0 && k >= 0; tries--, k--) {
    const word = words[k]!;
    const lower = word[0].toLowerCase();
    if (given.includes(/^[a-z.'-]*$/.test(lower) ? lower : normalize(word[0]))) return from + word.index!;
    if (!CAPITALIZED_WORD.test(word[0])) return undefined;
  }
  return undefined;
}

/** "the Obama administration": a surname before "administration" names the president. */
function presidentsAdministration(m: Matcher, text: string, end: number, entity: number): boolean {
  return (m.flags[entity]! & PRESIDENT) !== 0 && /^\s(?:administration|White House)\b/i.test(text.slice(end, end + 16));
}

interface Pending {
  /** Title or honorific that ends right before the next match, in original offsets. */
  start: number;
  end: number;
  cls: typeof PatternClass.Title | typeof PatternClass.Honorific;
  title: number;
}

function entriesOf(m: Matcher, pattern: number): number[] {
  const out: number[] = [];
  for (let k = m.start[pattern]!; k < m.start[pattern + 1]!; k++) out.push(m.entries[k]!);
  return out;
}

/** Words that put any news on our ground: Treasury, and the sanctions it imposes. */
const OUR_GROUND = /\bTreasury\b|\bsanction(?:s|ed|ing)?\b/i;

interface PageState {
  seen: Set<string>;
  onTopic: boolean;
}

function blockMentions(m: Matcher, text: string, page: PageState): Mention[] {
  const seen = page.seen;
  const norm = normalizeText(text, reuse);
  const found = m.automaton.leftmostLongest(norm.codes, norm.length);
  if (OUR_GROUND.test(text)) page.onTopic = true;
  const mentions: Mention[] = [];
  /** Common full names waiting for the block or page to be on our ground. */
  const untilOnTopic: { mention: Mention; id: string }[] = [];
  let pending: Pending | undefined;

  for (let k = 0; k < found.length; k += 3) {
    const start = norm.map[found[k + 1]!]!;
    const end = norm.map[found[k + 2]!]!;
    const entries = entriesOf(m, found[k]!);
    // A title counts only when the next match follows it after one space.
    const prior = pending;
    const titleBefore = (at: number) => (prior && /^\s$/.test(text.slice(prior.end, at)) ? prior : undefined);
    const title = titleBefore(start);
    pending = undefined;

    const titleEntry = entries.find((e) => (e & 3) === PatternClass.Title || (e & 3) === PatternClass.Honorific);
    const capitalized = isCapitalized(text, start);
    let chosen: { entity: number; cls: PatternClass; start?: number } | undefined;

    for (const entry of entries) {
      const entity = entry >>> 2;
      const cls = (entry & 3) as PatternClass;
      const flags = m.flags[entity]!;
      const id = m.ids[entity]!;
      if (cls === PatternClass.Full) {
        if (flags & NAMED && !capitalized) continue;
        chosen = { entity, cls };
        break;
      }
      if (cls === PatternClass.Surname) {
        if (!capitalized) continue;
        const givenAt = givenNameStart(m, text, start, entity);
        if (givenAt !== undefined) {
          chosen = { entity, cls: PatternClass.Full, start: givenAt };
          break;
        }
        const fullSeen = seen.has(id);
        const ok =
          (flags & AMBIGUOUS
            ? (title?.cls === PatternClass.Title && (titleFits(m, title.title, entity) || fullSeen)) ||
              (title?.cls === PatternClass.Honorific && fullSeen)
            : fullSeen || title !== undefined) || presidentsAdministration(m, text, end, entity);
        if (!ok) continue;
        if (!title) {
          const word = previousWord(text, start);
          if (word && isCapitalized(word, 0) && !NOT_NAMES.has(word.toLowerCase())) continue; // "Keanu Reeves"
        }
        // Several people share the surname: the one whose full name the page gave wins.
        if (!chosen || (fullSeen && !seen.has(m.ids[chosen.entity]!))) chosen = { entity, cls };
      }
    }

    if (!chosen) {
      if (titleEntry !== undefined) {
        pending = { start, end, cls: (titleEntry & 3) as Pending['cls'], title: titleEntry >>> 2 };
      }
      continue;
    }
    const flags = m.flags[chosen.entity]!;
    const id = m.ids[chosen.entity]!;
    const from = chosen.start ?? start;
    const before = titleBefore(from);
    const mention = { start: before && flags & NAMED ? before.start : from, end, entityId: id, highlight: (flags & HIGHLIGHT) !== 0 };
    const fullName = chosen.cls === PatternClass.Full && (flags & NAMED) !== 0;
    if (
      fullName &&
      flags & COMMON_NAME &&
      !page.onTopic &&
      !(before?.cls === PatternClass.Title && titleFits(m, before.title, chosen.entity))
    ) {
      untilOnTopic.push({ mention, id });
      continue;
    }
    if (fullName) seen.add(id);
    if (mention.highlight) page.onTopic = true;
    mentions.push(mention);
  }
  if (untilOnTopic.length === 0 || !page.onTopic) return mentions;
  for (const { id } of untilOnTopic) seen.add(id);
  return [...mentions, ...untilOnTopic.map((u) => u.mention)].sort((a, b) => a.start - b.start);
}

/** Mentions per block, and what the page has said once these blocks are read. */
export function findMentions(matcher: Matcher, blocks: readonly string[], page: PageSoFar): { mentions: Mention[][]; page: PageSoFar } {
  const state: PageState = { seen: new Set(page.fullNames), onTopic: page.onTopic };
  const mentions = blocks.map((text) => blockMentions(matcher, text, state));
  return { mentions, page: { fullNames: [...state.seen], onTopic: state.onTopic } };
}

/** A page before anything was read. */
export const NEW_PAGE: PageSoFar = { fullNames: [], onTopic: false };
