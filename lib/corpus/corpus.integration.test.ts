// The real indexer over the official corpus, when ../shared/treasury is beside the project.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../indexer/index-files';
import { buildIndex, type BuiltIndex } from './build';

const corpus = fileURLToPath(new URL('../../../shared/treasury', import.meta.url));
const present = existsSync(corpus);
if (!present) console.warn(`SKIPPED corpus integration test: no corpus at ${corpus}`);

describe.skipIf(!present)('the official corpus (../shared/treasury)', () => {
  let index: BuiltIndex;
  const built = () => (index ??= buildIndex(readCorpus(corpus)));

  it('reads every file, keeps one release per identifier and reports the four conflicts', { timeout: 300_000 }, () => {
    const { report, releases } = built();
    expect(report.read).toBe(15_156);
    // Two files whose url ends in text, not an identifier ("Open Menu", a headline), are
    // reported; each duplicates a release filed under its real identifier (ls1138, sm0330).
    expect(report.errors.map((e) => e.path.split('/').pop())).toEqual([
      '2001-01-19-openmenu.md',
      '2018-03-22-statementbysecretarymnuchinontodayspresidentialmemorandumonchinasunfairtradepractices.md',
    ]);
    expect(new Set(releases.map((r) => r.id.split('~')[0])).size).toBe(15_095 - 2);
    expect(releases.map((r) => r.id)).toEqual(expect.arrayContaining(['ls1138', 'sm0330']));
    expect(report.conflicts.map((c) => c.id)).toEqual(['hp119', 'js101', 'jy0843', 'sm0281']);
    expect(report.indexed).toBe(15_099 - 2);
    expect(report.merged).toBe(15_156 - 2 - (15_099 - 2));
    expect(releases.every((r) => r.url.startsWith('https://home.treasury.gov/news/press-releases/'))).toBe(true);
  });

  it('gives the founding example all fifteen people, each with a role', { timeout: 300_000 }, () => {
    const { releases, entities } = built();
    const byId = new Map(entities.map((e) => [e.id, e]));
    const sb0356 = releases.find((r) => r.id === 'sb0356')!;
    const surnames = sb0356.people.map((p) => byId.get(p.id)!.surname);
    expect(surnames).toEqual(
      expect.arrayContaining([
        'Bessent',
        'Chalmers',
        'Champagne',
        'Dombrovskis',
        'Lescure',
        'Klingbeil',
        'Vaishnaw',
        'Giorgetti',
        'Katayama',
        'Amador Zamora',
        'Koo',
        'Reeves',
        'Greer',
        'Jovanovic',
        'Horine',
      ]),
    );
    expect(sb0356.people).toHaveLength(15);
    expect(sb0356.people.every((p) => p.role)).toBe(true);
    expect(sb0356.topics).toEqual(expect.arrayContaining(['topic:critical-minerals', 'topic:rare-earth-elements', 'topic:supply-chains']));
  });

  it('has every Secretary of the Treasury since 1996 in the gazetteer', { timeout: 300_000 }, () => {
    const { entities } = built();
    const secretaries = entities
      .filter((e) => e.type === 'person' && e.roles?.some((r) => r.title === 'Secretary of the Treasury'))
      .map((e) => e.surname);
    for (const surname of ['Rubin', 'Summers', "O'Neill", 'Snow', 'Paulson', 'Geithner', 'Lew', 'Mnuchin', 'Yellen', 'Bessent']) {
      expect(secretaries, surname).toContain(surname);
    }
  });
});
