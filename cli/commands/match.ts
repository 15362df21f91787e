// `match FILE [--date YYYY-MM-DD] [--without id1,id2]`: what the extension would find and
// suggest on one page; --without ranks against the index minus those releases (leave-one-out).
// HTML is parsed with happy-dom (no scripts run, nothing fetched) and split into text blocks
// as the content script does; plain text is split into paragraphs. Prints JSON.
import { extname, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { collectBlocks } from '../../lib/dom/collect';
import { parseDate } from '../../lib/ranking/dates';
import { pageDate, textDate } from '../../lib/dom/page-date';
import { reasons } from '../../lib/ranking/reasons';
import { analyzeBlocks, loadRankingIndex, readInputFile, restrictIndex, textBlocks } from '../page-analysis';

const USAGE = 'Usage: npm run cli -- match FILE.html|FILE.txt [--date YYYY-MM-DD] [--without id1,id2] [--index DIR]';
/** Candidates printed beyond the confident ones, to show what nearly matched. */
const SHOWN_CANDIDATES = 10;

interface Page {
  blocks: string[];
  date?: string;
}

function readHtml(html: string): Page {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  // collect.ts reads the DOM constants as a browser script does, from the global scope.
  Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const date = pageDate(doc);
    return { blocks: [...collectBlocks(doc.body)].map((b) => b.text), ...(date ? { date } : {}) };
  } finally {
    void window.happyDOM.close();
  }
}

function readText(text: string): Page {
  const date = textDate(text);
  return { blocks: textBlocks(text), ...(date ? { date } : {}) };
}

export async function run(args: string[]): Promise<number> {
  const dateAt = args.indexOf('--date');
  const dateArg = dateAt >= 0 ? args[dateAt + 1] : undefined;
  const withoutAt = args.indexOf('--without');
  const withoutArg = withoutAt >= 0 ? args[withoutAt + 1] : undefined;
  const indexAt = args.indexOf('--index'); // an index folder, e.g. one `cli sync --out` wrote
  const values = new Set([dateAt, withoutAt, indexAt].filter((i) => i >= 0).map((i) => i + 1));
  const file = args.find((a, i) => !a.startsWith('--') && !values.has(i));
  if (!file || (dateAt >= 0 && !dateArg) || (withoutAt >= 0 && !withoutArg)) {
    console.error(USAGE);
    return 2;
  }
  const flagDate = dateArg === undefined ? undefined : parseDate(dateArg);
  if (dateArg !== undefined && (!flagDate || !/^\d{4}-\d{2}-\d{2}$/.test(dateArg))) {
    console.error(`--date must be a real date as YYYY-MM-DD, got "${dateArg}"`);
    return 2;
  }

  const content = readInputFile(file);
  if (content === undefined) return 1;
  const isHtml = ['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase());
  const page = isHtml ? readHtml(content) : readText(content);
  const date = flagDate ?? page.date;

  const without = new Set(
    (withoutArg ?? '')
      .split(',')
      .map((id) => id.trim().toLowerCase())
      .filter(Boolean),
  );
  const full = loadRankingIndex(indexAt >= 0 ? resolve(args[indexAt + 1] ?? '.') : undefined);
  const rankingIndex = without.size > 0 ? restrictIndex(full, (r) => !without.has(r.id)) : full;
  const { mentions, context, ranking } = await analyzeBlocks(rankingIndex, page.blocks, date);
  const output = {
    file,
    date: date ?? null,
    ...(without.size > 0 ? { without: [...without] } : {}),
    dateSource: flagDate ? '--date' : page.date ? (isHtml ? 'page' : 'text') : 'none',
    mentions: mentions.flatMap((block, i) =>
      block.map((m) => ({
        block: i,
        start: m.start,
        end: m.end,
        text: page.blocks[i]!.slice(m.start, m.end),
        entityId: m.entityId,
        entity: rankingIndex.entities.get(m.entityId)?.name ?? null,
      })),
    ),
    entityCounts: context.entityCounts,
    page: ranking.ranking.page,
    undated: ranking.ranking.undated,
    candidates: ranking.scored.map((e) => ({
      id: e.release.id,
      date: e.release.date,
      title: e.release.title,
      score: Math.round(e.score * 100) / 100,
      entityScore: Math.round(e.entityScore * 100) / 100,
      termScore: Math.round(e.termScore * 1000) / 1000,
      dateFactor: Math.round(e.dateFactor * 100) / 100,
      reasons: reasons(e),
    })),
    byEntity: ranking.ranking.byEntity,
  };
  console.log(JSON.stringify(output, null, 2));
  return 0;
}
