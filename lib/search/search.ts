// Release search for the popup, in two tiers:
//   1. releases whose title or subjects (the people, organizations and topics the release
//      names) hold every word of the query, whole or as a word's beginning ("mineral" finds
//      "minerals"): those with more of the words in the title first, then the newest;
//   2. then fuzzy matches (fuse.js), so a misspelled query ("critcal minerals") still finds.
// Fuzzy matching alone ranked "Earthquake" and "Health Care" above every release about rare
// earths: titles seldom say what a release is about, and "rare" is one letter from "care".
import Fuse, { type IFuseOptions } from 'fuse.js';
import { normalize } from '../text/normalize';
import type { Release } from '../release/types';

export interface SearchableRelease extends Pick<Release, 'id' | 'url' | 'title' | 'date' | 'kind'> {
  /** The people, organizations and topics it names, as words: "scott bessent rare earth elements". */
  subjects: string;
}

/** "topic:rare-earth-elements" → "rare earth elements"; "person:jane-doe-2" → "jane doe". */
const wordsOfId = (id: string) => id.slice(id.indexOf(':') + 1).replace(/-\d+$/, '').replace(/-/g, ' ');

export function searchable(release: Release): SearchableRelease {
  const { id, url, title, date, kind } = release;
  const ids = [...release.people.map((p) => p.id), ...release.orgs, ...release.topics];
  return { id, url, title, date, kind, subjects: ids.map(wordsOfId).join(' ') };
}

const options: IFuseOptions<SearchableRelease> = {
  // Titles only: subjects are long, and fuzzy search over them cost 2.5× per keystroke.
  keys: [
    { name: 'title', weight: 3 },
    { name: 'id', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true, // words anywhere in a title count the same
  threshold: 0.35,
  minMatchCharLength: 2,
  // Each word of the query is its own fuzzy term, all required: "critcal minerals supply"
  // finds titles holding all three words, misspelled or not, in any order.
  useExtendedSearch: true,
};

/** Words without extended-search operators, so reader input is always plain fuzzy text. */
function toFuzzyTerms(query: string): string {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[=!'^]+|[$|]+$/g, '').replace(/[|]/g, ''))
    .filter((word) => word.length > 0)
    .join(' ');
}

// Normalized text is lower case without diacritics: what is left besides a-z and digits is
// punctuation (below U+00C0) or another script's letters.
const wordsOf = (text: string) => normalize(text).split(/[^0-9a-z\u00c0-\uffff]+/).filter(Boolean);

interface Doc {
  release: SearchableRelease;
  /** Words of the title and the id. */
  title: string[];
  subjects: string[];
}

const holds = (words: string[], word: string) => words.some((w) => w.startsWith(word));

export class ReleaseSearch {
  private readonly fuse: Fuse<SearchableRelease>;
  private readonly docs: Doc[];

  constructor(releases: readonly SearchableRelease[]) {
    this.fuse = new Fuse(releases, options);
    // Subjects are already words (from entity ids): no need to normalize them.
    this.docs = releases.map((release) => ({ release, title: [...wordsOf(release.title), release.id], subjects: release.subjects.split(' ') }));
  }

  /** Releases holding every word first, then fuzzy matches; see above. */
  search(query: string, limit = 20): SearchableRelease[] {
    const q = toFuzzyTerms(query.trim());
    if (q.length < 2) return [];
    const exact = this.exact(wordsOf(q).filter((w) => w.length >= 2), limit);
    if (exact.length === limit) return exact; // the fuzzy pass is the slow one: only when needed
    const found = new Set(exact.map((r) => r.id));
    const fuzzy = this.fuse
      .search(q, { limit: limit * 3 })
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || b.item.date.localeCompare(a.item.date))
      .map((result) => result.item)
      .filter((r) => !found.has(r.id));
    return [...exact, ...fuzzy].slice(0, limit);
  }

  private exact(words: string[], limit: number): SearchableRelease[] {
    if (words.length === 0) return [];
    const hits: { release: SearchableRelease; inTitle: number }[] = [];
    for (const doc of this.docs) {
      let inTitle = 0;
      const all = words.every((w) => (holds(doc.title, w) ? ++inTitle : holds(doc.subjects, w)));
      if (all) hits.push({ release: doc.release, inTitle });
    }
    return hits
      .sort((a, b) => b.inTitle - a.inTitle || b.release.date.localeCompare(a.release.date) || a.release.id.localeCompare(b.release.id))
      .slice(0, limit)
      .map((h) => h.release);
  }
}
