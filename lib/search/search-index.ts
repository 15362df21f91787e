// The popup's search index, built once at index time and shipped as files (no popup opening
// reads every release row or builds an index). Three kinds of file:
//   meta      per release its date and kind (what filters read), the named subjects (people
//             with all their aliases, organizations, topics) and the vocabulary worth fuzzy
//             matching (words of titles and names);
//   docs-N    one line per release, newest first: what a result shows, split only when shown;
//   postings-N  word → the releases holding it, with where (title, a name, its text), packed
//             as a string decoded only when a query needs that word.
// Mostly long strings, not nested JSON: a popup parses 6 MB of strings several times faster
// than the same data as arrays and objects. Words are lib/text/tokens' stems, the same the
// ranking's terms use.
import { jsonParts, partNames } from '../release/index-parts';
import { tokenize } from '../text/tokens';
import type { Entity, Release, ReleaseKind, SearchFileNames } from '../release/types';

/** Where a word occurs in a release: bits of a posting's mask. */
export const IN_TITLE = 1; // the title or the id
export const IN_NAMES = 2; // a person (any alias), organization or topic it names
export const IN_TEXT = 4; // its lede or its distinctive terms

export type SubjectKind = 'person' | 'org' | 'topic';

/**
 * A release as a tab-separated line: id, url (when not the usual one), title, date, kind,
 * subject indexes (comma-separated). Its lede is searched (postings) but not repeated here: the
 * release parts ship it already, and twice would take the Chrome zip past its budget.
 */
export type SearchDocLine = string;
export interface SearchDoc {
  id: string;
  url: string;
  title: string;
  date: string;
  kind: ReleaseKind;
  subjects: number[];
}

export const KIND_CODES: Record<ReleaseKind, string> = { 'press-release': 'p', readout: 'r', statement: 's', testimony: 't' };

export interface SearchMeta {
  docCount: number;
  /** Each release's year, newest first as the docs are. */
  years: number[];
  /** Each release's kind as one letter (KIND_CODES). */
  kinds: string;
  /** [display name, kind, all its words (space-separated)]. */
  subjects: [name: string, kind: SubjectKind, words: string][];
  /** Words of titles and names, for fuzzy matching, space-separated. */
  fuzzy: string;
}

/**
 * A postings part: [words, postings], each newline-separated, in the same (sorted) order. A
 * posting is base-36 numbers `(doc − previous doc) × 8 + mask`, comma-separated.
 */
export type PostingsPart = [words: string, postings: string];

export interface BuiltSearchIndex {
  meta: SearchMeta;
  docs: SearchDocLine[];
  /** [word, posting], sorted by word. */
  postings: [string, string][];
}

export function parseDoc(line: SearchDocLine): SearchDoc {
  const [id = '', url = '', title = '', date = '', kind = 'press-release', subjects = ''] = line.split('\t');
  return {
    id,
    url: url || officialUrl(id),
    title,
    date,
    kind: kind as ReleaseKind,
    subjects: subjects ? subjects.split(',').map(Number) : [],
  };
}

const oneLine = (text: string) => text.replace(/[\t\n\r]+/g, ' ');

export const officialUrl = (id: string) => `https://home.treasury.gov/news/press-releases/${id}`;

/** Query and index words: stems, plus a bare identifier as it is ("20028211634385594"). */
export function searchWords(text: string): string[] {
  const words = tokenize(text);
  for (const raw of text.toLowerCase().split(/[^0-9a-z]+/)) if (/^\d{5,}$/.test(raw)) words.push(raw);
  return words;
}

const subjectKind = (type: Entity['type']): SubjectKind =>
  type === 'topic' ? 'topic' : type === 'person' || type === 'designated-person' ? 'person' : 'org';

export function buildSearchIndex(releases: readonly Release[], entities: readonly Entity[]): BuiltSearchIndex {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const subjectIndex = new Map<string, number>();
  const subjects: SearchMeta['subjects'] = [];
  const subjectWords: string[][] = [];
  const subjectOf = (id: string): number | undefined => {
    const known = subjectIndex.get(id);
    if (known !== undefined) return known;
    const entity = byId.get(id);
    if (!entity) return undefined;
    const words = [...new Set(searchWords([entity.name, ...entity.aliases].join(' ')))];
    subjectIndex.set(id, subjects.length);
    subjects.push([entity.name, subjectKind(entity.type), words.join(' ')]);
    subjectWords.push(words);
    return subjects.length - 1;
  };

  const sorted = [...releases].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const masks = new Map<string, Map<number, number>>();
  const fuzzy = new Set<string>();
  const add = (word: string, doc: number, mask: number) => {
    let docs = masks.get(word);
    if (!docs) masks.set(word, (docs = new Map()));
    docs.set(doc, (docs.get(doc) ?? 0) | mask);
  };
  const docs = sorted.map((release, doc): SearchDocLine => {
    const ids = [...release.people.map((p) => p.id), ...release.orgs, ...release.topics];
    const named = [...new Set(ids.map(subjectOf).filter((i): i is number => i !== undefined))];
    for (const word of [...searchWords(release.title), release.id.toLowerCase()]) {
      add(word, doc, IN_TITLE);
      fuzzy.add(word);
    }
    for (const s of named) for (const word of subjectWords[s]!) add(word, doc, IN_NAMES), fuzzy.add(word);
    for (const word of [...searchWords(release.lede ?? ''), ...release.terms]) add(word, doc, IN_TEXT);
    const url = release.url === officialUrl(release.id) ? '' : release.url;
    return [release.id, url, oneLine(release.title), release.date, release.kind, named.join(',')].join('\t');
  });

  const postings = [...masks]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, byDoc]): [string, string] => {
      let previous = 0;
      const parts: string[] = [];
      for (const [doc, mask] of [...byDoc].sort((a, b) => a[0] - b[0])) {
        parts.push(((doc - previous) * 8 + mask).toString(36));
        previous = doc;
      }
      return [word, parts.join(',')];
    });
  // Words of one or two letters are too short to misspell usefully; ids are matched exactly.
  const fuzzyWords = [...fuzzy].filter((w) => w.length >= 4 && !/\d/.test(w)).sort();
  const meta: SearchMeta = {
    docCount: docs.length,
    years: sorted.map((r) => Number(r.date.slice(0, 4))),
    kinds: sorted.map((r) => KIND_CODES[r.kind]).join(''),
    subjects,
    fuzzy: fuzzyWords.join(' '),
  };
  return { meta, docs, postings };
}

/** The index as files of at most ~3 MB each, and their names for the manifest. */
export function searchIndexFiles(index: BuiltSearchIndex): { names: SearchFileNames; files: { name: string; json: string }[] } {
  const docs = jsonParts(index.docs);
  // Parts of whole rows, each written as two long strings.
  const postings = jsonParts(index.postings).map((json) => {
    const rows = JSON.parse(json) as [string, string][];
    return JSON.stringify([rows.map(([w]) => w).join('\n'), rows.map(([, p]) => p).join('\n')] satisfies PostingsPart);
  });
  const names: SearchFileNames = {
    meta: 'search-meta.json',
    docs: partNames('search-docs', docs.length),
    postings: partNames('search-postings', postings.length),
  };
  const files = [
    { name: names.meta, json: JSON.stringify(index.meta) },
    ...docs.map((json, i) => ({ name: names.docs[i]!, json })),
    ...postings.map((json, i) => ({ name: names.postings[i]!, json })),
  ];
  return { names, files };
}
