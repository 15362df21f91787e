// `index --corpus DIR [--out DIR]`: build the bundled index from the official corpus.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCorpus, writeIndex } from '../../indexer/index-files';
import { buildIndex } from '../../lib/corpus/build';
import { compileMatcher } from '../../lib/matcher/compile';
import { defaultIndexDir } from '../bundled-index';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export async function run(args: string[]): Promise<number> {
  const corpus = option(args, '--corpus');
  const out = resolve(option(args, '--out') ?? defaultIndexDir);
  if (!corpus) {
    console.error('Usage: npm run cli -- index --corpus DIR [--out DIR]');
    return 2;
  }
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) {
    console.error(`Corpus folder not found: ${corpus}`);
    return 2;
  }
  const started = performance.now();
  const files = readCorpus(resolve(corpus));
  const index = buildIndex(files);
  const { report } = index;
  for (const e of report.errors) console.error(`skipped ${e.path}: ${e.reason}`);
  for (const c of report.conflicts) {
    console.error(`conflict: id ${c.id} names ${c.records.length} different releases; kept all:`);
    for (const r of c.records) console.error(`  ${r.id}  ${r.path}  "${r.title}"`);
  }
  for (const j of report.junk.recovered) console.error(`title was the identifier: ${j.id} now "${j.title}"`);
  for (const j of report.junk.unranked) console.error(`title was the identifier: ${j.id} kept for search, never ranked (${j.reason})`);
  if (index.releases.length === 0) {
    console.error(`No release could be indexed from ${report.read} files; nothing written.`);
    return 1;
  }
  const manifest = writeIndex(index, out, compileMatcher);
  const byType = new Map<string, number>();
  for (const e of index.entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const skipped =
    Object.entries(report.skipped)
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ') || 'none';
  console.log(
    [
      `read ${report.read} files, indexed ${report.indexed} releases, merged ${report.merged} duplicate files, ` +
        `${report.conflicts.length} id conflicts kept as separate records; skipped: ${skipped}`,
      `titles that were identifiers: ${report.junk.recovered.length} recovered from the text, ${report.junk.unranked.length} kept unranked`,
      `entities: ${[...byType]
        .sort()
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
      `wrote ${out} (version ${manifest.version}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
  return 0;
}
