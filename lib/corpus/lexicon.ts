// Word lists the gazetteer consults: which capitalized words are ordinary English, which are
// common names. Data lives in assets/lexicon/ with its source. The texts are handed in
// (provideWordLists) rather than read here, so the extraction runs in Node and in the
// background alike: indexer/word-lists.ts reads the files, lib/sync/word-lists.ts bundles them.
import { fold } from './fold';

/** The contents of assets/lexicon/*.txt: one word a line, `#` comments. */
export interface WordLists {
  englishWords: string;
  dictionaryNames: string;
  commonSurnames: string;
}

let lists: WordLists | undefined;
let cached: Lexicon | undefined;

export function provideWordLists(value: WordLists): void {
  lists = value;
  cached = undefined;
}

function load(file: keyof WordLists): Set<string> {
  if (!lists) throw new Error('Word lists not provided: call provideWordLists (indexer/word-lists.ts in Node)');
  const text = lists[file];
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const word = line.trim();
    if (word && !word.startsWith('#')) words.add(fold(word).toLowerCase());
  }
  return words;
}

export interface Lexicon {
  /** An ordinary lower-case English word ("snow", "champagne", "promotion"). */
  isWord(word: string): boolean;
  /** A name a spell-checker knows, or a very common surname somewhere ("Rubin", "Kato"). */
  isCommonName(word: string): boolean;
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const words = load('englishWords');
  const names = new Set([...load('dictionaryNames'), ...load('commonSurnames')]);
  const key = (w: string) => fold(w).toLowerCase();
  // Inflected forms are words too: "Summers" → "summer", "Working" → "work", "Housing" → "house".
  const stems = (w: string) => [
    w,
    w.replace(/'s$/, ''),
    w.replace(/s$/, ''),
    w.replace(/es$/, ''),
    w.replace(/ies$/, 'y'),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/ed$/, ''),
    w.replace(/ed$/, 'e'),
  ];
  cached = {
    isWord: (w) => stems(key(w)).some((s) => words.has(s)),
    isCommonName: (w) => names.has(key(w)),
  };
  return cached;
}

/**
 * A surname the matcher must never link alone: an English word, a common name, or so
 * short (Lew, Koo, Ma) that it collides with acronyms and other languages. Every part of a
 * two-part surname is checked, since news often prints only one of them.
 */
export function isAmbiguousSurname(surname: string): boolean {
  const lex = lexicon();
  return surname
    .split(/[\s-]+/)
    .filter((part) => !/^(de|del|la|van|von|der|da|dos|du|di|le|bin|ibn|al|el|ben|y)$/i.test(part))
    .some((part) => fold(part).replace(/[^A-Za-z]/g, '').length <= 3 || lex.isWord(part) || lex.isCommonName(part));
}

/** A name shared by many: a common first name with an ambiguous surname ("John Smith", "Kevin Brown"). */
export function isCommonFullName(first: string | undefined, surname: string): boolean {
  return first !== undefined && lexicon().isCommonName(first) && isAmbiguousSurname(surname);
}
