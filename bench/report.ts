// One shape for every benchmark figure, printed beside its baseline and written to
// .bench/results.json as an array of { name, unit, value, baseline, baselineValue, ratio }.
// ratio > 1 means ours is better, whichever way "better" points for the unit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface BenchEntry {
  name: string;
  unit: string;
  value: number;
  /** What we compare against: another library, a naive approach, or a budget. */
  baseline: string;
  baselineValue: number;
  ratio: number;
}

/** For units where less is better (ms, bytes). */
export function lowerIsBetter(name: string, unit: string, value: number, baseline: string, baselineValue: number): BenchEntry {
  return { name, unit, value, baseline, baselineValue, ratio: value === 0 ? Infinity : baselineValue / value };
}

/** For units where more is better (MB/s). */
export function higherIsBetter(name: string, unit: string, value: number, baseline: string, baselineValue: number): BenchEntry {
  return { name, unit, value, baseline, baselineValue, ratio: baselineValue === 0 ? Infinity : value / baselineValue };
}

/** Median wall time of `runs` calls after `warmup` unmeasured ones, in ms. */
export function medianMs(fn: () => unknown, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

function format(n: number, unit: string): string {
  if (unit === 'bytes') return n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} KB`;
  return `${round(n)} ${unit}`;
}

export function printEntry(e: BenchEntry): void {
  const ratio = Number.isFinite(e.ratio) ? `${e.ratio.toFixed(2)}×` : '∞';
  console.log(`  ${e.name}: ${format(e.value, e.unit)}  vs ${e.baseline}: ${format(e.baselineValue, e.unit)}  → ${ratio}`);
}

export function writeResults(entries: BenchEntry[], path = '.bench/results.json'): void {
  mkdirSync(dirname(path), { recursive: true });
  const rounded = entries.map((e) => ({ ...e, value: round(e.value), baselineValue: round(e.baselineValue), ratio: round(e.ratio) }));
  writeFileSync(path, JSON.stringify(rounded, null, 2) + '\n');
}
