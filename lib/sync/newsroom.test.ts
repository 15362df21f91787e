// The newsroom source: listing and release pages in the documented structure, served locally.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../indexer/index-files';
import { type FakeHost, listingPage, releasePage, serveNewsroom } from '../../tests/fakes/hosts';
import { buildIndex } from '../corpus/build';
import { parseRelease } from '../corpus/parse';
import { NEWS_FOLDERS, syncConfig } from './config';
import { StopError } from './http';
import { FORMAT_CHANGED, parseListing, parseReleasePage } from './newsroom';
import { compareRecords, splitNewest } from './replay-helpers';
import { runSync } from './run';

const site = 'https://home.treasury.gov';

describe('parseListing', () => {
  it('finds release links by URL shape and dates by <time datetime>', () => {
    const html = listingPage([
      { href: '/news/press-releases/sb0400', title: 'Treasury Sanctions a Network &amp; Its Fronts', datetime: '2026-02-03T12:00:00Z' },
      { href: 'https://home.treasury.gov/news/press-releases/sb0399', title: 'Readout', datetime: '2026-02-02T12:00:00Z' },
      { href: '/news/featured-stories/something', title: 'Not a release', datetime: '2026-02-02T12:00:00Z' },
      { href: '/news/press-releases/sb0399/../../../about', title: 'Odd path', datetime: '2026-02-02T12:00:00Z' },
    ]);
    expect(parseListing(html, site).items).toEqual([
      { id: 'sb0400', path: '/news/press-releases/sb0400', title: 'Treasury Sanctions a Network & Its Fronts', date: '2026-02-03' },
      { id: 'sb0399', path: '/news/press-releases/sb0399', title: 'Readout', date: '2026-02-02' },
    ]);
  });

  it('skips a release link on another host', () => {
    const html = listingPage([
      { href: 'https://evil.example/news/press-releases/sb0401', title: 'Fake', datetime: '2026-02-04T12:00:00Z' },
      { href: '/news/press-releases/sb0400', title: 'Real', datetime: '2026-02-03T12:00:00Z' },
    ]);
    const { items, skipped } = parseListing(html, site);
    expect(items.map((i) => i.id)).toEqual(['sb0400']);
    expect(skipped).toEqual([{ path: 'https://evil.example/news/press-releases/sb0401', reason: 'not an official release URL' }]);
  });

  it('stops with "the newsroom page format changed" on a page without the expected structure', () => {
    expect(() => parseListing('<html><body><ul><li><a href="/news/press-releases/sb1">x</a></li></ul></body></html>', site)).toThrow(
      FORMAT_CHANGED,
    );
    expect(() => parseListing('<div class="content--2col__body"><p>No items today</p></div>', site)).toThrow(StopError);
  });
});

describe('parseReleasePage', () => {
  it('takes the news body, nested divs included, and nothing after it', () => {
    const page = parseReleasePage(
      releasePage('Title', '2026-02-03T10:00:00-05:00', ['WASHINGTON – Today, Treasury acted.', 'Second paragraph.']),
    );
    expect(page.text).toContain('Today, Treasury acted.');
    expect(page.text).toContain('Inside a nested div.');
    expect(page.text).not.toContain('Footer text');
    expect(page.datetime).toBe('2026-02-03T10:00:00-05:00');
  });

  it('stops when the body element is missing', () => {
    expect(() => parseReleasePage('<html><body><article>Text</article></body></html>')).toThrow(FORMAT_CHANGED);
  });
});

describe('the newsroom source, against a local site', () => {
  const pages = new Map<string, string>();
  const log: string[] = [];
  let host: FakeHost;
  beforeAll(async () => {
    host = await serveNewsroom(pages, log);
  });
  afterAll(() => host.close());

  const known = { release: () => undefined, hasEntity: () => false, terms: { docCount: 100, df: {} } };
  const run = () =>
    runSync({
      config: syncConfig({ newsroom: host.url, limits: { maxListingPages: 2 } }),
      cursor: {},
      known,
      newestDate: '2026-02-01',
      github: false,
      newsroom: true,
    });

  it('reads new releases from listings and release pages into corpus records', async () => {
    pages.clear();
    for (const folder of ['press-releases', 'readouts', 'statements-remarks', 'testimonies']) {
      pages.set(`/news/${folder}?page=0`, listingPage([{ href: `/news/${folder}/old1`, title: 'Old', datetime: '2026-01-20T12:00:00Z' }]));
    }
    pages.set(
      '/news/press-releases?page=0',
      listingPage([
        { href: '/news/press-releases/sb0400', title: 'Secretary Bessent Meets Finance Ministers', datetime: '2026-02-03T12:00:00Z' },
        { href: '/news/press-releases/sb0390', title: 'Older', datetime: '2026-01-25T12:00:00Z' },
      ]),
    );
    pages.set(
      '/news/press-releases/sb0400',
      releasePage('Secretary Bessent Meets Finance Ministers', '2026-02-03T09:00:00-05:00', [
        'WASHINGTON – Secretary of the Treasury Scott Bessent met finance ministers on critical minerals.',
      ]),
    );
    const result = await run();
    expect(result.errors).toEqual([]);
    expect(result.batch.added).toEqual(['sb0400']);
    const r = result.batch.releases[0]!;
    expect(r).toMatchObject({
      url: 'https://home.treasury.gov/news/press-releases/sb0400',
      date: '2026-02-03',
      kind: 'press-release',
      title: 'Secretary Bessent Meets Finance Ministers',
    });
    expect(r.topics).toContain('topic:critical-minerals');
    expect(result.cursor.newsroomSince).toBe('2026-02-03');
  });

  it('ingests nothing when one page is not in the expected format', async () => {
    pages.set('/news/testimonies?page=0', '<html><body><p>Redesigned site</p></body></html>');
    const result = await run();
    expect(result.errors).toEqual([`Newsroom: ${FORMAT_CHANGED}`]);
    expect(result.batch.releases).toEqual([]);
  });
});

describe('replay through the newsroom, the repository switched off', () => {
  const pages = new Map<string, string>();
  let host: FakeHost;
  beforeAll(async () => {
    host = await serveNewsroom(pages);
  });
  afterAll(() => host.close());

  it('the newest fixture releases, served as listing and release pages, come back as a full build has them', async () => {
    const corpus = readCorpus(fileURLToPath(new URL('../corpus/fixtures/corpus', import.meta.url)));
    const full = buildIndex(corpus);
    const split = splitNewest(corpus, 3);
    // The site serves one page per identifier: an identifier that names two releases in the
    // corpus (zz0106 here) cannot come from it.
    const conflicted = new Set(full.releases.filter((r) => r.id.includes('~')).map((r) => r.id.replace(/~\d+$/, '')));
    const idOf = (f: { path: string; source: string }) => (parseRelease(f.path, f.source) as { release: { id: string } }).release.id;
    const newest = split.newest.filter((f) => !conflicted.has(idOf(f)));
    const bundled = buildIndex(split.older);
    const listings = new Map<string, { href: string; title: string; datetime: string }[]>(NEWS_FOLDERS.map((f) => [f, []]));
    for (const file of newest) {
      const parsed = parseRelease(file.path, file.source);
      if (!parsed.ok) continue;
      const { id, title, date } = parsed.release;
      const folder = file.path.split('/')[1]!;
      listings.get(folder)!.push({ href: `/news/press-releases/${id}`, title, datetime: `${date}T12:00:00Z` });
      const body = file.source.replace(/^---[\s\S]*?\n---\n/, '').split(/\n\s*\n/);
      pages.set(`/news/press-releases/${id}`, releasePage(title, `${date}T09:00:00-05:00`, body));
    }
    // Each listing also shows an older release, where reading stops.
    for (const [folder, items] of listings)
      pages.set(
        `/news/${folder}?page=0`,
        listingPage([...items, { href: '/news/press-releases/zz0001', title: 'Older', datetime: '2025-01-01T12:00:00Z' }]),
      );

    const byId = new Map(bundled.releases.map((r) => [r.id, r]));
    const entities = new Set(bundled.entities.map((e) => e.id));
    const result = await runSync({
      config: syncConfig({ newsroom: host.url }),
      cursor: {},
      known: { release: (id) => byId.get(id), hasEntity: (id) => entities.has(id), terms: bundled.terms },
      newestDate: bundled.releases.reduce((max, r) => (r.date > max ? r.date : max), ''),
      github: false,
      newsroom: true,
    });
    expect(result.errors).toEqual([]);
    const ids = [...new Set(newest.map(idOf))];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const expected = full.releases.filter((r) => ids.includes(r.id.replace(/~\d+$/, '')));
    expect(result.batch.added.sort()).toEqual(expected.map((r) => r.id).sort());
    for (const r of result.batch.releases) {
      expect(compareRecords(r, expected.find((e) => e.id === r.id)!)).toMatchObject({ fields: true, topics: true, extraIds: [] });
    }
  });
});
