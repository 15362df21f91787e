// The one tokenizer for release terms (build time) and page text (run time). Both sides must
// produce the very same tokens, or a page's words never meet the index's terms: keep this
// pure, deterministic and free of locale-dependent calls.
import { isAsciiWordCode, normalizeText, type Normalized } from './normalize';

// Common English function words plus a few web leftovers ("https", "nbsp"): they say
// nothing about what a release or an article is about.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been
  before being below between both but by can cannot could did do does doing down during each
  few for from further had has have having he her here hers herself him himself his how i if in
  into is it its itself just let me more most my myself no nor not of off on once only or other
  ought our ours ourselves out over own same she should so some such than that the their theirs
  them themselves then there these they this those through to too under until up upon very was
  we were what when where which while who whom why will with would you your yours yourself
  yourselves shall may might must per via among amongst within without toward towards whether
  yet however also although though thus therefore hereby herein thereof whereas etc ie eg
  one two three four five six seven eight nine ten mr ms mrs dr
  http https www com org gov html htm pdf nbsp amp quot`
    .split(/\s+/)
    .map((w) => w.replace(/'/g, ''))
    .filter(Boolean),
);

// Words the plural rule would damage ("news" is not the plural of "new").
const KEEP_AS_IS = new Set(['news', 'series', 'species', 'lens']);

const MIN_LENGTH = 2;
// Longer runs are URLs, hashes or glued words, never terms a reader would use.
const MAX_LENGTH = 30;

/**
 * A light plural stemmer (after Harman's "S" stemmer, with -sses/-xes/-ches/-shes):
 * "minerals" → "mineral", "policies" → "policy", "businesses" → "business",
 * "taxes" → "tax". It never touches "-ss", "-us" or "-is" words (business, status, crisis).
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */ || KEEP_AS_IS.has(word)) return word;
  if (word.endsWith('ies')) return n > 4 ? word.slice(0, -3) + 'y' : word;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  return word.slice(0, -1);
}

function isAllDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const APOSTROPHE = 39;
const LOWER_S = 115;

// One buffer for every call: tokenizing a page does not allocate per text block.
const scratch: Normalized = normalizeText('');

/**
 * Normalized word tokens of `text`, in order: folded as the matcher folds (lower case,
 * diacritics dropped, typographic apostrophes and dashes unified), possessive "'s" dropped
 * ("Treasury's" → "treasury"), other apostrophes joined ("O'Neill" → "oneill"), hyphenated
 * words split ("rare-earth" → "rare", "earth"), plurals stemmed. Stopwords, one-letter words
 * and bare numbers ("2024") are left out; "g7" and "45x" stay.
 */
export function tokenize(text: string): string[] {
  const { codes, length: n } = normalizeText(text, scratch);
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    if (!isAsciiWordCode(codes[i]!)) {
      i++;
      continue;
    }
    let word = '';
    for (;;) {
      while (i < n && isAsciiWordCode(codes[i]!)) word += String.fromCharCode(codes[i++]!);
      if (i + 1 < n && codes[i] === APOSTROPHE && isAsciiWordCode(codes[i + 1]!)) {
        if (codes[i + 1] === LOWER_S && !(i + 2 < n && isAsciiWordCode(codes[i + 2]!))) {
          i += 2; // possessive: drop "'s"
          break;
        }
        i++; // "o'neill", "don't": one word
        continue;
      }
      break;
    }
    if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || STOPWORDS.has(word)) continue;
    const stemmed = stem(word);
    if (isAllDigits(stemmed)) continue;
    out.push(stemmed);
  }
  return out;
}

/** How often each token occurs in `text`: the page side of term matching. */
export function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokenize(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
