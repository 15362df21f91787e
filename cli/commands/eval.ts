// `eval CASES.jsonl [--json]`: runs each case's text through the page pipeline (mentions,
// then ranking with the case's published date) and prints ranking and mention quality.
// Definitions of every figure: cli/evaluation.ts.
import { textDate } from '../../lib/dom/page-date';
import { type CaseResult, type Report, parseCases, summarize } from '../evaluation';
import { analyzeBlocks, loadRankingIndex, readInputFile, textBlocks } from '../page-analysis';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);

function printReport(report: Report, errors: string[]): void {
  const out: string[] = [];
  out.push(`cases: ${report.cases} (${report.positives} positive)${errors.length ? `, ${errors.length} malformed line(s) skipped` : ''}`);
  out.push('');
  out.push('ranking (positive cases, all ranked candidates)');
  out.push(`  hit@1  ${num(report.hitAt1)}`);
  out.push(`  hit@3  ${num(report.hitAt3)}`);
  out.push(`  MRR    ${num(report.mrr)}`);
  out.push(`  first confident match is expected: ${pct(report.confidentCorrect)} (${report.positivesWithoutConfident} positive case(s) without any confident match)`);
  out.push('confident page-level match where there should be none');
  const fc = (x: Report['falseConfidentNegative']) => `${x.count}/${x.of} (${pct(x.rate)})`;
  out.push(`  negative  ${fc(report.falseConfidentNegative)}`);
  out.push(`  ordinary  ${fc(report.falseConfidentOrdinary)}`);
  out.push('mentions (distinct per case)');
  const pr = (x: Report['people']) =>
    `precision ${num(x.precision)} (${x.truePositives}/${x.predicted})  recall ${num(x.recall)} (${x.found}/${x.expected})`;
  out.push(`  people  ${pr(report.people)}`);
  out.push(`  topics  ${pr(report.topics)}`);

  const misses = report.lines.filter(
    (l) =>
      (l.kind === 'positive' && (l.rank !== 1 || l.confident[0] !== l.expected[0])) ||
      (l.kind !== 'positive' && l.confident.length > 0) ||
      l.mentions.falsePeople.length + l.mentions.missedPeople.length + l.mentions.falseTopics.length + l.mentions.missedTopics.length > 0,
  );
  if (misses.length) out.push('', 'misses');
  for (const l of misses) {
    const parts: string[] = [];
    if (l.kind === 'positive') {
      if (l.rank !== 1) parts.push(`expected ${l.expected.join('/')} at rank ${l.rank ?? '-'}; top ${l.top.join(', ') || '-'}`);
      if (l.confident[0] !== l.expected[0]) parts.push(`confident: ${l.confident.join(', ') || 'none'}`);
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

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: npm run cli -- eval CASES.jsonl [--json]');
    return 2;
  }
  const content = readInputFile(file);
  if (content === undefined) return 1;
  const { cases, errors } = parseCases(content);
  for (const e of errors) console.error(`${file}: skipped malformed ${e}`);
  if (cases.length === 0) {
    console.error(`${file}: no cases to evaluate`);
    return 1;
  }

  const ri = loadRankingIndex();
  const results: CaseResult[] = [];
  for (const c of cases) {
    const blocks = textBlocks(c.text);
    // As the extension would: the page's stated date, else a dateline at the top of the text.
    const date = c.published_date === 'unknown' ? textDate(c.text) : c.published_date;
    const { mentions, ranking } = await analyzeBlocks(ri, blocks, date);
    results.push({
      case: c,
      ranked: ranking.scored.map((e) => e.release.id),
      confident: ranking.ranking.page.map((r) => r.release.id),
      mentions: mentions.flatMap((block, i) =>
        block.map((m) => {
          const entity = ri.entities.get(m.entityId);
          return {
            text: blocks[i]!.slice(m.start, m.end),
            entityId: m.entityId,
            entityNames: entity ? [entity.name, ...entity.aliases] : [],
            isPerson: entity?.type === 'person' || entity?.type === 'designated-person',
          };
        }),
      ),
    });
  }
  const report = summarize(results);
  if (json) console.log(JSON.stringify({ ...report, malformed: errors }, null, 2));
  else printReport(report, errors);
  return 0;
}
