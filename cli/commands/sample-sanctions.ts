// `sample-sanctions --corpus DIR [--n 30] [--seed 1] [--from 2010] [--index DIR]`: a fixed random
// sample of sanctions releases (those lib/corpus/designated.ts recognizes, dated from --from on),
// each with the designated persons the bundled index lists for it, for listing by hand every
// person the release designates and measuring recall and precision.
import { resolve } from 'node:path';
import { readCorpus, readIndexTables } from '../../indexer/index-files';
import { isSanctionsRelease } from '../../lib/corpus/designated';
import { parseRelease } from '../../lib/corpus/parse';
import { defaultIndexDir } from '../bundled-index';
import { rank } from './sample-people';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export async function run(args: string[]): Promise<number> {
  const corpus = option(args, '--corpus');
  if (!corpus) {
    console.error('Usage: npm run cli -- sample-sanctions --corpus DIR [--n 30] [--seed 1] [--from 2010] [--index DIR]');
    return 2;
  }
  const n = Number(option(args, '--n') ?? 30);
  const seed = option(args, '--seed') ?? '1';
  const from = option(args, '--from') ?? '2010';
  const indexDir = option(args, '--index');
  const { releases, entities } = readIndexTables(indexDir ? resolve(indexDir) : defaultIndexDir);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const indexed = new Map(releases.map((r) => [r.id, r]));

  const sanctions: { id: string; path: string }[] = [];
  for (const file of readCorpus(resolve(corpus))) {
    const parsed = parseRelease(file.path, file.source);
    if (!parsed.ok || parsed.release.date < from || !indexed.has(parsed.release.id)) continue;
    if (isSanctionsRelease(parsed.release.title, parsed.release.text)) sanctions.push({ id: parsed.release.id, path: file.path });
  }
  // One entry per release (a release filed twice is drawn once), lowest hashes first.
  const unique = [...new Map(sanctions.map((s) => [s.id, s])).values()];
  const sample = unique.sort((a, b) => rank(seed, a.id) - rank(seed, b.id) || a.id.localeCompare(b.id)).slice(0, n);
  sample.forEach(({ id, path }, i) => {
    const release = indexed.get(id)!;
    const ids = [...release.people.map((p) => p.id), ...release.orgs];
    const persons = [...new Set(ids)].filter((e) => byId.get(e)?.type === 'designated-person').map((e) => byId.get(e)!.name);
    console.log(
      `${String(i + 1).padStart(2)}. ${id} ${release.date} ${path}\n    ${release.title}\n    index: ${persons.join('; ') || '(none)'}`,
    );
  });
  console.log(`\n${sample.length} of ${unique.length} sanctions releases dated ${from} or later`);
  return 0;
}
