// A multi-pattern Aho–Corasick automaton over normalized text (lib/text/normalize), stored as
// a double array in typed arrays so that a prebuilt one loads as views over a buffer.
//
//   Automaton.build(patterns)        patterns: normalized strings, unique, non-empty
//   automaton.serialize() / Automaton.load(bytes)     one buffer, no rebuilding on load
//   automaton.toSections() / Automaton.fromSections() to pack it with other data (compile.ts)
//   automaton.scan(codes, length, onMatch)            every whole-word occurrence, by end
//   automaton.leftmostLongest(codes, length)          non-overlapping [pattern, start, end]…
//   automaton.patterns()                              the pattern strings back (benchmarks)
//
// Whole words only: a match must not start right after, or end right before, a word
// character, wherever its own edge is a word character ("lee" is not found in "fleet";
// "mr." is found in "Mr.Smith", its last character not being one).
//
// Representation, for the curious: code units map to a dense alphabet (`symbols`, 0 = in no
// pattern, which sends the automaton back to the root; the top bit flags word characters, the
// next one non-word characters that begin a pattern).
// A state is a slot of the double array: the child of slot s on symbol a is t = base[s] + a
// when check[t] === s. `fail` is a failure link that only lands on suffixes starting at a word
// start, so the scan can skip the inside of words at the root. `term[s]` is the first slot on
// s's failure chain (s included) that ends a pattern, so the outputs at a position are term[s],
// term[fail[term[s]]], …; `out[t]` is that pattern's index + 1. The four numbers of a slot
// (base, check, fail, term) sit side by side in `nodes`: a step of the scan touches one cache
// line, not four arrays.
//
// Skipping words: most words of ordinary prose begin no pattern, yet most share a prefix with
// some name, so a plain scan walks the trie for nearly every word. A match that begins at a
// word start spans that whole word, so the scan hashes each word as it passes (a rolling hash,
// no branches) and enters the automaton only when two bitsets allow it: `firsts` holds the
// patterns' first words; `heads` holds each pattern's head (its first word with the two
// characters after it, fewer when the pattern ends sooner), checked against the word and the
// two characters that follow it in the text. False positives cost a walk, never a match.
import { isWordCode } from '../text/normalize';
import { packSections, section, unpackSections, type Sections } from './binary';

export type OnMatch = (pattern: number, start: number, end: number) => void;

/** `symbols` entries: the alphabet symbol in the low bits, and flags. */
const WORD = 0x8000;
const START = 0x4000; // a non-word character that begins a pattern
const SYMBOL = 0x3fff;

/** Rolling hash of a word, one code unit at a time (the scan inlines it). */
const roll = (h: number, c: number) => ((h << 5) | (h >>> 27)) ^ c;
/** Bit of a hash in a bitset of 2^(32 - shift) bits (multiplicative hashing: top bits). */
const bitOf = (h: number, shift: number) => Math.imul(h, 0x9e3779b1) >>> shift;
const has = (set: Int32Array, shift: number, h: number) => {
  const b = bitOf(h, shift);
  return ((set[b >>> 5]! >>> (b & 31)) & 1) === 1;
};

export class Automaton {
  private constructor(
    private readonly symbols: Uint16Array,
    /** Per slot s: nodes[4s] base, nodes[4s + 1] check, nodes[4s + 2] fail, nodes[4s + 3] term. */
    private readonly nodes: Int32Array,
    private readonly out: Int32Array,
    /** Length of each pattern in code units. */
    readonly lengths: Uint16Array,
    /** Bitsets of first words and of heads (see above); their sizes are powers of two. */
    private readonly firsts: Int32Array,
    private readonly heads: Int32Array,
  ) {
    this.firstShift = Math.clz32(firsts.length * 32) + 1;
    this.headShift = Math.clz32(heads.length * 32) + 1;
  }

  private readonly firstShift: number;
  private readonly headShift: number;

  get patternCount(): number {
    return this.lengths.length;
  }

  /** Bytes held by the automaton's arrays. */
  get byteLength(): number {
    return [this.symbols, this.nodes, this.out, this.lengths, this.firsts, this.heads].reduce((sum, a) => sum + a.byteLength, 0);
  }

  static build(patterns: readonly string[]): Automaton {
    return build(patterns);
  }

  toSections(): Sections {
    const { symbols, nodes, out, lengths, firsts, heads } = this;
    return { symbols, nodes, out, lengths, firsts, heads };
  }

  static fromSections(s: Sections): Automaton {
    const a = new Automaton(
      section(s, 'symbols', Uint16Array),
      section(s, 'nodes', Int32Array),
      section(s, 'out', Int32Array),
      section(s, 'lengths', Uint16Array),
      section(s, 'firsts', Int32Array),
      section(s, 'heads', Int32Array),
    );
    const powerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;
    if (
      a.symbols.length !== 0x10000 ||
      a.nodes.length !== a.out.length * 4 ||
      !powerOfTwo(a.firsts.length) ||
      !powerOfTwo(a.heads.length)
    ) {
      throw new Error('Compiled matcher arrays disagree in size: rebuild the index');
    }
    return a;
  }

  serialize(): Uint8Array {
    return packSections(this.toSections());
  }

  static load(bytes: ArrayBuffer | Uint8Array): Automaton {
    return Automaton.fromSections(unpackSections(bytes));
  }

  /** The patterns back from the arrays, by index (benchmarks give baselines the same list). */
  patterns(): string[] {
    const { symbols, nodes, out } = this;
    const codeOf: number[] = [];
    for (let c = 0; c < symbols.length; c++) if ((symbols[c]! & SYMBOL) !== 0) codeOf[symbols[c]! & SYMBOL] = c;
    const result: string[] = new Array<string>(this.patternCount);
    for (let t = 1; t < out.length; t++) {
      if (out[t] === 0) continue;
      const codes: number[] = [];
      for (let s = t; s !== 0; s = nodes[4 * s + 1]!) codes.push(codeOf[s - nodes[4 * nodes[4 * s + 1]!]!]!);
      result[out[t]! - 1] = String.fromCharCode(...codes.reverse());
    }
    return result;
  }

  /** Reports every whole-word occurrence of every pattern in codes[0, length), by end offset. */
  scan(codes: Uint16Array, length: number, onMatch: OnMatch): void {
    const { symbols } = this;
    const word = { start: 0, hash: 0 };
    for (let i = 0; i < length; ) {
      const at = this.nextCandidate(codes, length, i, word);
      if (word.start < at && this.mayBegin(codes, length, word.hash, at)) i = this.follow(codes, length, word.start, onMatch);
      else if (at < length && (symbols[codes[at]!]! & START) !== 0) i = this.follow(codes, length, at, onMatch);
      else i = at + 1;
    }
  }

  /**
   * From `from`, where the automaton is at its root, the first position where a word that may be
   * a first word ends, or that holds a START character; `length` at the end. That word's start
   * and hash go to `word` (start === the position when no word ends there). The loop runs over
   * most of the text, so it makes no call and has one rarely taken branch.
   */
  private nextCandidate(codes: Uint16Array, length: number, from: number, word: { start: number; hash: number }): number {
    const { symbols, firsts, firstShift } = this;
    let i = from;
    // Left off inside a word: nothing can begin before its end.
    if (i > 0 && symbols[codes[i - 1]!]! >= WORD) while (i < length && symbols[codes[i]!]! >= WORD) i++;
    let h = 0; // hash of the current word so far
    let start = i; // where it began
    let prevWord = 0;
    for (; i < length; i++) {
      const c = codes[i]!;
      const v = symbols[c]!;
      const w = v >> 15;
      const b = Math.imul(h, 0x9e3779b1) >>> firstShift;
      if ((((firsts[b >> 5]! >> (b & 31)) & prevWord & (w ^ 1)) | (v & START)) !== 0) break;
      // Branch-free: in a word, extend its hash; elsewhere reset it and move its start on.
      const inWord = -w;
      h = (((h << 5) | (h >>> 27)) ^ c) & inWord;
      start = (start & inWord) | ((i + 1) & ~inWord);
      prevWord = w;
    }
    word.start = start;
    word.hash = h;
    return i;
  }

  /** Whether a pattern's head may be the word hashed `h` and the two characters after it, at `end`. */
  private mayBegin(codes: Uint16Array, length: number, h: number, end: number): boolean {
    const { heads, headShift } = this;
    if (has(heads, headShift, h)) return true;
    if (end === length) return false;
    const h1 = roll(h, codes[end]!);
    return has(heads, headShift, h1) || (end + 1 < length && has(heads, headShift, roll(h1, codes[end + 1]!)));
  }

  /** Runs the automaton from its root at `start` until it is back there; returns where to go on. */
  private follow(codes: Uint16Array, length: number, start: number, onMatch: OnMatch): number {
    const { symbols, nodes, out, lengths } = this;
    let s = 0;
    let prevWord = start > 0 && symbols[codes[start - 1]!]! >= WORD;
    for (let i = start; i < length; i++) {
      const v = symbols[codes[i]!]!;
      const word = v >= WORD;
      const inside = word && prevWord; // no pattern starts inside a word
      prevWord = word;
      const a = v & SYMBOL;
      if (a === 0) return i + 1;
      for (;;) {
        const t = nodes[s << 2]! + a;
        if (nodes[(t << 2) + 1] === s) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = nodes[(s << 2) + 2]!;
        // Back at the root, nothing in progress: inside a word, nothing starts before its end;
        // elsewhere, c may start a match, which nextCandidate can tell more cheaply.
        if (s === 0) return inside ? i + 1 : i;
      }
      if (s === 0) return i + 1;
      for (let o = nodes[(s << 2) + 3]!; o !== 0; o = nodes[(nodes[(o << 2) + 2]! << 2) + 3]!) {
        const end = i + 1;
        if (word && end < length && symbols[codes[end]!]! >= WORD) break; // same end for all outputs
        const p = out[o]! - 1;
        onMatch(p, end - lengths[p]!, end);
      }
    }
    return length;
  }

  /**
   * Whole-word matches that do not overlap, leftmost first and the longest of those starting
   * at the same place: what a reader sees as "the" names in a text. Flat triples
   * [pattern, start, end, pattern, start, end, …] in text order.
   */
  leftmostLongest(codes: Uint16Array, length: number): number[] {
    // Matches arrive by end, longest first at an end. `kept` is the selection among those seen
    // so far: a newcomer that overlaps a kept match starting before it loses; otherwise it
    // replaces the kept matches it overlaps (they all start at or after it). No sort needed.
    const kept: number[] = [];
    this.scan(codes, length, (p, start, end) => {
      let k = kept.length;
      while (k > 0 && kept[k - 1]! > start) {
        if (kept[k - 2]! < start) return;
        k -= 3;
      }
      kept.length = k;
      kept.push(p, start, end);
    });
    return kept;
  }
}

function build(patterns: readonly string[]): Automaton {
  // Dense alphabet over the code units the patterns use.
  const ids = new Uint16Array(0x10000);
  const codeOf = [0];
  for (const p of patterns) {
    if (p.length === 0) throw new Error('Empty pattern');
    if (p.length > 0xffff) throw new Error('Pattern too long');
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (ids[c] === 0) {
        if (codeOf.length > SYMBOL) throw new Error('Alphabet too large');
        ids[c] = codeOf.length;
        codeOf.push(c);
      }
    }
  }
  const alphabet = codeOf.length - 1;
  const startsPattern = new Set(patterns.map((p) => p.charCodeAt(0)));
  const symbols = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) symbols[c] = ids[c]! | (isWordCode(c) ? WORD : startsPattern.has(c) ? START : 0);

  // Trie, node 0 the root.
  const children: Map<number, number>[] = [new Map()];
  const nodeOut: number[] = [0];
  const lengths = new Uint16Array(patterns.length);
  patterns.forEach((p, index) => {
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const a = ids[p.charCodeAt(i)]!;
      let next = children[node]!.get(a);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        nodeOut.push(0);
        children[node]!.set(a, next);
      }
      node = next;
    }
    if (nodeOut[node] !== 0) throw new Error(`Duplicate pattern "${p}"`);
    nodeOut[node] = index + 1;
    lengths[index] = p.length;
  });

  // Breadth-first order: parents are placed (and failure links known) before children.
  const order = [0];
  for (let k = 0; k < order.length; k++) for (const child of children[order[k]!]!.values()) order.push(child);

  // Double-array placement, first fit. `nextFree` is a union-find over slots that jumps past
  // occupied ones, so placing 10^5 states stays near linear.
  let capacity = 1024;
  let check = new Int32Array(capacity).fill(-1);
  let baseOf = new Int32Array(capacity);
  let nextFree = Int32Array.from({ length: capacity + 1 }, (_, i) => i);
  const ensure = (size: number) => {
    if (size <= capacity) return;
    let n = capacity;
    while (n < size) n *= 2;
    const c = new Int32Array(n).fill(-1);
    c.set(check);
    const b = new Int32Array(n);
    b.set(baseOf);
    const f = Int32Array.from({ length: n + 1 }, (_, i) => i);
    f.set(nextFree.subarray(0, capacity));
    check = c;
    baseOf = b;
    nextFree = f;
    capacity = n;
  };
  const findFree = (from: number): number => {
    ensure(from + 1);
    let i = from;
    while (nextFree[i] !== i) {
      const up = nextFree[nextFree[i]!]!;
      nextFree[i] = up;
      i = up;
      ensure(i + 1);
    }
    return i;
  };
  const slot = new Int32Array(children.length);
  check[0] = -2; // the root's slot is taken; no state has it as a child
  nextFree[0] = 1;
  for (const node of order) {
    const syms = [...children[node]!.keys()].sort((x, y) => x - y);
    if (syms.length === 0) continue;
    const first = syms[0]!;
    let pos = findFree(first);
    for (;;) {
      const b = pos - first;
      ensure(b + syms[syms.length - 1]! + 1);
      if (syms.every((a) => check[b + a] === -1)) break;
      pos = findFree(pos + 1);
    }
    const b = pos - first;
    baseOf[slot[node]!] = b;
    for (const a of syms) {
      const t = b + a;
      check[t] = slot[node]!;
      nextFree[t] = t + 1;
      slot[children[node]!.get(a)!] = t;
    }
  }
  check[0] = -1;

  // Failure links to the longest proper suffix that is in the trie and starts at a word start
  // (its first character is not a word character following another), and first-terminal links.
  const edge = new Uint16Array(children.length); // code unit on the edge into each node
  const failNode = new Int32Array(children.length);
  const termNode = new Int32Array(children.length);
  for (const node of order) {
    for (const [a, child] of children[node]!) {
      edge[child] = codeOf[a]!;
      let target = 0;
      if (node !== 0) {
        const rootMayStart = !(isWordCode(codeOf[a]!) && isWordCode(edge[node]!));
        for (let f = failNode[node]!; ; f = failNode[f]!) {
          const t = children[f]!.get(a);
          if (t !== undefined && (f !== 0 || rootMayStart)) {
            target = t;
            break;
          }
          if (f === 0) break;
        }
      }
      failNode[child] = target;
      termNode[child] = nodeOut[child] !== 0 ? child : termNode[target]!;
    }
  }

  let size = 1;
  for (let node = 0; node < children.length; node++) size = Math.max(size, slot[node]! + 1);
  size += alphabet + 1; // base[s] + a always stays in bounds: no hidden-class-changing reads
  ensure(size);
  const nodes = new Int32Array(size * 4);
  const out = new Int32Array(size);
  for (let t = 0; t < size; t++) {
    nodes[4 * t] = baseOf[t]!;
    nodes[4 * t + 1] = check[t]!;
  }
  for (let node = 0; node < children.length; node++) {
    const t = slot[node]!;
    nodes[4 * t + 2] = slot[failNode[node]!]!;
    nodes[4 * t + 3] = termNode[node]! === 0 ? 0 : slot[termNode[node]!]!;
    out[t] = nodeOut[node]!;
  }
  return Automaton.fromSections({ symbols, nodes, out, lengths, ...wordFilters(patterns) });
}

/** The `firsts` and `heads` bitsets, at about 16 bits per key: few other words pass. */
function wordFilters(patterns: readonly string[]): { firsts: Int32Array; heads: Int32Array } {
  const firsts = new Set<number>();
  const heads = new Set<number>();
  for (const p of patterns) {
    let h = 0;
    let j = 0;
    for (; j < p.length && isWordCode(p.charCodeAt(j)); j++) h = roll(h, p.charCodeAt(j));
    if (j === 0) continue; // begins with a START character: never filtered
    firsts.add(h);
    for (const end = Math.min(p.length, j + 2); j < end; j++) h = roll(h, p.charCodeAt(j));
    heads.add(h);
  }
  return { firsts: bitset(firsts, 16), heads: bitset(heads, 16) };
}

function bitset(hashes: Set<number>, bitsPerKey: number): Int32Array {
  let bits = 1024;
  while (bits < hashes.size * bitsPerKey) bits *= 2;
  const set = new Int32Array(bits / 32);
  const shift = Math.clz32(bits) + 1;
  for (const h of hashes) {
    const b = bitOf(h, shift);
    set[b >>> 5]! |= 1 << (b & 31);
  }
  return set;
}
