// Distinctive terms per release, and the document frequencies ranking needs to weigh them.
//
//   computeTerms(docs) → { terms, df, docCount }
//
// A release's terms are its tokens (lib/text/tokens) with the highest TF-IDF:
//   score = (1 + ln tf) · ln(docCount / df)
// where tf counts body tokens once and title tokens TITLE_WEIGHT times (a title says what a
// release is about), and df is the number of releases whose title or body holds the token.
// Tokens in a single release are left out: a typo or an OCR slip there would otherwise be
// the "most distinctive" word of its release; so are words glued in conversion (below).
// Ties break on the token, so the same corpus always gives the same lists.
import { stem, tokenize } from '../text/tokens';
import type { TermStats } from '../release/types';

export interface TermDoc {
  id: string;
  title: string;
  /** Plain text (parse.ts `plainText`): markup left in would count as words. */
  body: string;
}

export interface TermTable {
  /** Release id → its distinctive terms, most distinctive first. */
  terms: Map<string, string[]>;
  /**
   * Term → number of releases that hold it, for the terms that appear in some release's list
   * (the vocabulary ranking can meet on a page); other tokens are not shipped.
   */
  df: Record<string, number>;
  docCount: number;
}

export const TERMS_PER_RELEASE = 14;
export const TITLE_WEIGHT = 3;
const MIN_DF = 2;

// Old releases lost spaces in conversion: "toimplement", "proposalfor", "0billion". Such a
// token is rare and splits into a function word or a number and a word far more common
// than itself. The function words are ones English does not use as prefixes or suffixes
// ("over", "under", "in", "on" are left out: "overturned", "inactive", "harrison").
const GLUE_WORDS = new Set(
  'the of to and for is are that our from with this their its has have was were will would which also an these been'.split(' '),
);
const GLUE_MAX_DF = 30;
const GLUE_RATIO = 20;

function isGlued(term: string, df: ReadonlyMap<string, number>): boolean {
  const n = df.get(term) ?? 0;
  if (n > GLUE_MAX_DF) return false;
  const common = (part: string) => part.length >= 3 && (df.get(stem(part)) ?? 0) >= GLUE_RATIO * n;
  for (let k = 1; k < term.length - 1; k++) {
    const head = term.slice(0, k);
    const tail = term.slice(k);
    if ((GLUE_WORDS.has(head) || /^\d+$/.test(head)) && common(tail)) return true;
    if ((GLUE_WORDS.has(tail) || tail === 'in') && common(head)) return true;
  }
  return false;
}

function termFrequencies(doc: TermDoc): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of tokenize(doc.body)) tf.set(t, (tf.get(t) ?? 0) + 1);
  for (const t of tokenize(doc.title)) tf.set(t, (tf.get(t) ?? 0) + TITLE_WEIGHT);
  return tf;
}

/**
 * `prior`: the frequencies of an index these docs join (a sync adds a few releases to the
 * bundled 15,000): a term is distinctive against that index, not against the few new docs.
 * A token the prior does not list is mostly one too common to be anyone's term: its
 * frequency in the new docs stands for its frequency in the whole.
 */
export function computeTerms(docs: TermDoc[], perRelease = TERMS_PER_RELEASE, prior?: TermStats): TermTable {
  // One tokenizing pass. Each release keeps its counts as (token number, tf) pairs in a typed
  // array: a few tens of megabytes for the corpus, where fifteen thousand Maps would take
  // hundreds.
  const tokens: string[] = [];
  const tokenNumber = new Map<string, number>();
  const dfByNumber: number[] = [];
  const counts: Int32Array[] = docs.map((doc) => {
    const tf = termFrequencies(doc);
    const pairs = new Int32Array(tf.size * 2);
    let k = 0;
    for (const [t, n] of tf) {
      let num = tokenNumber.get(t);
      if (num === undefined) {
        tokenNumber.set(t, (num = tokens.length));
        tokens.push(t);
        dfByNumber.push(prior?.df[t] ?? 0);
      }
      dfByNumber[num]!++;
      pairs[k++] = num;
      pairs[k++] = n;
    }
    return pairs;
  });

  if (prior) {
    tokens.forEach((t, num) => {
      if (prior.df[t] === undefined) dfByNumber[num] = (dfByNumber[num]! * (docs.length + prior.docCount)) / docs.length;
    });
  }
  const allDf = new Map(tokens.map((t, num) => [t, dfByNumber[num]!]));
  // Whether a token may be a term at all depends on the corpus only: decide once per token.
  const eligible = tokens.map((t, num) => dfByNumber[num]! >= MIN_DF && !isGlued(t, allDf));
  const docCount = docs.length + (prior?.docCount ?? 0);
  const terms = new Map<string, string[]>();
  const vocabulary = new Set<string>();
  docs.forEach((doc, d) => {
    const pairs = counts[d]!;
    const scored: [string, number][] = [];
    for (let k = 0; k < pairs.length; k += 2) {
      const num = pairs[k]!;
      if (!eligible[num]) continue;
      scored.push([tokens[num]!, (1 + Math.log(pairs[k + 1]!)) * Math.log(docCount / dfByNumber[num]!)]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const top = scored
      .slice(0, perRelease)
      .filter(([, score]) => score > 0)
      .map(([t]) => t);
    for (const t of top) vocabulary.add(t);
    terms.set(doc.id, top);
  });
  const df: Record<string, number> = {};
  for (const t of [...vocabulary].sort()) df[t] = allDf.get(t)!;
  return { terms, df, docCount };
}
