// The compiled gazetteer as the background reads it: the automaton plus what the mention
// rules need per pattern and per entity, as views over the bytes of assets/index/matcher.bin
// (lib/matcher/compile.ts writes them at index time). Loading is a header parse, no rebuild.
import { Automaton } from './automaton';
import { section, unpackSections } from './binary';

/** What a pattern is to an entity (or, for titles, which title it is). */
export const PatternClass = {
  /** A printed form that links on its own: a full name, an organization, a topic variant. */
  Full: 0,
  /** A person's surname: links only after their full name, or after a title (lib/matcher/mentions). */
  Surname: 1,
  /** A title that may stand before a name ("Treasury Secretary", "Chancellor"). */
  Title: 2,
  /** Mr., Ms., Dr.: before a surname only once the full name has appeared. */
  Honorific: 3,
} as const;
export type PatternClass = (typeof PatternClass)[keyof typeof PatternClass];

/** Entity flags. */
export const HIGHLIGHT = 1;
export const AMBIGUOUS = 2;
export const NAMED = 4; // a person or a named organization: case matters, titles apply
export const COMMON_NAME = 8; // a full name shared by many ("John Smith"): needs a page on our ground
export const PRESIDENT = 16; // held the office itself ("President"), not "Vice President" or "Bank President"

export interface Matcher {
  automaton: Automaton;
  /** Entries of pattern p: entries[start[p] .. start[p+1]), each `index << 2 | class`. */
  start: Uint32Array;
  entries: Uint32Array;
  ids: string[];
  flags: Uint8Array;
  /** An entity's role-title words (persons): does "Chancellor" fit Reeves? */
  roleWords(entity: number): string[];
  /** A title entry's words. */
  titleWords(title: number): string[];
  /** An entity's given names, normalized: "Scott K. Bessent" is a full name even unlisted. */
  givenNames(entity: number): string[];
}

const decoder = new TextDecoder();
const decodeLines = (bytes: Uint8Array) => (bytes.length === 0 ? [] : decoder.decode(bytes).split('\n'));

/**
 * Line `i` of a section, split on `sep`, decoded when first asked for: loading a matcher stays
 * a header parse (the surname rules read these for a few entities per page, not all 20,000).
 */
function lazyLines(bytes: Uint8Array, sep: string): (i: number) => string[] {
  let lines: string[] | undefined;
  const cache = new Map<number, string[]>();
  return (i) => {
    let words = cache.get(i);
    if (!words) {
      lines ??= decodeLines(bytes);
      const line = lines[i] ?? '';
      words = line ? line.split(sep) : [];
      cache.set(i, words);
    }
    return words;
  };
}

export function loadMatcher(bytes: ArrayBuffer | Uint8Array): Matcher {
  const sections = unpackSections(bytes);
  return {
    automaton: Automaton.fromSections(sections),
    start: section(sections, 'start', Uint32Array),
    entries: section(sections, 'entries', Uint32Array),
    ids: decodeLines(section(sections, 'ids', Uint8Array)),
    flags: section(sections, 'flags', Uint8Array),
    roleWords: lazyLines(section(sections, 'roles', Uint8Array), ' '),
    titleWords: lazyLines(section(sections, 'titles', Uint8Array), ' '),
    givenNames: lazyLines(section(sections, 'given', Uint8Array), '|'),
  };
}
