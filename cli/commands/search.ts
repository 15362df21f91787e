import { ReleaseSearch, searchable } from '../../lib/search/search';
import { readBundledIndex } from '../bundled-index';

/** `search QUERY`: the popup's search over the bundled index, as JSON lines. */
export async function run(args: string[]): Promise<number> {
  const query = args.join(' ').trim();
  if (!query) {
    console.error('Usage: npm run cli -- search QUERY');
    return 2;
  }
  const search = new ReleaseSearch(readBundledIndex().releases.map(searchable));
  for (const release of search.search(query, 10)) {
    console.log(JSON.stringify({ id: release.id, date: release.date, title: release.title, url: release.url }));
  }
  return 0;
}
