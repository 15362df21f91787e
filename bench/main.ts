// `npm run bench [-- name…]`: runs the registered benchmarks (all, or those named), prints
// each figure beside its baseline with the ratio, and writes .bench/results.json.
// A benchmark is a function returning BenchEntry[]; register it in BENCHES below.
import { type BenchEntry, printEntry, writeResults } from './report';
import { loadBenchTexts, type BenchTexts } from './texts';

interface Bench {
  name: string;
  run(texts: () => BenchTexts): Promise<BenchEntry[]>;
}

let texts: BenchTexts | undefined;
const sharedTexts = () => (texts ??= loadBenchTexts());

const BENCHES: Bench[] = [
  { name: 'matcher', run: async (t) => (await import('./matcher.bench')).benchMatcher(t()) },
  { name: 'annotate', run: async (t) => (await import('./annotate.bench')).benchAnnotate(t()) },
  { name: 'ranking', run: async () => (await import('./ranking')).benchRanking() },
  // These launch Chromium with the built extension (npm run bench builds it first).
  { name: 'install', run: async () => (await import('./browser')).benchBrowser() },
  { name: 'page', run: async () => (await import('./browser')).benchPageCost() },
  { name: 'sync', run: async () => (await import('./sync')).benchSync() },
  // The popup's search in Node, then its opening in Chromium.
  { name: 'search', run: async () => (await import('./search.bench')).benchSearch() },
];

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((a) => !BENCHES.some((b) => b.name === a));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${BENCHES.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const chosen = args.length > 0 ? BENCHES.filter((b) => args.includes(b.name)) : BENCHES;
  const entries: BenchEntry[] = [];
  let failed = 0;
  for (const bench of chosen) {
    console.log(`\n${bench.name}`);
    try {
      const results = await bench.run(sharedTexts);
      results.forEach(printEntry);
      entries.push(...results);
    } catch (error) {
      failed++;
      console.error(`  failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  writeResults(entries);
  console.log(`\n${entries.length} figures written to .bench/results.json`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
