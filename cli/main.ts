// `npm run cli -- <command> [args]`: the Node side of Primary Source, reusing lib/.
import { useWordListsFromDisk } from '../indexer/word-lists';

useWordListsFromDisk();
const commands: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  index: { summary: 'index --corpus DIR [--out DIR]   build the bundled index from the corpus', load: () => import('./commands/index') },
  show: { summary: 'show ID [--index DIR]            print one release record as JSON', load: () => import('./commands/show') },
  match: {
    summary: 'match FILE [--date YYYY-MM-DD] [--without id1,id2] [--index DIR]   mentions and ranked releases for a page',
    load: () => import('./commands/match'),
  },
  eval: {
    summary: 'eval CASES.jsonl... [--json] [--half tune|report] [--leave-one-out | --before YYYY-MM-DD]   measure on cases',
    load: () => import('./commands/eval'),
  },
  'sample-people': {
    summary: 'sample-people --corpus DIR [--n 200] [--seed S] [--designated]  names to check by hand',
    load: () => import('./commands/sample-people'),
  },
  sync: {
    summary: 'sync [--api URL] [--raw URL] [--newsroom URL] [--index DIR] --out DIR  new releases from the official sources',
    load: () => import('./commands/sync'),
  },
  'sample-sanctions': {
    summary: 'sample-sanctions --corpus DIR [--n 30] [--seed 1] [--from 2010]  sanctions releases to check by hand',
    load: () => import('./commands/sample-sanctions'),
  },
  search: { summary: 'search QUERY                     search releases as the popup does', load: () => import('./commands/search') },
};

function usage(): string {
  return ['Usage: npm run cli -- <command> [args]', '', ...Object.values(commands).map((c) => `  ${c.summary}`)].join('\n');
}

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(name ? `Unknown command: ${name}\n\n${usage()}` : usage());
  process.exit(2);
}
process.exitCode = await (await command.load()).run(args);
