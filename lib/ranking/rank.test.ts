import { describe, expect, it } from 'vitest';
import type { PageContext } from './types';
import type { Entity } from '../release/types';
import { MemorySource } from './source';
import { pageTerms } from './page-terms';
import { CONFIDENCE, isConfident, rankPage, rankPageDetailed } from './rank';
import { dateReason, reasons } from './reasons';
import { dateFactor, type PageFeatures, scoreRelease } from './score';
import { amounts, shingleCodes } from './evidence';
import { df, entities, releases, source, vocabulary } from './test-fixtures';

const ministerialText = `Finance ministers from a dozen economies met at the Treasury on Monday for a ministerial
on mineral supply chains. Secretary Alma Quist said the group wanted derisking, not decoupling, and
pressed for resilient processing capacity. Chancellor Rowan Teague and Treasurer Ines Marlow joined the
meeting, which focused on critical minerals. Quist said supply chains for critical minerals were too
concentrated, and ministers agreed to meet again.`;

const ministerialPage = (date?: string): PageContext => ({
  entityCounts: {
    'person:alma-quist': 2,
    'person:rowan-teague': 1,
    'person:ines-marlow': 1,
    'topic:critical-minerals': 2,
  },
  terms: pageTerms(ministerialText, vocabulary),
  shingles: shingleCodes(ministerialText),
  ...(date ? { date } : {}),
});

const timeshareText = `The Treasury imposed sanctions on Tuesday on a timeshare fraud ring run by the Red Delta Cartel.
Call center workers cold-called retirees and drained their savings, officials said. The cartel is
better known for fentanyl, and earlier sanctions targeted its money launderers.`;

const timesharePage: PageContext = {
  entityCounts: { 'org:red-delta-cartel': 2, 'topic:sanctions': 2 },
  terms: pageTerms(timeshareText, vocabulary),
  date: '2026-01-06',
};

const passingText = `The home team won the match 2-1 on a late goal. Among the crowd was Alma Quist, who
watched from the stands. The season resumes next week.`;

const passingPage: PageContext = {
  entityCounts: { 'person:alma-quist': 1 },
  terms: pageTerms(passingText, vocabulary),
  date: '2026-01-11',
};

describe('pageTerms', () => {
  it('counts vocabulary terms as the index tokenizes them', () => {
    const terms = pageTerms('Supply chains and more supply chains; Minerals.', vocabulary);
    expect(terms.chain).toBe(2);
    expect(terms.mineral).toBe(1);
    expect(terms.and).toBeUndefined();
  });
  it('ignores words named like object properties', () => {
    expect(pageTerms('constructor toString', vocabulary)).toEqual({});
  });
});

describe('rankPage', () => {
  it('ranks the ministerial first over other releases naming the Secretary', async () => {
    const { ranking, scored } = await rankPageDetailed(ministerialPage('2026-01-13'), source());
    expect(scored[0]?.release.id).toBe('xq0101');
    expect(ranking.page[0]?.release.id).toBe('xq0101');
    expect(ranking.page.map((r) => r.release.id)).not.toContain('xq0099');
    expect(ranking.undated).toBe(false);
    const secretary = ranking.byEntity['person:alma-quist'];
    expect(secretary?.confident).toBe(true);
    expect(secretary?.releases[0]?.release.id).toBe('xq0101');
    expect(secretary?.entity.role).toBe('Secretary of the Treasury');
  });

  it('explains the match by names, topics, shared terms and date', async () => {
    const ranking = await rankPage(ministerialPage('2026-01-13'), source());
    const reasons = ranking.page[0]?.reasons ?? [];
    // Heaviest evidence first: the rarer names lead.
    expect(reasons[0]).toBe('names Marlow, Teague, Quist');
    expect(reasons[1]).toBe('critical minerals');
    expect(reasons[2]).toMatch(/^shares terms: /);
    expect(reasons[2]).toContain('derisking');
    // "quist" is a shared term too, but the names already say it.
    expect(reasons[2]).not.toContain('quist');
    expect(reasons[3]).toBe('1 day before this article');
  });

  it('ranks on content alone without a date, and says so', async () => {
    const ranking = await rankPage(ministerialPage(), source());
    expect(ranking.undated).toBe(true);
    expect(ranking.page[0]?.release.id).toBe('xq0101');
    expect(ranking.page[0]?.reasons.some((r) => r.includes('article'))).toBe(false);
  });

  it('ranks the matching recent sanctions action over an older one naming the same cartel', async () => {
    const ranking = await rankPage(timesharePage, source());
    expect(ranking.page[0]?.release.id).toBe('xq0098');
    const cartel = ranking.byEntity['org:red-delta-cartel'];
    expect(cartel?.releases.map((r) => r.release.id)).toEqual(['xq0098', 'xq0040']);
    // No office in the corpus: the popover says why the cartel is there.
    expect(cartel?.entity.role).toBe('Named in U.S. sanctions actions');
    // "sanctions" is never marked on a page, so it gets no popover list.
    expect(ranking.byEntity['topic:sanctions']).toBeUndefined();
  });

  it('gives a passing mention no page-level match and falls back to recent releases', async () => {
    const ranking = await rankPage(passingPage, source());
    expect(ranking.page).toEqual([]);
    const secretary = ranking.byEntity['person:alma-quist'];
    expect(secretary?.confident).toBe(false);
    // The releases nearest before the article, not the newest (2026-01-12 is after it).
    expect(secretary?.fallback).toBe('before-article');
    expect(secretary?.releases.map((r) => r.release.date)).toEqual(['2026-01-10', '2026-01-09', '2025-10-02']);
    const undated = await rankPage({ ...passingPage, date: undefined }, source());
    expect(undated.byEntity['person:alma-quist']?.fallback).toBe('newest');
    expect(undated.byEntity['person:alma-quist']?.releases[0]?.release.date).toBe('2026-01-12');
  });

  it('needs more than one passing mention, even of a rare name on the right day', async () => {
    const page: PageContext = { entityCounts: { 'person:kenji-oda': 1 }, terms: pageTerms(passingText, vocabulary), date: '2026-01-12' };
    const { ranking, scored } = await rankPageDetailed(page, source());
    expect(scored[0]?.release.id).toBe('xq0101');
    expect(scored[0]?.score).toBeGreaterThanOrEqual(CONFIDENCE);
    expect(ranking.page).toEqual([]);
    expect(ranking.byEntity['person:kenji-oda']?.confident).toBe(false);
  });

  it('needs some of the release’s own vocabulary, not only names and a date', async () => {
    const names = { 'person:alma-quist': 2, 'person:rowan-teague': 2 };
    const namesOnly = await rankPageDetailed({ entityCounts: names, terms: {}, date: '2025-10-03' }, source());
    expect(namesOnly.scored[0]?.release.id).toBe('xq0050');
    expect(namesOnly.scored[0]?.score).toBeGreaterThanOrEqual(CONFIDENCE);
    expect(namesOnly.ranking.page).toEqual([]);
    const withTerms = await rankPage({ entityCounts: names, terms: { bilateral: 1, trade: 2 }, date: '2025-10-03' }, source());
    expect(withTerms.page[0]?.release.id).toBe('xq0050');
  });

  it('takes several shared names on a shared topic as evidence enough, in the reporter’s own words', async () => {
    const page: PageContext = {
      entityCounts: { 'person:alma-quist': 2, 'person:rowan-teague': 1, 'person:ines-marlow': 1, 'topic:critical-minerals': 2 },
      terms: {},
      date: '2026-01-13',
    };
    const ranking = await rankPage(page, source());
    expect(ranking.page.map((r) => r.release.id)).toEqual(['xq0101']);
    const twoNames = await rankPage(
      { ...page, entityCounts: { 'person:alma-quist': 2, 'person:rowan-teague': 1, 'topic:critical-minerals': 2 } },
      source(),
    );
    expect(twoNames.page).toEqual([]);
  });

  it('offers nothing for the page when its best-scoring release is not confident', async () => {
    const person = (id: string): Entity => ({ id, type: 'person', name: id, aliases: [], highlight: true, releaseCount: 4 });
    const names = (ids: string[]) => ids.map((id) => ({ id }));
    const base = { url: '', kind: 'press-release' as const, orgs: [], topics: [] };
    const own = ['alpha', 'beta', 'gamma', 'delta'];
    const small = new MemorySource(
      [
        // Names and a date only: the best score, but no sign the page is about it.
        { ...base, id: 'aa0001', title: 'A', date: '2026-01-12', people: names(['person:p1', 'person:p2']), terms: ['zeta'] },
        // One name and the release's own words: a weaker score that passes on its own.
        { ...base, id: 'aa0002', title: 'B', date: '2025-12-20', people: names(['person:p1']), terms: own },
      ],
      [person('person:p1'), person('person:p2')],
      { alpha: 3, beta: 3, gamma: 3, delta: 3, zeta: 3 },
      15_000,
    );
    const page: PageContext = {
      entityCounts: { 'person:p1': 3, 'person:p2': 3 },
      terms: Object.fromEntries(own.map((t) => [t, 3])),
      date: '2026-01-13',
    };
    const { ranking, scored } = await rankPageDetailed(page, small);
    expect(scored.map((e) => [e.release.id, isConfident(e, { telltales: [] })])).toEqual([
      ['aa0001', false],
      ['aa0002', true],
    ]);
    expect(ranking.page).toEqual([]);
  });

  it('is deterministic whatever order the page lists entities and terms in', async () => {
    const page = ministerialPage('2026-01-13');
    const reversed: PageContext = {
      ...page,
      entityCounts: Object.fromEntries(Object.entries(page.entityCounts).reverse()),
      terms: Object.fromEntries(Object.entries(page.terms).reverse()),
    };
    expect(await rankPage(reversed, source())).toEqual(await rankPage(page, source()));
  });

  it('returns nothing for a page that names no known entity or term', async () => {
    const ranking = await rankPage({ entityCounts: {}, terms: {} }, source());
    expect(ranking).toEqual({ page: [], byEntity: {}, undated: true });
  });
});

describe('date weighting', () => {
  it('favours releases just before the article and penalizes ones after it', () => {
    expect(dateFactor(1)).toBeGreaterThan(dateFactor(20));
    expect(dateFactor(20)).toBeGreaterThan(dateFactor(400));
    expect(dateFactor(-10)).toBeLessThan(dateFactor(400));
    expect(dateFactor(-1)).toBeLessThan(dateFactor(0));
    expect(dateFactor(-1)).toBeGreaterThan(dateFactor(-2));
    expect(dateFactor(undefined)).toBe(1);
  });
  it('states the distance in words', () => {
    expect(dateReason(0)).toBe('same day as this article');
    expect(dateReason(1)).toBe('1 day before this article');
    expect(dateReason(-3)).toBe('3 days after this article');
    expect(dateReason(95)).toBe('3 months before this article');
    expect(dateReason(800)).toBe('2 years before this article');
  });
});

describe('undated pages', () => {
  const twin = (id: string, date: string) => ({ ...releases[0]!, id, date, people: [], topics: [] });
  const page = (era?: number): PageFeatures => ({
    entities: new Map(),
    terms: new Map([['derisking', 1]]),
    idf: () => 5,
    ...(era !== undefined ? { era } : {}),
  });
  it('lift releases from around the latest year the text mentions', () => {
    const older = twin('a', '2019-05-01');
    const newer = twin('b', '2025-05-01');
    expect(scoreRelease(older, page()).score).toBe(scoreRelease(newer, page()).score);
    expect(scoreRelease(older, page(2020)).score).toBeGreaterThan(scoreRelease(newer, page(2020)).score);
    expect(scoreRelease(newer, page(2026)).score).toBeGreaterThan(scoreRelease(older, page(2026)).score);
  });

  it('lift most the release from the first day the text names, or the day after', () => {
    const named = (namedDates: string[]): PageFeatures => ({ ...page(2025), namedDates });
    const onTheDay = twin('a', '2019-05-09');
    const dayAfter = twin('b', '2019-05-10');
    const sameYear = twin('c', '2025-05-01');
    const days = named(['2019-05-09', '2025-07-18']);
    expect(scoreRelease(onTheDay, days).score).toBeGreaterThan(scoreRelease(sameYear, days).score);
    expect(scoreRelease(dayAfter, days).score).toBe(scoreRelease(onTheDay, days).score);
    expect(scoreRelease(dayAfter, days).namedDay).toBe(true);
    expect(reasons(scoreRelease(dayAfter, days))).toContain('on a date the article gives');
    // A later named day (background, often) lifts less than the first.
    expect(scoreRelease(twin('d', '2025-07-18'), days).score).toBeLessThan(scoreRelease(onTheDay, days).score);
    expect(scoreRelease(twin('d', '2025-07-18'), days).score).toBeGreaterThan(scoreRelease(sameYear, days).score);
    // Two days after is another day; a dated page goes by its own date.
    expect(scoreRelease(twin('e', '2019-05-11'), days).namedDay).toBe(false);
    expect(scoreRelease(onTheDay, { ...days, date: '2026-01-12' }).namedDay).toBe(false);
  });
});

describe('confidence rests on evidence of the event', () => {
  const { entityCounts, terms } = ministerialPage();
  const dayOnly: PageContext = { entityCounts, terms, date: '2026-01-13' };

  it('takes the day, with the release’s words, and says why', async () => {
    const ranking = await rankPage(dayOnly, source());
    expect(ranking.page[0]?.release.id).toBe('xq0101');
    expect(ranking.page[0]?.why).toBe('The day before; names Marlow, Teague and others');
    expect(ranking.page[0]?.release.lede).toMatch(/^Secretary Alma Quist hosted/);
  });

  it('does not take the day from a page dated after the index’s horizon, but takes its quotes', async () => {
    const older = new MemorySource(
      releases.filter((r) => r.date <= '2026-01-12'),
      entities,
      df,
      15_000,
    );
    expect(older.horizon).toBe('2026-01-12');
    expect((await rankPage(dayOnly, older)).page).toEqual([]);
    const quoted = await rankPage(ministerialPage('2026-01-13'), older);
    expect(quoted.page[0]?.release.id).toBe('xq0101');
    expect(quoted.page[0]?.why).toBe('Quoted in this article');
  });

  it('does not take the day from a page with the tell-tales of a post or an interview', async () => {
    expect((await rankPage({ ...dayOnly, telltales: ['social'] }, source())).page).toEqual([]);
  });

  it('links no release to a page dated long after it, unless the page quotes it at length', async () => {
    expect((await rankPage({ ...dayOnly, date: '2026-06-01' }, source())).page).toEqual([]);
    const quoted = await rankPage(ministerialPage('2026-06-01'), source());
    expect(quoted.page[0]?.release.id).toBe('xq0101');
  });

  it('takes the release’s own figures, as news counts them', async () => {
    const withFigures = new MemorySource(
      releases.map((r) => (r.id === 'xq0040' ? { ...r, amounts: ['29 vessel'] } : r)),
      entities,
      df,
      15_000,
    );
    const page: PageContext = {
      entityCounts: { 'org:red-delta-cartel': 2 },
      terms: { laundering: 2, shell: 1 },
      amounts: amounts('It named 29 tankers.'),
    };
    const ranking = await rankPage(page, withFigures);
    expect(ranking.page[0]?.release.id).toBe('xq0040');
    expect(ranking.page[0]?.why).toBe('Same figures: 29 vessels');
    expect((await rankPage({ ...page, amounts: amounts('It named 30 tankers.') }, withFigures)).page).toEqual([]);
  });
});

describe('records with no readable text', () => {
  it('are never ranked against a page, nor listed under a name', async () => {
    const junk = releases.map((r) => (r.id === 'xq0101' ? { ...r, unranked: true as const } : r));
    const ranking = await rankPageDetailed(ministerialPage('2026-01-13'), new MemorySource(junk, entities, df, 15_000));
    expect(ranking.scored.map((e) => e.release.id)).not.toContain('xq0101');
    expect(ranking.ranking.page.map((r) => r.release.id)).not.toContain('xq0101');
    for (const list of Object.values(ranking.ranking.byEntity)) expect(list.releases.map((r) => r.release.id)).not.toContain('xq0101');
  });
});
