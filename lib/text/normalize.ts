// Text normalization for the matcher, with a map back to the original offsets.
//
//   normalizeText(text, reuse?) → { codes, length, map }   one pass, char-code tables
//   normalize(text) → string                                the same folding as a string (patterns, tests)
//   isWordCode(c)                                           word character of normalized text?
//
// Folding: lower case; diacritics dropped ("é" → "e", "ç" → "c"); letters NFKD keeps whole
// expanded ("ß" → "ss", "æ" → "ae", "ł" → "l"); typographic apostrophes → "'", typographic
// double quotes → '"'; every hyphen, dash and minus → "-"; NBSP, line breaks and any run of
// whitespace → one space; soft hyphens, zero-width and bidi controls, combining marks removed.
// `map[i]` is the offset in the original text of normalized unit i and `map[length]` the
// original length, so a normalized range [s, e) is the original range [map[s], map[e]).
//
// Why a table and not String.prototype.normalize: the background matches megabytes of page
// text, and a per-character table lookup is an order of magnitude cheaper. The table is filled
// lazily, so a page only pays the Unicode work once for each distinct non-ASCII character.

export interface Normalized {
  /** Normalized text as UTF-16 code units; only [0, length) is meaningful. */
  codes: Uint16Array;
  length: number;
  /** Original offset of each normalized unit; map[length] is the original length. */
  map: Uint32Array;
}

// Table entries: kind << 16 | payload. 0 means "not computed yet".
const KIND_CHAR = 1 << 16;
const KIND_DELETE = 2 << 16;
const KIND_SPACE = 3 << 16;
const KIND_EXPAND = 4 << 16;

const table = new Uint32Array(0x10000);
const expansions: Uint16Array[] = [];

// Letters NFKD does not decompose into base + accent.
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

const SPACES = [0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
const DELETED = [0xad, 0x034f, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff];
const APOSTROPHES = [0x2018, 0x2019, 0x201a, 0x201b, 0x02bc, 0x02bb, 0x02b9, 0x2032, 0x0060, 0x00b4, 0xff07];
const QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x2039, 0x203a, 0xff02];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xfe58, 0xfe63, 0xff0d];
const COMBINING = /\p{M}/gu;

function setAll(codes: number[], value: number): void {
  for (const c of codes) table[c] = value;
}

function fold(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return KIND_CHAR | c; // half of a pair: pass through
  if ((c >= 0x2000 && c <= 0x200a) || SPACES.includes(c)) return KIND_SPACE;
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return KIND_DELETE;
  const lower = String.fromCharCode(c).toLowerCase();
  const folded = [...lower.normalize('NFKD').replace(COMBINING, '')].map((ch) => EXTRA_FOLDS[ch] ?? ch).join('');
  if (folded.length === 0) return KIND_DELETE;
  if (folded.length === 1) {
    const f = folded.charCodeAt(0);
    const known = f < 0x80 ? table[f]! : 0; // "ｓ" → "s", "＂" → '"'
    return known !== 0 ? known : KIND_CHAR | f;
  }
  expansions.push(Uint16Array.from(folded, (ch) => ch.charCodeAt(0)));
  return KIND_EXPAND | (expansions.length - 1);
}

for (let c = 0; c < 0x80; c++) table[c] = KIND_CHAR | (c >= 65 && c <= 90 ? c + 32 : c);
setAll([9, 10, 11, 12, 13, 32], KIND_SPACE);
setAll(DELETED, KIND_DELETE);
setAll(APOSTROPHES, KIND_CHAR | 39);
setAll(QUOTES, KIND_CHAR | 34);
setAll(DASHES, KIND_CHAR | 45);

function grow(out: Normalized, need: number): void {
  const size = Math.max(need, out.codes.length * 2);
  const codes = new Uint16Array(size);
  codes.set(out.codes);
  const map = new Uint32Array(size + 1);
  map.set(out.map);
  out.codes = codes;
  out.map = map;
}

/**
 * Normalizes `text` into `reuse` when given (its buffers grow as needed and are overwritten):
 * the background normalizes thousands of blocks without allocating for each.
 */
export function normalizeText(text: string, reuse?: Normalized): Normalized {
  const n = text.length;
  const out = reuse ?? { codes: new Uint16Array(n + 8), length: 0, map: new Uint32Array(n + 9) };
  if (out.codes.length < n + 8) grow(out, n + 8);
  let codes = out.codes;
  let map = out.map;
  let j = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let v = table[c]!;
    if (v === 0) v = table[c] = fold(c);
    if (v < KIND_DELETE) {
      codes[j] = v & 0xffff;
      map[j++] = i;
      space = false;
    } else if (v === KIND_SPACE) {
      if (!space) {
        codes[j] = 32;
        map[j++] = i;
        space = true;
      }
    } else if (v >= KIND_EXPAND) {
      const chars = expansions[v & 0xffff]!;
      if (j + chars.length + (n - i) > codes.length) {
        out.length = j;
        grow(out, j + chars.length + (n - i) + 8);
        codes = out.codes;
        map = out.map;
      }
      for (let k = 0; k < chars.length; k++) {
        codes[j] = chars[k]!;
        map[j++] = i;
      }
      space = false;
    }
    // KIND_DELETE: nothing, and a space run continues across it
  }
  map[j] = n;
  out.length = j;
  return out;
}

// Short texts (names, titles, words: the index build normalizes hundreds of thousands) reuse
// one buffer; a long one gets its own, so no large buffer stays alive after it.
const SHORT = 4096;
const shared = normalizeText('x'.repeat(SHORT));

/** The normalized form of `text` as a string: patterns are compiled from this. */
export function normalize(text: string): string {
  const { codes, length } = normalizeText(text, text.length <= SHORT ? shared : undefined);
  let s = '';
  for (let i = 0; i < length; i += SHORT) {
    // apply takes the typed array as it is; a spread would iterate it.
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + SHORT)) as unknown as number[]);
  }
  return s;
}

const ASCII_WORD = new Uint8Array(0x80);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

/** ASCII letters and digits of normalized text: the words of terms and topic aliases. */
export function isAsciiWordCode(c: number): boolean {
  return ASCII_WORD[c] === 1;
}

/**
 * Is `c` (a unit of normalized text) part of a word? ASCII letters and digits, and any
 * non-ASCII character outside the punctuation and symbol blocks (non-Latin scripts).
 * Apostrophes, hyphens and dots are not: "Bessent's" and "Bessent." end the word "bessent".
 */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return ASCII_WORD[c] === 1;
  if (c < 0xc0) return false; // Latin-1 punctuation and symbols
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, arrows, math, shapes
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe6f) return false;
  return true;
}
