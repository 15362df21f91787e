// Scores the page pipeline against labelled news excerpts (format: ../shared/eval/README.md).
//
// Ranking, over positive cases, against the full ranked candidate list (not only the confident
// ones): hit@k = an expected release is among the first k; MRR = mean of 1 / rank of the first
// expected release (0 when none is ranked). Releases compare by id (the URL's last segment),
// so singular/plural URL shapes agree. Separately: the share of positive cases whose first
// confident page-level match is expected, and the share of negative and ordinary cases that get
// any confident page-level match (each of those is wrong).
//
// Mentions, per case and per distinct item (a name found three times counts once):
//   people — an expected name is found when a predicted person mention's text contains it
//            as words ("Treasury Secretary Scott Bessent" finds "Scott Bessent") or the
//            mention's entity carries that name. A predicted person entity is correct when it
//            finds some expected name; otherwise it is a false positive.
//   topics — only the README's fixed phrases are judged, and, as the README lists them by
//            their occurrence in the text, by text: a predicted mention (any entity type: the
//            index may file FinCEN as an organization) stands for a phrase when its text
//            contains the phrase. It is correct when the case expects that phrase. Mentions
//            standing for no listed phrase ("rare-earth materials", "debt limit") are not judged.
// Text is compared case-insensitively with diacritics, dashes and possessives folded, except
// FinCEN, CFIUS, G7, G20 and IMF, which must match exactly (as the README says).
import { normalize } from '../lib/text/normalize';

export type CaseKind = 'positive' | 'negative' | 'ordinary';

export interface EvalCase {
  id: string;
  kind: CaseKind;
  text: string;
  /** YYYY-MM-DD or "unknown". */
  published_date: string;
  expected_release_urls: string[];
  expected_mentions: string[];
}

export interface PredictedMention {
  text: string;
  entityId: string;
  /** Names the entity is known by (name and aliases). */
  entityNames: string[];
  isPerson: boolean;
}

export interface CaseResult {
  case: EvalCase;
  /** Release ids, best first, every scored candidate. */
  ranked: string[];
  /** Release ids of the confident page-level matches. */
  confident: string[];
  mentions: PredictedMention[];
  /** Leave-one-out runs: the confident matches once the expected releases left the index. */
  confidentWithout?: string[];
}

export const TOPIC_PHRASES = [
  'sanctions',
  'critical minerals',
  'rare earth elements',
  'stablecoins',
  'digital assets',
  'tariffs',
  'quarterly refunding',
  'tax credits',
  'housing',
  'CFIUS',
  'FinCEN',
  'G7',
  'G20',
  'IMF',
];
const EXACT_CASE = new Set(['CFIUS', 'FinCEN', 'G7', 'G20', 'IMF']);

// ---- parsing -------------------------------------------------------------------------------

const KINDS = new Set<CaseKind>(['positive', 'negative', 'ordinary']);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function toCase(value: unknown): EvalCase {
  const c = value as Partial<EvalCase> | null;
  if (!c || typeof c !== 'object') throw new Error('not a JSON object');
  if (typeof c.id !== 'string') throw new Error('missing "id"');
  if (!KINDS.has(c.kind as CaseKind)) throw new Error(`"kind" must be positive, negative or ordinary`);
  if (typeof c.text !== 'string' || !c.text.trim()) throw new Error('missing "text"');
  if (typeof c.published_date !== 'string' || !/^(\d{4}-\d{2}-\d{2}|unknown)$/.test(c.published_date)) {
    throw new Error('"published_date" must be YYYY-MM-DD or "unknown"');
  }
  if (!isStringArray(c.expected_release_urls)) throw new Error('"expected_release_urls" must be a list of strings');
  if (!isStringArray(c.expected_mentions)) throw new Error('"expected_mentions" must be a list of strings');
  return c as EvalCase;
}

/** Cases from JSON Lines; a malformed line is reported with its number and skipped. */
export function parseCases(jsonl: string): { cases: EvalCase[]; errors: string[] } {
  const cases: EvalCase[] = [];
  const errors: string[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      cases.push(toCase(JSON.parse(line)));
    } catch (error) {
      errors.push(`line ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return { cases, errors };
}

// ---- ranking -------------------------------------------------------------------------------

/** "https://home.treasury.gov/news/press-release/SB0356" → "sb0356". */
export function releaseIdOf(url: string): string {
  return (
    url
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? ''
  ).toLowerCase();
}

/** 1-based rank of the first expected release in `ranked`, or undefined. */
export function firstHit(ranked: string[], expectedUrls: string[]): number | undefined {
  const expected = new Set(expectedUrls.map(releaseIdOf));
  const i = ranked.findIndex((id) => expected.has(id));
  return i < 0 ? undefined : i + 1;
}

// ---- mentions ------------------------------------------------------------------------------

/** Folded words: "Bessent’s" → "bessent", "Rare-Earth" → "rare earth". */
export function words(text: string): string {
  return normalize(text)
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const containsWords = (haystack: string, needle: string) => needle !== '' && ` ${haystack} `.includes(` ${needle} `);

function coversPhrase(text: string, phrase: string): boolean {
  if (EXACT_CASE.has(phrase)) return new RegExp(`(^|[^A-Za-z0-9])${phrase}([^A-Za-z0-9]|$)`).test(text);
  // Literal, as the cases list a phrase only where the text prints it ("Tax Credit" is not "tax credits").
  return containsWords(words(text), words(phrase));
}

function findsName(mention: PredictedMention, name: string): boolean {
  const n = words(name);
  return containsWords(words(mention.text), n) || mention.entityNames.some((alias) => words(alias) === n);
}

function phraseOf(mention: PredictedMention): string | undefined {
  return TOPIC_PHRASES.find((phrase) => coversPhrase(mention.text, phrase));
}

export interface Tally {
  truePositives: number;
  predicted: number;
  expected: number;
  found: number;
}

export interface MentionScore {
  people: Tally;
  topics: Tally;
  /** Predicted items that matched nothing expected, and expected items not found. */
  falsePeople: string[];
  missedPeople: string[];
  falseTopics: string[];
  missedTopics: string[];
}

export function scoreMentions(c: EvalCase, mentions: PredictedMention[]): MentionScore {
  const expectedTopics = c.expected_mentions.filter((m) => TOPIC_PHRASES.includes(m) || TOPIC_PHRASES.some((p) => words(p) === words(m)));
  const expectedPeople = c.expected_mentions.filter((m) => !expectedTopics.includes(m));

  const personEntities = new Map<string, PredictedMention[]>();
  for (const m of mentions.filter((m) => m.isPerson)) personEntities.set(m.entityId, [...(personEntities.get(m.entityId) ?? []), m]);
  const falsePeople: string[] = [];
  let peopleTp = 0;
  for (const [entityId, ms] of personEntities) {
    if (expectedPeople.some((name) => ms.some((m) => findsName(m, name)))) peopleTp++;
    else falsePeople.push(`${ms[0]?.text ?? ''} (${entityId})`);
  }
  const missedPeople = expectedPeople.filter((name) => !mentions.some((m) => m.isPerson && findsName(m, name)));

  const predictedPhrases = new Set(mentions.map(phraseOf).filter((p): p is string => p !== undefined));
  const expectedPhrases = new Set(expectedTopics.map((t) => TOPIC_PHRASES.find((p) => words(p) === words(t)) ?? t));
  const falseTopics = [...predictedPhrases].filter((p) => !expectedPhrases.has(p));
  const missedTopics = [...expectedPhrases].filter((p) => !predictedPhrases.has(p));

  return {
    people: {
      truePositives: peopleTp,
      predicted: personEntities.size,
      expected: expectedPeople.length,
      found: expectedPeople.length - missedPeople.length,
    },
    topics: {
      truePositives: predictedPhrases.size - falseTopics.length,
      predicted: predictedPhrases.size,
      expected: expectedPhrases.size,
      found: expectedPhrases.size - missedTopics.length,
    },
    falsePeople,
    missedPeople,
    falseTopics,
    missedTopics,
  };
}

// ---- report --------------------------------------------------------------------------------

export interface CaseLine {
  id: string;
  kind: CaseKind;
  /** Positive: rank of the first expected release (undefined: not ranked). */
  rank?: number;
  expected: string[];
  top: string[];
  confident: string[];
  confidentWithout?: string[];
  mentions: MentionScore;
}

/** `count` of `of` cases, and the share. */
export interface Share {
  count: number;
  of: number;
  rate: number;
}

export interface Report {
  cases: number;
  positives: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Positive cases with no confident page-level match at all. */
  positivesWithoutConfident: number;
  falseConfidentNegative: Share;
  falseConfidentOrdinary: Share;
  /** Of all cases with a confident page-level match, those whose first one is expected. */
  confidentRight: Share;
  /** Positive cases whose first confident match is expected (the "confidently linked"). */
  positivesLinked: Share;
  /** Leave-one-out: positive cases still confidently linked once their releases are gone. */
  leaveOneOut?: Share;
  people: { precision: number; recall: number } & Tally;
  topics: { precision: number; recall: number } & Tally;
  lines: CaseLine[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const share = (count: number, of: number): Share => ({ count, of, rate: ratio(count, of) });
const sumTally = (ts: Tally[]): Tally =>
  ts.reduce(
    (a, t) => ({
      truePositives: a.truePositives + t.truePositives,
      predicted: a.predicted + t.predicted,
      expected: a.expected + t.expected,
      found: a.found + t.found,
    }),
    { truePositives: 0, predicted: 0, expected: 0, found: 0 },
  );

export function summarize(results: CaseResult[]): Report {
  const lines: CaseLine[] = results.map((r) => {
    const rank = r.case.kind === 'positive' ? firstHit(r.ranked, r.case.expected_release_urls) : undefined;
    return {
      id: r.case.id,
      kind: r.case.kind,
      ...(rank !== undefined ? { rank } : {}),
      expected: r.case.expected_release_urls.map(releaseIdOf),
      top: r.ranked.slice(0, 3),
      confident: r.confident,
      ...(r.confidentWithout ? { confidentWithout: r.confidentWithout } : {}),
      mentions: scoreMentions(r.case, r.mentions),
    };
  });
  const positives = lines.filter((l) => l.kind === 'positive');
  const falseConfident = (kind: CaseKind) => {
    const of = lines.filter((l) => l.kind === kind);
    return share(of.filter((l) => l.confident.length > 0).length, of.length);
  };
  const right = (l: CaseLine) => l.confident[0] !== undefined && l.expected.includes(l.confident[0]);
  const linked = lines.filter((l) => l.confident.length > 0);
  const left = positives.filter((l) => l.confidentWithout !== undefined);
  const people = sumTally(lines.map((l) => l.mentions.people));
  const topics = sumTally(lines.map((l) => l.mentions.topics));
  return {
    cases: lines.length,
    positives: positives.length,
    hitAt1: ratio(positives.filter((l) => l.rank === 1).length, positives.length),
    hitAt3: ratio(positives.filter((l) => l.rank !== undefined && l.rank <= 3).length, positives.length),
    mrr: ratio(
      positives.reduce((s, l) => s + (l.rank ? 1 / l.rank : 0), 0),
      positives.length,
    ),
    positivesWithoutConfident: positives.filter((l) => l.confident.length === 0).length,
    falseConfidentNegative: falseConfident('negative'),
    falseConfidentOrdinary: falseConfident('ordinary'),
    confidentRight: share(linked.filter(right).length, linked.length),
    positivesLinked: share(positives.filter(right).length, positives.length),
    ...(left.length > 0 ? { leaveOneOut: share(left.filter((l) => l.confidentWithout!.length > 0).length, left.length) } : {}),
    people: { ...people, precision: ratio(people.truePositives, people.predicted), recall: ratio(people.found, people.expected) },
    topics: { ...topics, precision: ratio(topics.truePositives, topics.predicted), recall: ratio(topics.found, topics.expected) },
    lines,
  };
}
