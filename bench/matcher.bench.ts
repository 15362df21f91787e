// The matcher side by side with modern-ahocorasick and one RegExp alternation, on the same
// texts (bench/texts.ts) and the very same patterns (read back from the compiled automaton).
//
// "Same matches" means: whole-word occurrences on the normalized text, leftmost first and the
// longest at a start, not overlapping — what our automaton's leftmostLongest returns. The
// RegExp gets that natively (alternatives longest first, word lookarounds); modern-ahocorasick
// returns every occurrence and pays for the same selection afterwards. Both baselines are
// given the normalized text for free; our figures count normalization where they say so.
//
// Also: where the automaton should live. Either every tab loads it (its memory resident in each
// tab, its matching on the page's main thread), or the background holds it and a tab sends its
// text (a structured clone out, offsets back). Both costs are measured here on the same page.
import v8 from 'node:v8';
import vm from 'node:vm';
import AhoCorasick from 'modern-ahocorasick';
import { Automaton } from '../lib/matcher/automaton';
import { compileMatcher } from '../lib/matcher/compile';
import { loadMatcher } from '../lib/matcher/matcher';
import { findMentions, NEW_PAGE } from '../lib/matcher/mentions';
import { isWordCode, normalize, normalizeText } from '../lib/text/normalize';
import { type BenchEntry, higherIsBetter, lowerIsBetter, medianMs } from './report';
import { type BenchTexts, generatedPeople } from './texts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * Heap plus array buffers retained by what `make` returns, in bytes: the mean over several
 * instances kept alive together, so one collection elsewhere does not swing the figure.
 */
function retained(make: () => unknown, instances = 4): number {
  gc();
  gc();
  const before = process.memoryUsage();
  const kept = Array.from({ length: instances }, make);
  gc();
  gc();
  const after = process.memoryUsage();
  const bytes = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
  if (kept.some((k) => k === undefined)) throw new Error('nothing retained');
  return bytes / instances;
}

type Span = [start: number, end: number];
type Match = [block: number, start: number, end: number];

/** Whole-word filter and leftmost-longest selection, for a baseline that reports every occurrence. */
function select(text: string, hits: Span[]): Span[] {
  const word = (i: number) => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
  const ok = hits.filter(([s, e]) => !(word(s) && word(s - 1)) && !(word(e - 1) && word(e)));
  ok.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: Span[] = [];
  let reached = 0;
  for (const m of ok) {
    if (m[0] < reached) continue;
    kept.push(m);
    reached = m[1];
  }
  return kept;
}

const W = '[0-9a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2c00-\\u2fff\\u3040-\\ufe2f\\ufe70-\\uffff]';

/**
 * One alternation, longest first, with the automaton's word-boundary rule as lookarounds: a
 * lookbehind in front (every pattern starts with a word character: checked), and after it
 * "the last matched character is no word character, or the next one is not" ("sen." may be
 * followed by anything). Lookarounds inside each alternative would be exact too, but they stop
 * V8 from dispatching on literals and make the RegExp ~1000× slower: not a fair baseline.
 */
function alternation(patterns: string[]): RegExp {
  if (patterns.some((p) => !isWordCode(p.charCodeAt(0)))) throw new Error('a pattern starts with a non-word character');
  const escaped = [...patterns].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return new RegExp(`(?<!${W})(?:${escaped.join('|')})(?:(?<!${W})|(?!${W}))`, 'g');
}

function signature(matches: Match[]): string {
  let h = 0;
  for (const [b, s, e] of matches) h = (Math.imul(h, 31) + b * 131 + s * 7 + e) | 0;
  return `${matches.length}/${(h >>> 0).toString(16)}`;
}

export async function benchMatcher(texts: BenchTexts): Promise<BenchEntry[]> {
  const entries: BenchEntry[] = [];
  const { entities } = texts;
  console.log(`  gazetteer: ${texts.gazetteer}; texts: ${texts.prose}`);

  // Compile once, as the index build does; everything below uses its pattern list.
  let bytes: Uint8Array = new Uint8Array();
  const compileMs = medianMs(() => (bytes = compileMatcher(entities)), 3, 0);
  const matcher = loadMatcher(bytes);
  const patterns = matcher.automaton.patterns();
  console.log(`  ${patterns.length} patterns; compiled matcher ${(bytes.byteLength / 1e6).toFixed(2)} MB`);
  entries.push(lowerIsBetter('compile gazetteer into matcher.bin (index build time)', 'ms', compileMs, 'issue budget', 400));

  // The scale: ~20,000 names, built at index time, loaded on every wake-up.
  const people = generatedPeople(20_000);
  let large: Uint8Array = new Uint8Array();
  const compileLarge = medianMs(() => (large = compileMatcher(people)), 3, 0);
  const loadLarge = medianMs(() => loadMatcher(large.slice()), 30) - medianMs(() => large.slice(), 30);
  console.log(`  20,000 generated people: compiled matcher ${(large.byteLength / 1e6).toFixed(2)} MB`);
  entries.push(lowerIsBetter('compile 20,000 generated people', 'ms', compileLarge, 'issue budget', 400));
  entries.push(lowerIsBetter('load prebuilt matcher of 20,000 people', 'ms', Math.max(loadLarge, 0.001), 'issue budget', 5));

  // Build: the automaton alone, on the same patterns as the baselines.
  const ac = new AhoCorasick(patterns);
  const re = alternation(patterns);
  const buildOurs = medianMs(() => Automaton.build(patterns), 3);
  const buildAc = medianMs(() => new AhoCorasick(patterns), 3);
  const buildRe = medianMs(() => alternation(patterns).exec('warm up the regexp compiler'), 3);
  entries.push(lowerIsBetter('build automaton', 'ms', buildOurs, 'modern-ahocorasick', buildAc));
  entries.push(lowerIsBetter('build automaton', 'ms', buildOurs, 'RegExp alternation (construct + compile)', buildRe));

  // Load a prebuilt one: ours is views over the fetched buffer; the baseline deserializes.
  const acSerialized = ac.serialize();
  const copy = () => bytes.slice(); // a fresh buffer, as fetch() hands over
  const loadOurs = medianMs(() => loadMatcher(copy()), 30);
  const copyMs = medianMs(copy, 30);
  const loadAc = medianMs(() => AhoCorasick.deserialize(acSerialized), 5);
  entries.push(lowerIsBetter('load prebuilt matcher', 'ms', Math.max(loadOurs - copyMs, 0.001), 'modern-ahocorasick deserialize', loadAc));
  entries.push(lowerIsBetter('load prebuilt matcher', 'ms', Math.max(loadOurs - copyMs, 0.001), 'issue budget', 5));

  const memOurs = retained(() => loadMatcher(copy()));
  const memAc = retained(() => AhoCorasick.deserialize(acSerialized));
  entries.push(lowerIsBetter('loaded matcher memory', 'bytes', memOurs, 'modern-ahocorasick', memAc));

  for (const [label, blocks] of [
    ['50 KB article', texts.article],
    ['2 MB page', texts.page],
  ] as const) {
    // Block by block, as pages are matched (and as modern-ahocorasick must be fed: on one
    // 2 MB string its search runs for minutes). Matches are [block, start, end].
    const normalized = blocks.map((b) => normalizeText(b));
    const strings = blocks.map(normalize);
    const runs = blocks.length > 500 ? 5 : 300;
    const mb = Buffer.byteLength(blocks.join('\n'), 'utf8') / 1e6;

    const ours = (): Match[] =>
      normalized.flatMap((n, b) => {
        const t = matcher.automaton.leftmostLongest(n.codes, n.length);
        const out: Match[] = [];
        for (let k = 0; k < t.length; k += 3) out.push([b, t[k + 1]!, t[k + 2]!]);
        return out;
      });
    const viaAc = (): Match[] =>
      strings.flatMap((text, b) =>
        select(
          text,
          ac.search(text).map((h) => [h.start, h.end] as Span),
        ).map(([s, e]): Match => [b, s, e]),
      );
    const viaRe = (): Match[] =>
      strings.flatMap((text, b) => {
        const out: Match[] = [];
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) out.push([b, m.index, m.index + m[0].length]);
        return out;
      });
    const sig = [signature(ours()), signature(viaAc()), signature(viaRe())];
    console.log(`  ${label}: matches ours ${sig[0]} · modern-ahocorasick ${sig[1]} · RegExp ${sig[2]} (count/hash)`);
    if (new Set(sig).size !== 1) console.log('  !! the three do not find the same matches');

    const tOurs = medianMs(ours, runs);
    const tAc = medianMs(viaAc, runs);
    const tRe = medianMs(viaRe, runs);
    entries.push(lowerIsBetter(`match ${label} (normalized text)`, 'ms', tOurs, 'modern-ahocorasick', tAc));
    entries.push(lowerIsBetter(`match ${label} (normalized text)`, 'ms', tOurs, 'RegExp alternation', tRe));

    const reuse = normalizeText('');
    const endToEnd = medianMs(() => {
      for (const block of blocks) {
        const m = normalizeText(block, reuse);
        matcher.automaton.leftmostLongest(m.codes, m.length);
      }
    }, runs);
    entries.push(higherIsBetter(`normalize + match ${label}`, 'MB/s', mb / (endToEnd / 1000), 'issue budget', 25));

    // The background's whole job for a page: normalize, match, apply the mention rules.
    const mentionsMs = medianMs(() => findMentions(matcher, blocks, NEW_PAGE), runs);
    const found = findMentions(matcher, blocks, NEW_PAGE).mentions.reduce((sum, b) => sum + b.length, 0);
    console.log(`  ${label}: ${found} mentions after the rules`);
    entries.push(higherIsBetter(`findMentions ${label} (background)`, 'MB/s', mb / (mentionsMs / 1000), 'issue budget', 25));

    // Where the automaton lives. Message: the tab's main thread pays a structured clone of the
    // blocks (and of the answer); the copy is transient. In the tab: it pays loading and matching,
    // and keeps the matcher resident.
    const answer = findMentions(matcher, blocks, NEW_PAGE);
    const cloneMs = medianMs(() => structuredClone({ blocks, page: NEW_PAGE }), runs) + medianMs(() => structuredClone(answer), runs);
    const inTabMs = Math.max(loadOurs - copyMs, 0) + mentionsMs;
    entries.push(
      lowerIsBetter(`tab main-thread time, ${label}: message to background`, 'ms', cloneMs, 'automaton in the tab (load + match)', inTabMs),
    );
    const cloneBytes = v8.serialize({ blocks, page: NEW_PAGE }).byteLength;
    entries.push(
      lowerIsBetter(
        `tab memory, ${label}: message (peak, transient copy of the text)`,
        'bytes',
        cloneBytes,
        'automaton resident in each tab',
        memOurs,
      ),
    );
  }
  return entries;
}
