// `show ID`: one release from the bundled index as JSON, its people and organizations named.
import { resolve } from 'node:path';
import { readIndexTables } from '../../indexer/index-files';
import { defaultIndexDir } from '../bundled-index';

export async function run(args: string[]): Promise<number> {
  const indexAt = args.indexOf('--index');
  const id = args
    .find((a, i) => !a.startsWith('--') && (indexAt < 0 || i !== indexAt + 1))
    ?.trim()
    .toLowerCase();
  if (!id) {
    console.error('Usage: npm run cli -- show ID [--index DIR]');
    return 2;
  }
  const { releases, entities } = readIndexTables(indexAt >= 0 ? resolve(args[indexAt + 1] ?? '.') : defaultIndexDir);
  const release = releases.find((r) => r.id === id);
  if (!release) {
    const similar = releases.filter((r) => r.id.startsWith(`${id}~`)).map((r) => r.id);
    console.error(`No release ${id} in the bundled index.${similar.length ? ` Try: ${similar.join(', ')}` : ''}`);
    return 1;
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const name = (entityId: string) => byId.get(entityId)?.name ?? entityId;
  console.log(
    JSON.stringify(
      {
        ...release,
        people: release.people.map((p) => ({ name: name(p.id), ...p })),
        orgs: release.orgs.map((o) => ({ id: o, name: name(o), type: byId.get(o)?.type })),
        topics: release.topics.map((t) => ({ id: t, name: name(t) })),
      },
      null,
      2,
    ),
  );
  return 0;
}
