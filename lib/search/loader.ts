// Loads the prebuilt search index the package ships (lib/search/search-index.ts): every file in
// parallel, parsed once; postings stay packed strings until a query needs them.
import type { ReadPackageFile } from '../release/index-parts';
import { ReleaseSearch } from './search';
import type { PostingsPart, SearchDocLine, SearchMeta } from './search-index';
import type { IndexManifest } from '../release/types';

async function json<T>(read: ReadPackageFile, name: string): Promise<T> {
  const response = await read(name);
  if (!response.ok) throw new Error(`Search index file ${name} could not be read (${response.status})`);
  return (await response.json()) as T;
}

export async function loadSearch(read: ReadPackageFile): Promise<ReleaseSearch> {
  const manifest = await json<IndexManifest>(read, 'manifest.json');
  const { meta, docs, postings } = manifest.files.search;
  const [m, d, p] = await Promise.all([
    json<SearchMeta>(read, meta),
    Promise.all(docs.map((name) => json<SearchDocLine[]>(read, name))),
    Promise.all(postings.map((name) => json<PostingsPart>(read, name))),
  ]);
  const allDocs = d.flat();
  if (allDocs.length !== m.docCount) throw new Error(`Search index does not match its manifest: ${allDocs.length}/${m.docCount} releases`);
  return new ReleaseSearch(m, allDocs, p);
}
