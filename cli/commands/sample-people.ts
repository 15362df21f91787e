// `sample-people --corpus DIR [--n 200] [--seed 1] [--index DIR] [--designated]`: a fixed
// random sample of the (release, person) pairs the bundled index ships — or, with
// --designated, of (release, sanctions target) pairs — each with the words around the name
// in that release, for checking extraction precision by hand.
import { resolve } from 'node:path';
import { readCorpus, readIndexTables } from '../../indexer/index-files';
import { fold } from '../../lib/corpus/names';
import { parseRelease } from '../../lib/corpus/parse';
import type { ReleasePerson } from '../../lib/release/types';
import { defaultIndexDir } from '../bundled-index';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/**
 * FNV-1a of seed + pair: the sample is the n pairs with the lowest hashes, so a rebuilt
 * index keeps every pair it still has in the sample and a hand review carries over.
 */
export function rank(seed: string, key: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}\u0000${key}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export async function run(args: string[]): Promise<number> {
  const corpus = option(args, '--corpus');
  if (!corpus) {
    console.error('Usage: npm run cli -- sample-people --corpus DIR [--n 200] [--seed 1] [--index DIR] [--designated]');
    return 2;
  }
  const n = Number(option(args, '--n') ?? 200);
  const seed = option(args, '--seed') ?? '1';
  const indexDir = option(args, '--index');
  const { releases, entities } = readIndexTables(indexDir ? resolve(indexDir) : defaultIndexDir);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const designated = args.includes('--designated');
  const pairs = designated
    ? releases.flatMap((r) =>
        r.orgs.filter((id) => byId.get(id)?.type.startsWith('designated-')).map((id) => ({ release: r, person: { id } as ReleasePerson })),
      )
    : releases.flatMap((r) => r.people.map((p) => ({ release: r, person: p })));
  const total = pairs.length;
  const sample = pairs
    .map((pair) => ({ pair, rank: rank(seed, `${pair.release.id} ${pair.person.id}`) }))
    .sort((a, b) => a.rank - b.rank || (a.pair.release.id < b.pair.release.id ? -1 : 1))
    .slice(0, n)
    .map(({ pair }) => pair);

  const texts = new Map<string, string>();
  const wanted = new Set(sample.map((s) => s.release.id.split('~')[0]));
  for (const file of readCorpus(resolve(corpus))) {
    const parsed = parseRelease(file.path, file.source);
    if (parsed.ok && wanted.has(parsed.release.id)) {
      const text = `${parsed.release.title}\n${parsed.release.text}`;
      // Conflicting ids: keep each text under the title it carries.
      texts.set(`${parsed.release.id}\u0000${parsed.release.title}`, text);
    }
  }
  sample.forEach(({ release, person }, i) => {
    const entity = byId.get(person.id)!;
    const text = texts.get(`${release.id.split('~')[0]}\u0000${release.title}`) ?? '';
    const folded = fold(text).toLowerCase();
    const forms = [...entity.aliases].sort((a, b) => b.length - a.length);
    if (entity.surname) forms.push(entity.surname);
    let at = -1;
    for (const form of forms) if ((at = folded.indexOf(fold(form).toLowerCase())) >= 0) break;
    const context = at >= 0 ? text.slice(Math.max(0, at - 110), at + 90).replace(/\s+/g, ' ') : '(name not found in text)';
    console.log(
      `${String(i + 1).padStart(3)}. ${release.id} | ${entity.name} | ${person.role ?? ''} | ${person.country ?? ''}\n     … ${context} …`,
    );
  });
  console.log(`\n${sample.length} of ${total} (release, ${designated ? 'sanctions target' : 'person'}) pairs`);
  return 0;
}
