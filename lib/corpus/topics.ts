// The reviewed topic taxonomy (assets/topics.json): validate it, turn it into gazetteer
// entities, and tag releases with the topics they name. Tagging runs over every release at
// build time, so it walks a word trie once per text instead of trying each alias in turn.
import type { Entity } from '../release/types';
import { isAsciiWordCode, normalize, normalizeText, type Normalized } from '../text/normalize';
import { isTopicGapCode } from '../text/topic-forms';
import bundled from '../../assets/topics.json';

export interface TopicDef {
  /** "topic:critical-minerals" */
  id: string;
  /** Display name: "Critical minerals". */
  name: string;
  /** Printed forms, matched case-insensitively on whole words ("rare-earth elements"). */
  aliases: string[];
  /** False for topics too generic to mark on a page ("sanctions"); they still rank. */
  highlight: boolean;
  /** Where in the corpus the topic comes from, for the reviewer. */
  source: string;
}

export class TaxonomyError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid topic taxonomy:\n  - ${problems.join('\n  - ')}`);
    this.name = 'TaxonomyError';
  }
}

const ID_SHAPE = /^topic:[a-z0-9]+(?:-[a-z0-9]+)*$/;
// An alias is words joined by spaces, hyphens, slashes, apostrophes or "&": the same gaps
// the tagger lets a phrase run across. Anything else (".", ",") could never match.
const ALIAS_SHAPE = /^[\p{L}\p{M}0-9]+(?:[ \-/'&]+[\p{L}\p{M}0-9]+)*$/u;

const WORD = /[a-z0-9]+/g;

// One buffer for every call: the build tags fifteen thousand releases.
const scratch: Normalized = normalizeText('');

/** The words of an alias or a text after folding: "Rare-Earth Elements" → rare, earth, elements. */
function aliasWords(alias: string): string[] {
  return normalize(alias).match(WORD) ?? [];
}

/**
 * The form two aliases share when the tagger cannot tell them apart ("Rare-Earth" and
 * "rare earth" both give "rare earth"): use it to keep other gazetteers from claiming a
 * topic's alias.
 */
export function aliasKey(alias: string): string {
  return aliasWords(alias).join(' ');
}

/**
 * Checks a parsed assets/topics.json and returns its topics. Throws a TaxonomyError that
 * lists every problem with its entry (index and id), so one run shows all that is wrong.
 */
export function parseTaxonomy(raw: unknown): TopicDef[] {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { topics?: unknown }).topics)) {
    throw new TaxonomyError(['expected an object with a "topics" array']);
  }
  const problems: string[] = [];
  if (typeof (raw as { note?: unknown }).note !== 'string') problems.push('missing top-level "note" string');
  const topics: TopicDef[] = [];
  const idSeen = new Set<string>();
  const aliasOwner = new Map<string, string>();
  (raw as { topics: unknown[] }).topics.forEach((entry, i) => {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const where = `topics[${i}]${typeof e.id === 'string' ? ` (${e.id})` : ''}`;
    const before = problems.length;
    if (typeof e.id !== 'string' || !ID_SHAPE.test(e.id)) problems.push(`${where}: id must look like "topic:some-name"`);
    else if (idSeen.has(e.id)) problems.push(`${where}: duplicate id`);
    if (typeof e.name !== 'string' || !e.name.trim()) problems.push(`${where}: name must be a non-empty string`);
    if (typeof e.highlight !== 'boolean') problems.push(`${where}: highlight must be true or false`);
    if (typeof e.source !== 'string' || !e.source.trim()) problems.push(`${where}: source must say where in the corpus it comes from`);
    if (!Array.isArray(e.aliases) || e.aliases.length === 0) {
      problems.push(`${where}: aliases must be a non-empty array`);
    } else {
      for (const alias of e.aliases) {
        if (typeof alias !== 'string' || !ALIAS_SHAPE.test(alias.normalize('NFC'))) {
          problems.push(`${where}: alias ${JSON.stringify(alias)} must be words joined by spaces, hyphens, slashes, apostrophes or "&"`);
          continue;
        }
        const key = aliasKey(alias);
        const owner = aliasOwner.get(key);
        if (owner !== undefined)
          problems.push(`${where}: alias "${alias}" is the same as one of ${owner} once case, dashes and accents are folded`);
        else aliasOwner.set(key, String(e.id));
      }
    }
    if (typeof e.id === 'string') idSeen.add(e.id);
    if (problems.length === before) {
      topics.push({
        id: e.id as string,
        name: e.name as string,
        aliases: e.aliases as string[],
        highlight: e.highlight as boolean,
        source: e.source as string,
      });
    }
  });
  if (problems.length) throw new TaxonomyError(problems);
  return topics;
}

/** The reviewed taxonomy shipped in assets/topics.json (validated on first use). */
let bundledTopics: TopicDef[] | undefined;
export function loadTopics(): TopicDef[] {
  bundledTopics ??= parseTaxonomy(bundled);
  return bundledTopics;
}

/** Gazetteer entities for the topics; `releaseCounts` comes from tagging the corpus. */
export function topicEntities(topics: TopicDef[], releaseCounts: ReadonlyMap<string, number>): Entity[] {
  return topics.map((t) => ({
    id: t.id,
    type: 'topic',
    name: t.name,
    aliases: t.aliases,
    highlight: t.highlight,
    releaseCount: releaseCounts.get(t.id) ?? 0,
  }));
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set where an alias ends. */
  topicId?: string;
}

/** A tagger over `topics`: text in, the ids of the topics it names out. */
export interface TopicTagger {
  /** Topic id → number of mentions in `text`. */
  count(text: string): Map<string, number>;
  /** Topic ids named in `text`, most mentioned first (ties in taxonomy order). */
  tag(text: string): string[];
}

export function createTopicTagger(topics: TopicDef[]): TopicTagger {
  const root: TrieNode = { next: new Map() };
  const order = new Map<string, number>();
  topics.forEach((t, i) => {
    order.set(t.id, i);
    for (const alias of t.aliases) {
      let node = root;
      for (const w of aliasWords(alias)) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      node.topicId = t.id;
    }
  });

  function count(text: string): Map<string, number> {
    const { codes, length: n } = normalizeText(text, scratch);
    const words: string[] = [];
    // joins[i]: word i and word i+1 may belong to one phrase (no "." or "," between them).
    const joins: boolean[] = [];
    let joinable = false;
    for (let i = 0; i < n; ) {
      const c = codes[i]!;
      if (!isAsciiWordCode(c)) {
        if (!isTopicGapCode(c)) joinable = false;
        i++;
        continue;
      }
      if (words.length) joins.push(joinable);
      let word = '';
      while (i < n && isAsciiWordCode(codes[i]!)) word += String.fromCharCode(codes[i++]!);
      words.push(word);
      joinable = true;
    }
    const counts = new Map<string, number>();
    for (let i = 0; i < words.length; ) {
      // Longest alias starting at word i: "rare earth elements" wins over "rare earth".
      let node = root.next.get(words[i]!);
      let found: string | undefined;
      let foundEnd = i;
      for (let j = i; node; ) {
        if (node.topicId) {
          found = node.topicId;
          foundEnd = j;
        }
        if (!joins[j]) break;
        node = node.next.get(words[++j]!);
      }
      if (found) {
        counts.set(found, (counts.get(found) ?? 0) + 1);
        i = foundEnd + 1;
      } else i++;
    }
    return counts;
  }

  return {
    count,
    tag(text) {
      return [...count(text)].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!).map(([id]) => id);
    },
  };
}

let bundledTagger: TopicTagger | undefined;
/**
 * Topic ids the bundled taxonomy names in `text`, most mentioned first. For a release pass
 * `${title}.\n${body}`: the full stop keeps a phrase from running from title into body.
 */
export function tagTopics(text: string): string[] {
  bundledTagger ??= createTopicTagger(loadTopics());
  return bundledTagger.tag(text);
}
