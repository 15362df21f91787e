// Release search for the popup and `npm run cli -- search`, over the prebuilt index of
// lib/search/search-index.ts. A query's words (stems, as the index holds them) each match:
//   - the same word, or words it begins ("mineral" finds "minerals", "bess" finds "bessent");
//   - failing that, near spellings (fuse.js over the vocabulary of title words and names of
//     about the same length: "critcal" → "critical"), never over whole releases.
// A release scores, for each query word, the word's rarity (idf) times where it holds it
// (title 3, a name 2, its text 1) times how close the spelling was; releases holding every
// word come first, then those holding most; ties go to the newest. A phrase a reader
// remembers ("a new framework to secure critical minerals supply chains") needs most of its
// words, not all: the index holds the release's lede and distinctive terms, not every word.
// Fuzzy matching over whole titles answered "rare earth" with earthquake relief; over words,
// "earth" is a word the vocabulary holds, so no fuzzy step is taken for it.
import Fuse from 'fuse.js';
import {
  type BuiltSearchIndex,
  IN_NAMES,
  IN_TEXT,
  IN_TITLE,
  KIND_CODES,
  parseDoc,
  type PostingsPart,
  type SearchDocLine,
  searchWords,
  type SearchMeta,
} from './search-index';
import type { ReleaseKind } from '../release/types';

export interface SearchFilters {
  kind?: ReleaseKind;
  fromYear?: number;
  toYear?: number;
  /** A subject index (SearchResult.people): only releases naming that person. */
  person?: number;
}

/** Text in pieces, `hit` where a query word matched: rendered with <mark>. */
export interface Piece {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  id: string;
  url: string;
  title: string;
  date: string;
  kind: ReleaseKind;
  score: number;
  /** Why it matched: the title with matched words marked, the names it holds, its text's words. */
  why: { title: Piece[]; names: string[]; textWords: string[] };
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many releases matched (hits holds at most `limit`). */
  total: number;
  /** People the best matching releases name, most often first: the person filter's choices. */
  people: { subject: number; name: string; count: number }[];
  /** Set when the query is too short to search: what the reader can do. */
  message?: string;
}

const FIELD_WEIGHT = [0, 3, 2, 3, 1, 3, 2, 3]; // by mask: the best place that holds the word
const PREFIX_WEIGHT = 0.8;
const FUZZY_WEIGHT = 0.7;
const MAX_PREFIXES = 40;
const MAX_QUERY_WORDS = 12;
const FACET_DOCS = 300;
const fuzzyOptions = { includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2 };

interface Posting {
  docs: Int32Array;
  masks: Uint8Array;
}

/** Base-36 numbers separated by commas, read char by char (parseInt per number is 3× slower). */
function decode(packed: string): Posting {
  let count = 1;
  for (let i = 0; i < packed.length; i++) if (packed.charCodeAt(i) === 44) count++;
  const docs = new Int32Array(count);
  const masks = new Uint8Array(count);
  let doc = 0;
  let n = 0;
  let k = 0;
  for (let i = 0; i <= packed.length; i++) {
    const c = i < packed.length ? packed.charCodeAt(i) : 44;
    if (c === 44) {
      doc += Math.floor(n / 8);
      docs[k] = doc;
      masks[k++] = n % 8;
      n = 0;
    } else {
      n = n * 36 + (c <= 57 ? c - 48 : c - 87);
    }
  }
  return { docs, masks };
}

/** Lower bound of `word` in a sorted array. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function maskOf(posting: Posting, doc: number): number {
  let lo = 0;
  let hi = posting.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = posting.docs[mid]!;
    if (d === doc) return posting.masks[mid]!;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Pieces of `text` with the words whose stems are in `words` marked. */
export function markWords(text: string, words: ReadonlySet<string>): Piece[] {
  const pieces: Piece[] = [];
  for (const part of text.split(/([\p{L}\p{N}][\p{L}\p{N}'’]*)/u)) {
    if (!part) continue;
    const hit = /^[\p{L}\p{N}]/u.test(part) && (searchWords(part).some((w) => words.has(w)) || words.has(part.toLowerCase()));
    const last = pieces[pieces.length - 1];
    if (last && last.hit === hit) last.text += part;
    else pieces.push({ text: part, hit });
  }
  return pieces;
}

export class ReleaseSearch {
  /** Every indexed word, sorted, and its packed posting at the same place. */
  private readonly words: string[];
  private readonly packed: string[];
  private readonly fuzzyWords: string[];
  private readonly decoded = new Map<string, Posting>();
  private readonly score: Float64Array;
  private readonly matched: Uint8Array;
  private readonly best: Float64Array;

  constructor(
    private readonly meta: SearchMeta,
    private readonly docs: readonly SearchDocLine[],
    postings: readonly PostingsPart[],
  ) {
    this.words = postings.flatMap(([words]) => (words ? words.split('\n') : []));
    this.packed = postings.flatMap(([, packed]) => (packed ? packed.split('\n') : []));
    this.fuzzyWords = meta.fuzzy ? meta.fuzzy.split(' ') : [];
    this.score = new Float64Array(docs.length);
    this.matched = new Uint8Array(docs.length);
    this.best = new Float64Array(docs.length);
  }

  static fromIndex(index: BuiltSearchIndex): ReleaseSearch {
    const words = index.postings.map(([w]) => w).join('\n');
    return new ReleaseSearch(index.meta, index.docs, [[words, index.postings.map(([, p]) => p).join('\n')]]);
  }

  private has(word: string): boolean {
    return this.words[lowerBound(this.words, word)] === word;
  }

  private posting(word: string): Posting | undefined {
    let posting = this.decoded.get(word);
    if (!posting) {
      const at = lowerBound(this.words, word);
      if (this.words[at] !== word) return undefined;
      this.decoded.set(word, (posting = decode(this.packed[at]!)));
    }
    return posting;
  }

  /**
   * Near spellings of `word` among title words and names: fuse.js over the few that could be
   * one or two typos away (about its length, sharing its first or second letter and all but
   * two of its letters), not over the whole vocabulary.
   */
  private nearSpellings(word: string): { word: string; closeness: number }[] {
    const letters = new Uint8Array(128);
    for (let i = 0; i < word.length; i++) letters[word.charCodeAt(i) & 127]!++;
    const near = this.fuzzyWords.filter((w) => {
      if (Math.abs(w.length - word.length) > 1 || (w[0] !== word[0] && w[1] !== word[1])) return false;
      const left = letters.slice();
      let shared = 0;
      for (let i = 0; i < w.length; i++) if (left[w.charCodeAt(i) & 127]! > 0) left[w.charCodeAt(i) & 127]!--, shared++;
      return shared >= word.length - 2;
    });
    return new Fuse(near, fuzzyOptions).search(word, { limit: 6 }).map((r) => ({ word: r.item, closeness: 1 - (r.score ?? 0) }));
  }

  /**
   * Index words a query word stands for, each with how much a match on it counts. Words it
   * begins count for the word being typed (the last), or for a word the index lacks.
   */
  private expand(word: string, last: boolean): Map<string, number> {
    const found = new Map<string, number>();
    if (this.has(word)) found.set(word, 1);
    if (word.length >= 3 && (last || found.size === 0)) {
      for (let i = lowerBound(this.words, word); i < this.words.length && found.size < MAX_PREFIXES; i++) {
        const candidate = this.words[i]!;
        if (!candidate.startsWith(word)) break;
        if (!found.has(candidate)) found.set(candidate, PREFIX_WEIGHT);
      }
    }
    if (found.size === 0 && word.length >= 4 && !/\d/.test(word)) {
      for (const near of this.nearSpellings(word)) found.set(near.word, FUZZY_WEIGHT * near.closeness);
    }
    return found;
  }

  /** A long phrase keeps its rarest words (those that tell releases apart), in its order. */
  private rarest(words: string[]): string[] {
    if (words.length <= MAX_QUERY_WORDS) return words;
    const df = (w: string) => this.posting(w)?.docs.length ?? 0;
    const keep = new Set([...words].sort((a, b) => df(a) - df(b)).slice(0, MAX_QUERY_WORDS));
    return words.filter((w) => keep.has(w));
  }

  search(query: string, { limit = 50, filters = {} }: { limit?: number; filters?: SearchFilters } = {}): SearchResult {
    const trimmed = query.trim();
    if (trimmed.length === 0)
      return { hits: [], total: 0, people: [], message: 'Type a title, a name, a topic, an id, or words you remember from a release.' };
    const words = this.rarest([...new Set(searchWords(trimmed))]);
    if (trimmed.length < 2 || words.length === 0) {
      return { hits: [], total: 0, people: [], message: 'Type at least two letters of a word that says what the release is about.' };
    }
    const expansions = words.map((w, i) => this.expand(w, i === words.length - 1));
    const { score, matched, best } = this;
    score.fill(0);
    matched.fill(0);
    const touched: number[] = [];
    const docCount = this.docs.length;
    for (const expansion of expansions) {
      const hitDocs: number[] = [];
      for (const [word, weight] of expansion) {
        const posting = this.posting(word)!;
        const idf = Math.log(1 + docCount / posting.docs.length);
        for (let i = 0; i < posting.docs.length; i++) {
          const doc = posting.docs[i]!;
          const value = idf * weight * FIELD_WEIGHT[posting.masks[i]!]!;
          if (best[doc] === 0) hitDocs.push(doc);
          if (value > best[doc]!) best[doc] = value;
        }
      }
      for (const doc of hitDocs) {
        if (matched[doc] === 0) touched.push(doc);
        matched[doc]!++;
        score[doc]! += best[doc]!;
        best[doc] = 0;
      }
    }
    const n = words.length;
    const need = n <= 2 ? n : n <= 4 ? n - 1 : Math.ceil(n * 0.4);
    const { years, kinds, subjects } = this.meta;
    const kindCode = filters.kind ? KIND_CODES[filters.kind] : undefined;
    const passing: number[] = [];
    for (const doc of touched) {
      if (matched[doc]! < need || (kindCode && kinds[doc] !== kindCode)) continue;
      if ((filters.fromYear && years[doc]! < filters.fromYear) || (filters.toYear && years[doc]! > filters.toYear)) continue;
      if (filters.person !== undefined && !parseDoc(this.docs[doc]!).subjects.includes(filters.person)) continue;
      passing.push(doc);
    }
    // Every word first, then the score (rare words weigh more: a remembered phrase's common
    // words, which many ledes share, must not outvote its rare ones); the index is newest first.
    const all = (doc: number) => (matched[doc] === n ? 1 : 0);
    passing.sort((a, b) => all(b) - all(a) || score[b]! - score[a]! || a - b);
    // The person filter's choices: people the best matches name (splitting every match's line
    // for a query of thousands would cost more than the search).
    const personCounts = new Map<number, number>();
    for (const doc of passing.slice(0, FACET_DOCS)) {
      for (const s of parseDoc(this.docs[doc]!).subjects)
        if (subjects[s]![1] === 'person') personCounts.set(s, (personCounts.get(s) ?? 0) + 1);
    }
    const people = [...personCounts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 12)
      .map(([subject, count]) => ({ subject, name: subjects[subject]![0], count }));
    return { hits: passing.slice(0, limit).map((doc) => this.hit(doc, expansions)), total: passing.length, people };
  }

  private hit(doc: number, expansions: Map<string, number>[]): SearchHit {
    const { id, url, title, date, kind, subjects } = parseDoc(this.docs[doc]!);
    const inTitle = new Set<string>();
    const inNames = new Set<string>();
    const inText = new Set<string>();
    for (const expansion of expansions) {
      for (const word of expansion.keys()) {
        const mask = maskOf(this.posting(word)!, doc);
        if (mask & IN_TITLE) inTitle.add(word);
        if (mask & IN_NAMES) inNames.add(word);
        if (mask & IN_TEXT) inText.add(word);
      }
    }
    const names = [
      ...new Set(
        subjects
          .map((s) => this.meta.subjects[s]!)
          .filter(([, , words]) => words.split(' ').some((w) => inNames.has(w)))
          .map(([name]) => name),
      ),
    ];
    return {
      id,
      url,
      title,
      date,
      kind,
      score: this.score[doc]!,
      why: {
        title: markWords(title, inTitle),
        names,
        textWords: [...inText],
      },
    };
  }
}
