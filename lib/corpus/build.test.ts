import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus, writeIndex } from '../../indexer/index-files';
import { buildIndex } from './build';

const root = fileURLToPath(new URL('./fixtures/corpus', import.meta.url));
const index = buildIndex(readCorpus(root));
const release = (id: string) => index.releases.find((r) => r.id === id)!;
const entity = (id: string) => index.entities.find((e) => e.id === id)!;
const personNamed = (name: string) => index.entities.find((e) => e.type === 'person' && e.name === name);

describe('buildIndex over the fixture corpus', () => {
  it('counts what it read, indexed, merged and skipped, with a reason per bad file', () => {
    expect(index.report).toMatchObject({
      read: 15,
      indexed: 10,
      merged: 1,
      skipped: { 'no front matter': 1, 'bad YAML': 1, 'missing url': 1, draft: 1 },
    });
    expect(index.report.errors.map((e) => e.path)).toEqual([
      'news/press-releases/2025-11-13-nofrontmatter.md',
      'news/press-releases/2025-11-14-badyaml.md',
      'news/press-releases/2025-11-15-nourl.md',
      'news/press-releases/2025-11-16-zz0112.md',
    ]);
  });

  it('merges one release filed in two folders, keeping the more specific kind', () => {
    expect(index.releases.filter((r) => r.id.startsWith('zz0104'))).toHaveLength(1);
    expect(release('zz0104').kind).toBe('testimony');
  });

  it('keeps both releases that share an id, reports the conflict, and links both to the official page', () => {
    expect(index.report.conflicts).toEqual([
      {
        id: 'zz0106',
        records: [
          { id: 'zz0106', path: 'news/press-releases/2025-11-09-zz0106.md', title: 'Treasury Announces Quarterly Refunding Schedule' },
          { id: 'zz0106~2', path: 'news/readouts/2025-11-10-zz0106.md', title: 'Readout of a Roundtable on Housing Assistance' },
        ],
      },
    ]);
    expect(release('zz0106~2').url).toBe('https://home.treasury.gov/news/press-releases/zz0106');
  });

  it('sorts releases and entities by id', () => {
    const ids = index.releases.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    const entityIds = index.entities.map((e) => e.id);
    expect(entityIds).toEqual([...entityIds].sort());
  });

  it('gives the ministerial all fifteen people with the role and country it gives them', () => {
    const names = release('zz0100').people.map((p) => [entity(p.id).name, p.role, p.country]);
    expect(names).toHaveLength(15);
    expect(names).toContainEqual(['Harriet Snow', 'Chancellor of the Exchequer', 'United Kingdom']);
    expect(names).toContainEqual(['Élodie Marchetti-Roy', 'Minister of Finance', 'Canada']);
    expect(names).toContainEqual(['Rodrigo Zubieta Ibarra', 'Secretary of Finance and Public Credit', 'Mexico']);
  });

  it('builds one person per official, with aliases, roles and years', () => {
    const holloway = personNamed('Marian Holloway')!;
    expect(holloway.aliases).toEqual(expect.arrayContaining(['Marian Q. Holloway', 'Marian Holloway']));
    expect(holloway.aliases).not.toContain('Holloway');
    expect(holloway.roles).toEqual([{ title: 'Secretary of the Treasury', country: 'United States', from: 2025, to: 2025 }]);
    const champion = personNamed('Élodie Marchetti-Roy')!;
    expect(champion.aliases).toContain('Elodie Marchetti-Roy');
    expect(personNamed('Rodrigo Zubieta Ibarra')!.aliases).toContain('Rodrigo Zubieta');
  });

  it('merges Steven and Steve, and resolves a title with a surname to the person', () => {
    const whitcombe = personNamed('Steven Whitcombe')!;
    expect(whitcombe.givenNames).toEqual(['Steve', 'Steven']);
    expect(release('zz0102').people.map((p) => p.id)).toContain(whitcombe.id);
    expect(release('zz0106~2').people.map((p) => p.id)).toEqual([whitcombe.id]);
    // The readout's title names the minister only by title and full name; the body by demonym.
    const tsukamoto = personNamed('Aiko Tsukamoto')!;
    expect(release('zz0101').people).toContainEqual({ id: tsukamoto.id, role: 'Minister of Finance', country: 'Japan' });
    expect(whitcombe.releaseCount).toBe(2);
  });

  it('marks ambiguous surnames and leaves distinctive ones linkable', () => {
    expect(personNamed('Harriet Snow')!.ambiguous).toBe(true);
    expect(personNamed('Min-jun Seo')!.ambiguous).toBe(true);
    expect(personNamed('Aivars Liepins')!.ambiguous).toBeUndefined();
  });

  it('indexes sanctions targets in OFAC shapes, and named institutions', () => {
    const orgs = release('zz0103').orgs.map((id) => [entity(id).type, entity(id).name]);
    expect(orgs).toEqual(
      expect.arrayContaining([
        ['designated-person', 'Jorge Ramiro Ficticio Lugo'],
        ['designated-person', 'Ana Sofia Ficticio Ruiz'],
        ['designated-organization', 'Pantera Logistica, S.A. de C.V.'],
        ['designated-organization', 'Montaña Cartel'],
        ['organization', 'Office of Foreign Assets Control'],
      ]),
    );
    expect(index.entities.find((e) => e.name === 'Jorge Ramiro Ficticio Lugo')!.surname).toBe('Ficticio Lugo');
    expect(release('zz0103').people.map((p) => entity(p.id).name)).toEqual(['Nadia Farrow']);
  });

  it('tags topics and terms and counts releases per entity', () => {
    expect(release('zz0100').topics).toEqual(expect.arrayContaining(['topic:critical-minerals']));
    expect(release('zz0100').terms.length).toBeGreaterThan(0);
    expect(entity('org:ofac').releaseCount).toBe(1);
  });
});

describe('writeIndex', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('writes byte-identical files for the same corpus, with a content-hash version', () => {
    const write = () => {
      const dir = mkdtempSync(join(tmpdir(), 'ps-index-'));
      dirs.push(dir);
      const manifest = writeIndex(buildIndex(readCorpus(root)), dir, (entities) => new Uint8Array([entities.length % 256]));
      return {
        manifest,
        files: ['releases-0.json', 'entities.json', 'terms.json', 'matcher.bin', 'manifest.json'].map((f) => readFileSync(join(dir, f))),
      };
    };
    const a = write();
    const b = write();
    expect(a.files).toEqual(b.files);
    expect(a.manifest).toMatchObject({ releaseCount: 10, entityCount: index.entities.length });
    expect(a.manifest.version).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.parse(String(a.files[0]))).toHaveLength(10);
  });

  it('clears index files an older layout left, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-index-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'releases.json'), '[]');
    writeFileSync(join(dir, 'releases-7.json'), '[]');
    writeFileSync(join(dir, 'notes.json'), '{}');
    writeIndex(buildIndex(readCorpus(root)), dir);
    const names = readdirSync(dir);
    expect(names).not.toContain('releases.json');
    expect(names).not.toContain('releases-7.json');
    expect(names).toContain('notes.json');
    expect(names).toContain('releases-0.json');
  });
});

describe('buildIndex, an official who is also sanctioned', () => {
  const file = (path: string, title: string, body: string) => ({
    path,
    source: `---\ntitle: '${title}'\ndate: ${path.slice(path.lastIndexOf('/') + 1, path.lastIndexOf('/') + 11)}\ndraft: false\nurl: /news/press-releases/${path.slice(-9, -3)}\n---\n${body}\n`,
  });
  const built = buildIndex([
    file(
      'news/readouts/2025-03-01-zz0301.md',
      'Readout of a Meeting',
      'Secretary of the Treasury Marian Holloway met with Finance Minister Anselm Dorn of Chile today.',
    ),
    file(
      'news/press-releases/2025-09-01-zz0302.md',
      'Treasury Sanctions Corrupt Officials',
      'Today, OFAC designated Anselm Dorn (Dorn), who has run Chile’s treasury since 2019, for corruption.',
    ),
  ]);

  it('keeps one entity for him, and the sanctions release names that official', () => {
    const named = built.entities.filter((e) => e.name === 'Anselm Dorn');
    expect(named.map((e) => e.type)).toEqual(['person']);
    expect(built.releases.find((r) => r.id === 'zz0302')?.people.map((p) => p.id)).toEqual([named[0]!.id]);
    expect(named[0]!.releaseCount).toBe(2);
  });
});
