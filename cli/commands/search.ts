import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadSearch } from '../../lib/search/loader';
import { defaultIndexDir } from '../bundled-index';

const pieces = (p: { text: string; hit: boolean }[]) => p.map((x) => (x.hit ? `[${x.text}]` : x.text)).join('');

/** `search QUERY`: the popup's search (same index files, same code), ranked, with why each matched. */
export async function run(args: string[]): Promise<number> {
  const query = args.join(' ').trim();
  if (!query) {
    console.error('Usage: npm run cli -- search QUERY');
    return 2;
  }
  const search = await loadSearch(async (name) => new Response(await readFile(resolve(defaultIndexDir, name))));
  const result = search.search(query, { limit: 10 });
  if (result.message) console.log(result.message);
  console.log(`${result.total} ${result.total === 1 ? 'release matches' : 'releases match'}`);
  result.hits.forEach((hit, i) => {
    const why = [
      hit.why.names.length > 0 ? `names ${hit.why.names.join(', ')}` : '',
      hit.why.textWords.length > 0 ? `text: ${hit.why.textWords.join(', ')}` : '',
    ].filter(Boolean);
    console.log(`${i + 1}. ${hit.id}  ${hit.date}  ${hit.kind}  ${pieces(hit.why.title)}${why.length ? `  (${why.join('; ')})` : ''}`);
  });
  return 0;
}
