// `eval CASES.jsonl... [--json] [--half tune|report] [--leave-one-out | --before YYYY-MM-DD]`:
// runs each case's text through the page pipeline (mentions, then ranking with the case's
// published date) and prints ranking and mention quality. Definitions: cli/evaluation.ts.
//   --half           only the cases of one fixed half (cli/halves.ts): tune on one, report the other
//   --leave-one-out  also rank each positive case with its expected releases removed from the
//                    index: it must then get no confident match
//   --before DATE    temporal holdout: also rank the positive cases about releases on or after
//                    DATE against an index of the releases before it: no confident match either
import { textDate } from '../../lib/dom/page-date';
import { type CaseResult, type EvalCase, parseCases, releaseIdOf, type Report, type Share, summarize } from '../evaluation';
import { type Half, halfOf } from '../halves';
import { analyzeBlocks, loadRankingIndex, readInputFile, restrictIndex, type RankingIndex, textBlocks } from '../page-analysis';

const USAGE = 'Usage: npm run cli -- eval CASES.jsonl... [--json] [--half tune|report] [--leave-one-out | --before YYYY-MM-DD]';
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);
const frac = (x: Share) => `${x.count}/${x.of} (${pct(x.rate)})`;

function printReport(report: Report, errors: string[], leftOutLabel: string): void {
  const out: string[] = [];
  out.push(`cases: ${report.cases} (${report.positives} positive)${errors.length ? `, ${errors.length} malformed line(s) skipped` : ''}`);
  out.push('');
  out.push('targets');
  out.push(`  confident page links that are right     ${frac(report.confidentRight)}   (target >= 95%)`);
  out.push(`  positives with a right confident link    ${frac(report.positivesLinked)}   (target >= 80%)`);
  out.push(`  hit@1                                    ${num(report.hitAt1)}   (target >= 0.90)`);
  out.push(`  hit@3                                    ${num(report.hitAt3)}   (target >= 0.97)`);
  out.push(`  negatives with a confident link          ${frac(report.falseConfidentNegative)}   (target <= 10%)`);
  if (report.leaveOneOut) out.push(`  ${leftOutLabel.padEnd(41)}${frac(report.leaveOneOut)}   (target <= 10%)`);
  out.push(
    `  people found                             ${num(report.people.recall)} (${report.people.found}/${report.people.expected})   (target >= 0.90)`,
  );
  out.push(`  ordinary pages with a confident link     ${frac(report.falseConfidentOrdinary)}`);
  out.push('');
  out.push(`ranking: MRR ${num(report.mrr)}; ${report.positivesWithoutConfident} positive case(s) without any confident match`);
  const pr = (x: Report['people']) =>
    `precision ${num(x.precision)} (${x.truePositives}/${x.predicted})  recall ${num(x.recall)} (${x.found}/${x.expected})`;
  out.push('mentions (distinct per case)');
  out.push(`  people  ${pr(report.people)}`);
  out.push(`  topics  ${pr(report.topics)}`);

  const misses = report.lines.filter(
    (l) =>
      (l.kind === 'positive' && (l.rank !== 1 || l.confident[0] !== l.expected[0] || (l.confidentWithout?.length ?? 0) > 0)) ||
      (l.kind !== 'positive' && l.confident.length > 0) ||
      l.mentions.falsePeople.length + l.mentions.missedPeople.length + l.mentions.falseTopics.length + l.mentions.missedTopics.length > 0,
  );
  if (misses.length) out.push('', 'misses');
  for (const l of misses) {
    const parts: string[] = [];
    if (l.kind === 'positive') {
      if (l.rank !== 1) parts.push(`expected ${l.expected.join('/')} at rank ${l.rank ?? '-'}; top ${l.top.join(', ') || '-'}`);
      if (l.confident[0] !== l.expected[0]) parts.push(`confident: ${l.confident.join(', ') || 'none'}`);
      if (l.confidentWithout?.length) parts.push(`${leftOutLabel}: ${l.confidentWithout.join(', ')}`);
    } else if (l.confident.length) {
      parts.push(`confident match on a ${l.kind} case: ${l.confident.join(', ')}`);
    }
    const m = l.mentions;
    if (m.missedPeople.length) parts.push(`missed people: ${m.missedPeople.join('; ')}`);
    if (m.falsePeople.length) parts.push(`unexpected people: ${m.falsePeople.join('; ')}`);
    if (m.missedTopics.length) parts.push(`missed topics: ${m.missedTopics.join('; ')}`);
    if (m.falseTopics.length) parts.push(`unexpected topics: ${m.falseTopics.join('; ')}`);
    out.push(`  ${l.id}: ${parts.join(' | ')}`);
  }
  for (const e of errors) out.push(`malformed ${e}`);
  console.log(out.join('\n'));
}

/** One case through the pipeline, as the extension would see its text. */
async function runCase(rankingIndex: RankingIndex, c: EvalCase): Promise<CaseResult> {
  const blocks = textBlocks(c.text);
  // As the extension would: the page's stated date, else a dateline at the top of the text.
  const date = c.published_date === 'unknown' ? textDate(c.text) : c.published_date;
  const { mentions, ranking } = await analyzeBlocks(rankingIndex, blocks, date);
  return {
    case: c,
    ranked: ranking.scored.map((e) => e.release.id),
    confident: ranking.ranking.page.map((r) => r.release.id),
    mentions: mentions.flatMap((block, i) =>
      block.map((m) => {
        const entity = rankingIndex.entities.get(m.entityId);
        return {
          text: blocks[i]!.slice(m.start, m.end),
          entityId: m.entityId,
          entityNames: entity ? [entity.name, ...entity.aliases] : [],
          isPerson: entity?.type === 'person' || entity?.type === 'designated-person',
        };
      }),
    ),
  };
}

interface Options {
  files: string[];
  json: boolean;
  half?: Half;
  leaveOneOut: boolean;
  before?: string;
}

function parseArgs(args: string[]): Options | string {
  const flagValue = (flag: string) => {
    const at = args.indexOf(flag);
    return at < 0 ? undefined : (args[at + 1] ?? '');
  };
  const half = flagValue('--half');
  const before = flagValue('--before');
  const values = new Set([half, before].filter((v) => v !== undefined));
  const files = args.filter((a) => !a.startsWith('--') && !values.has(a));
  if (files.length === 0) return USAGE;
  if (half !== undefined && half !== 'tune' && half !== 'report') return '--half must be tune or report';
  if (before !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(before)) return '--before must be a date as YYYY-MM-DD';
  const leaveOneOut = args.includes('--leave-one-out');
  if (leaveOneOut && before !== undefined) return 'choose --leave-one-out or --before, not both';
  return { files, json: args.includes('--json'), leaveOneOut, ...(half ? { half } : {}), ...(before ? { before } : {}) };
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  const cases: EvalCase[] = [];
  const errors: string[] = [];
  for (const file of options.files) {
    const content = readInputFile(file);
    if (content === undefined) return 1;
    const parsed = parseCases(content);
    for (const e of parsed.errors) console.error(`${file}: skipped malformed ${e}`);
    errors.push(...parsed.errors.map((e) => `${file} ${e}`));
    cases.push(...parsed.cases.filter((c) => !options.half || halfOf(c.id) === options.half));
  }
  if (cases.length === 0) {
    console.error(`${options.files.join(', ')}: no cases to evaluate`);
    return 1;
  }

  const rankingIndex = loadRankingIndex();
  const held = options.before ? restrictIndex(rankingIndex, (r) => r.date < options.before!) : undefined;
  const results: CaseResult[] = [];
  for (const c of cases) {
    const result = await runCase(rankingIndex, c);
    const expected = new Set(c.expected_release_urls.map(releaseIdOf));
    if (c.kind === 'positive' && options.leaveOneOut) {
      const without = await runCase(
        restrictIndex(rankingIndex, (r) => !expected.has(r.id)),
        c,
      );
      result.confidentWithout = without.confident;
    }
    if (c.kind === 'positive' && held && rankingIndex.index.releases.every((r) => !expected.has(r.id) || r.date >= options.before!)) {
      result.confidentWithout = (await runCase(held, c)).confident;
    }
    results.push(result);
  }
  const report = summarize(results);
  const label = options.before ? `holdout before ${options.before}, still linked` : 'left out, still confidently linked';
  if (options.json) console.log(JSON.stringify({ ...report, malformed: errors }, null, 2));
  else printReport(report, errors, label);
  return 0;
}
