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
// pattern, which sends the automaton back to the root; the top bit flags word characters).
// A state is a slot of the double array: the child of slot s on symbol a is t = base[s] + a
// when check[t] === s. `fail` is a failure link that only lands on suffixes starting at a word
// start, so the scan can skip the inside of words at the root. `term[s]` is the first slot on
// s's failure chain (s included) that ends a pattern, so the outputs at a position are term[s],
// term[fail[term[s]]], …; `out[t]` is that pattern's index + 1. The four numbers of a slot
// (base, check, fail, term) sit side by side in `nodes`: a step of the scan touches one cache
// line, not four arrays.
import { isWordCode } from '../text/normalize';
import { packSections, section, unpackSections, type Sections } from './binary';

export type OnMatch = (pattern: number, start: number, end: number) => void;

/** `symbols` entries: the alphabet symbol in the low bits, and this flag for word characters. */
const WORD = 0x8000;
const SYMBOL = 0x7fff;

export class Automaton {
  private constructor(
    private readonly symbols: Uint16Array,
    /** Per slot s: nodes[4s] base, nodes[4s + 1] check, nodes[4s + 2] fail, nodes[4s + 3] term. */
    private readonly nodes: Int32Array,
    private readonly out: Int32Array,
    /** Length of each pattern in code units. */
    readonly lengths: Uint16Array,
  ) {}

  get patternCount(): number {
    return this.lengths.length;
  }

  /** Bytes held by the automaton's arrays. */
  get byteLength(): number {
    return [this.symbols, this.nodes, this.out, this.lengths].reduce((sum, a) => sum + a.byteLength, 0);
  }

  static build(patterns: readonly string[]): Automaton {
    return build(patterns);
  }

  toSections(): Sections {
    const { symbols, nodes, out, lengths } = this;
    return { symbols, nodes, out, lengths };
  }

  static fromSections(s: Sections): Automaton {
    const a = new Automaton(
      section(s, 'symbols', Uint16Array),
      section(s, 'nodes', Int32Array),
      section(s, 'out', Int32Array),
      section(s, 'lengths', Uint16Array),
    );
    if (a.symbols.length !== 0x10000 || a.nodes.length !== a.out.length * 4) {
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
    const { symbols, nodes, out, lengths } = this;
    let s = 0;
    let prevWord = false;
    for (let i = 0; i < length; i++) {
      const v = symbols[codes[i]!]!;
      const word = v >= WORD;
      // Inside a word no pattern may start: at the root, skip to the next word start.
      const inside = word && prevWord;
      prevWord = word;
      if (s === 0 && inside) continue;
      const a = v & SYMBOL;
      if (a === 0) {
        s = 0;
        continue;
      }
      for (;;) {
        const t = nodes[s << 2]! + a;
        if (nodes[(t << 2) + 1] === s) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = nodes[(s << 2) + 2]!;
        if (s === 0 && inside) break;
      }
      for (let o = nodes[(s << 2) + 3]!; o !== 0; o = nodes[(nodes[(o << 2) + 2]! << 2) + 3]!) {
        const end = i + 1;
        if (word && end < length && symbols[codes[end]!]! >= WORD) break; // same end for all outputs
        const p = out[o]! - 1;
        onMatch(p, end - lengths[p]!, end);
      }
    }
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
  const symbols = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) symbols[c] = ids[c]! | (isWordCode(c) ? WORD : 0);

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
  return Automaton.fromSections({ symbols, nodes, out, lengths });
}
