// Evidence of the same event, shared by the index build (a release's side) and the page
// pipeline (the page's side), so both produce the very same values:
//   shingles — news quotes and rewrites a release's own sentences. Runs of four content words
//              (lib/text tokens) are hashed; only hashes with the low bit zero are kept on
//              either side (a fixed sample, so a page's sample meets a release's). A release
//              ships at most MAX_SHINGLES of them as 4-character codes, and only those few other
//              releases share: boilerplate ("OFAC's regulations generally prohibit…") tells no
//              release from its look-alikes.
//   amounts  — "$112 billion", "$89.8bn", "29 vessels": one canonical form for both sides
//              ("$112000000000", "29 vessel").
import { tokenize } from '../text/tokens';

const SHINGLE = 4;
/** Sample: keep a shingle when its hash's low bit is zero (one in two). */
const SAMPLE_MASK = 1;
/** 20 keeps the Chrome zip under 8 MB; the quoted passages come first, so they stay. */
export const MAX_SHINGLES = 20;
/** Page text read for evidence: a long page's article is at its top, a live blog adds nothing. */
export const MAX_EVIDENCE_CHARS = 60_000;

const CODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** 24 bits of the hash as four characters. */
function code(h: number): string {
  const v = h >>> 8;
  return CODE[(v >>> 18) & 63]! + CODE[(v >>> 12) & 63]! + CODE[(v >>> 6) & 63]! + CODE[v & 63]!;
}

/** The sampled shingle codes of `text`, in order of first appearance. */
export function shingleCodes(text: string): string[] {
  const tokens = tokenize(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    const h = fnv(tokens.slice(i, i + SHINGLE).join(' '));
    if ((h & SAMPLE_MASK) === 0) out.add(code(h));
  }
  return [...out];
}

/** Shingles shared by more releases than this are boilerplate, not one event's words. */
export const MAX_SHINGLE_DF = 1;

/**
 * Every release's shingles as shipped, from its quotable passages (most quotable first):
 * codes few releases share, at most MAX_SHINGLES, joined.
 */
export function releaseShingles(passagesByRelease: readonly (readonly string[])[]): string[] {
  const codes = passagesByRelease.map((passages) => [...new Set(passages.flatMap(shingleCodes))]);
  const df = new Map<string, number>();
  for (const list of codes) for (const c of list) df.set(c, (df.get(c) ?? 0) + 1);
  return codes.map((list) =>
    list
      .filter((c) => df.get(c)! <= MAX_SHINGLE_DF)
      .slice(0, MAX_SHINGLES)
      .join(''),
  );
}

/** How many of a release's shipped shingles (joined codes) the page has. */
export function sharedShingles(release: string | undefined, page: ReadonlySet<string>): number {
  if (!release || page.size === 0) return 0;
  let n = 0;
  for (let i = 0; i + 4 <= release.length; i += 4) if (page.has(release.slice(i, i + 4))) n++;
  return n;
}

// ---- amounts and counts ----------------------------------------------------------------------

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
};
/** "$112 billion", "US$ 89.8bn", "$1,000", "$9.36 trillion". */
const MONEY = /(?:US\s?)?\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mn|mln|bn|bln|tn|[kmbt])\b)?/gi;
/** Things sanctions and reports count: "29 shadow fleet vessels", "six individuals". */
const COUNTED =
  'individuals?|entit(?:y|ies)|persons?|people|compan(?:y|ies)|firms?|vessels?|tankers?|ships?|aircraft|banks?|countries|nations|officials|charities|organizations?|networks?|subsidiaries|leaders|members|addresses|targets';
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
const COUNT = new RegExp(
  `\\b(\\d{1,3}(?:,\\d{3})*|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:[A-Za-z-]+\\s+){0,2}?(${COUNTED})\\b`,
  'gi',
);
export const MAX_AMOUNTS = 24;
/** An amount in more releases than this ("$25 billion", "two individuals") tells no event apart. */
export const MAX_AMOUNT_DF = 3;

/** One name per kind of thing counted: news says "29 tankers" for a release's "29 vessels". */
const COUNTED_AS: Record<string, string> = {
  tanker: 'vessel',
  ship: 'vessel',
  firm: 'company',
  individual: 'person',
  people: 'person',
  nation: 'country',
  organization: 'entity',
  charity: 'entity',
};
function countedAs(noun: string): string {
  const one = noun
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<!s)s$/, '');
  return COUNTED_AS[one] ?? one;
}

/** Amounts of money and counts of targets, canonical, in order of first appearance. */
export function amounts(text: string, max = MAX_AMOUNTS): string[] {
  const found: { at: number; value: string }[] = [];
  for (const m of text.matchAll(MONEY)) {
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] ? (SCALE[m[2].toLowerCase()] ?? 1) : 1);
    // Small sums ($5 fees) and round thousands are everywhere; they tell no event apart.
    if (value >= 1e5) found.push({ at: m.index, value: `$${Number(value.toPrecision(6))}` });
  }
  for (const m of text.matchAll(COUNT)) {
    const raw = m[1]!.toLowerCase();
    const n = NUMBER_WORDS[raw] ?? Number(raw.replace(/,/g, ''));
    if (n >= 2) found.push({ at: m.index, value: `${n} ${countedAs(m[2]!)}` });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.value))].slice(0, max);
}

/** Every release's amounts as shipped: those few other releases give, at most MAX_AMOUNTS. */
export function releaseAmounts(texts: readonly string[]): string[][] {
  const all = texts.map((text) => amounts(text, Infinity));
  const df = new Map<string, number>();
  for (const list of all) for (const a of list) df.set(a, (df.get(a) ?? 0) + 1);
  return all.map((list) => list.filter((a) => df.get(a)! <= MAX_AMOUNT_DF).slice(0, MAX_AMOUNTS));
}

/** "$89800000000" → "$89.8 billion", "29 vessel" → "29 vessels": for the reader. */
export function amountText(amount: string): string {
  if (!amount.startsWith('$'))
    return amount
      .replace(/(?:y)$/, 'ie')
      .replace(/$/, 's')
      .replace(/persons$/, 'people');
  const value = Number(amount.slice(1));
  for (const [scale, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (value >= scale) return `$${Number((value / scale).toPrecision(4))} ${word}`;
  }
  return `$${value.toLocaleString('en-US')}`;
}
