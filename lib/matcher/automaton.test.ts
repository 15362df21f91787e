import { describe, expect, it } from 'vitest';
import { isWordCode, normalizeText } from '../text/normalize';
import { Automaton } from './automaton';

function codesOf(text: string) {
  const n = normalizeText(text);
  return { codes: n.codes, length: n.length, text: String.fromCharCode(...n.codes.subarray(0, n.length)) };
}

function scanAll(a: Automaton, text: string): string[] {
  const { codes, length, text: norm } = codesOf(text);
  const hits: string[] = [];
  a.scan(codes, length, (p, s, e) => hits.push(`${p}:${norm.slice(s, e)}@${s}`));
  return hits.sort();
}

/** The obvious quadratic search, as the reference the automaton must agree with. */
function naive(patterns: string[], text: string): string[] {
  const { text: norm } = codesOf(text);
  const word = (i: number) => i >= 0 && i < norm.length && isWordCode(norm.charCodeAt(i));
  const hits: string[] = [];
  patterns.forEach((p, index) => {
    for (let s = norm.indexOf(p); s !== -1; s = norm.indexOf(p, s + 1)) {
      const e = s + p.length;
      if (word(s) && word(s - 1)) continue;
      if (word(e - 1) && word(e)) continue;
      hits.push(`${index}:${p}@${s}`);
    }
  });
  return hits.sort();
}

describe('Automaton', () => {
  const patterns = ['scott bessent', 'bessent', 'treasury secretary', 'secretary', 'he', 'she', 'hers', 'mr.'];

  it('finds every whole-word occurrence, overlapping ones included', () => {
    const a = Automaton.build(patterns);
    const text = 'Treasury Secretary Scott Bessent said she and hers; Mr. Bessent’s aide; ushers';
    expect(scanAll(a, text)).toEqual(naive(patterns, text));
    expect(scanAll(a, text)).toContain('1:bessent@56');
  });

  it('does not match inside words', () => {
    const a = Automaton.build(['lee', 'rubin']);
    expect(scanAll(a, 'The fleet sailed; Rubinstein played; Lee and rubin.')).toEqual(['0:lee@37', '1:rubin@45']);
  });

  it('agrees with a naive search on random text', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const letters = 'ab c-';
    const word = (len: number) => Array.from({ length: len }, () => letters[rand(letters.length)]).join('');
    const ps = [...new Set(Array.from({ length: 60 }, () => word(1 + rand(5)).trim()).filter((p) => p.length > 0))];
    const a = Automaton.build(ps);
    for (let round = 0; round < 20; round++) {
      const text = word(300);
      expect(scanAll(a, text)).toEqual(naive(ps, text));
    }
  });

  it('skips the words no pattern begins with, and misses nothing for it', () => {
    // Words that share prefixes with patterns, patterns whose first word is followed by
    // punctuation ("u.s.", "o'neill", "mr."), and one that begins with a non-word character.
    const ps = ['bessent', 'scott bessent', 'u.s. treasury', "o'neill", 'mr.', 'st. louis', 'sec', '-x', 'a-b c'];
    const a = Automaton.build(ps);
    const text =
      "Bess, Bessen and Bessentx met U.S. Treasury; u.k. O'Neil, O'Neill, Mr.Scott Bessent -x St.Louis St. Louis secs sec. a-b c a-b cd Bessent";
    expect(scanAll(a, text)).toEqual(naive(ps, text));
    expect(scanAll(a, text)).toHaveLength(10);

    let seed = 5;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['bess', 'ent', 'u', '.', 's', ' ', "'", 'o', 'neill', 'mr', 'st', '-', 'x', 'lou', 'is', 'a', 'b', 'c', 'sec', ', '];
    for (let round = 0; round < 200; round++) {
      const t = Array.from({ length: 60 }, () => pieces[rand(pieces.length)]).join('');
      expect(scanAll(a, t)).toEqual(naive(ps, t));
    }
  });

  it('keeps the leftmost, then longest, of overlapping matches', () => {
    const a = Automaton.build(['secretary', 'treasury secretary', 'secretary scott', 'scott bessent']);
    const { codes, length, text } = codesOf('Treasury Secretary Scott Bessent');
    const triples = a.leftmostLongest(codes, length);
    const found = [];
    for (let k = 0; k < triples.length; k += 3) found.push(text.slice(triples[k + 1], triples[k + 2]));
    expect(found).toEqual(['treasury secretary', 'scott bessent']);
  });

  it('selects the same leftmost-longest matches as sorting all of them would', () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    const word = (len: number) => Array.from({ length: len }, () => 'ab '[rand(3)]).join('');
    const ps = [...new Set(Array.from({ length: 40 }, () => word(1 + rand(7)).trim()).filter((p) => p.length > 0))];
    const a = Automaton.build(ps);
    for (let round = 0; round < 30; round++) {
      const { codes, length } = codesOf(word(200));
      const all: number[][] = [];
      a.scan(codes, length, (p, s, e) => all.push([p, s, e]));
      all.sort((x, y) => x[1]! - y[1]! || y[2]! - x[2]!);
      const expected: number[] = [];
      let reached = 0;
      for (const [p, s, e] of all) {
        if (s! < reached) continue;
        expected.push(p!, s!, e!);
        reached = e!;
      }
      expect(a.leftmostLongest(codes, length)).toEqual(expected);
    }
  });

  it('loads from its serialized form and matches the same', () => {
    const a = Automaton.build(patterns);
    const bytes = a.serialize();
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const b = Automaton.load(copy.buffer);
    const text = 'Secretary Bessent met Scott Bessent; she said hers.';
    expect(scanAll(b, text)).toEqual(scanAll(a, text));
    expect(b.patternCount).toBe(patterns.length);
    expect(b.patterns()).toEqual(patterns);
  });

  it('rejects bad input with clear errors', () => {
    expect(() => Automaton.build(['a', ''])).toThrow(/Empty pattern/);
    expect(() => Automaton.build(['a', 'a'])).toThrow(/Duplicate/);
    expect(() => Automaton.load(new Uint8Array(64))).toThrow(/bad magic/);
    const bytes = Automaton.build(['abc']).serialize();
    expect(() => Automaton.load(bytes.subarray(0, bytes.length - 40))).toThrow(/truncated/);
  });
});
