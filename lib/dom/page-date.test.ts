// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageDate, textDate } from './page-date';
import { daysBetween, namedDates, parseDate, textEra } from '../ranking/dates';

const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('parseDate', () => {
  it('reads ISO timestamps as the publisher wrote the day', () => {
    expect(parseDate('2026-01-12T23:11:29-05:00')).toBe('2026-01-12');
    expect(parseDate('2025/9/3')).toBe('2025-09-03');
    expect(parseDate('20250903')).toBe('2025-09-03');
  });
  it('reads month names both ways round', () => {
    expect(parseDate('Jan. 12, 2026')).toBe('2026-01-12');
    expect(parseDate('Sept. 3, 2025')).toBe('2025-09-03');
    expect(parseDate('28th June 2011')).toBe('2011-06-28');
  });
  it('rejects impossible dates and non-dates', () => {
    expect(parseDate('2025-02-30')).toBeUndefined();
    expect(parseDate('yesterday')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
  });
  it('finds the latest past year a text mentions', () => {
    const text = 'After the 2008 crisis, rules changed in 2019 and 2024; bonds mature in 2055. Rule 1010 applies.';
    expect(textEra(text, 2026)).toBe(2024);
    expect(textEra('No year here, only 12 apples and 3,500 pears.', 2026)).toBeUndefined();
  });
  it('lists the days a text names, in order, with their years', () => {
    const text =
      'On May 9, 2019, the agency issued guidance. It followed rules of 18 September 2025 and Sept. 3rd, 2024, ' +
      'repeated May 9, 2019. Officials may 10 percent; payment is due as early as June 1; the June 31, 2020 draft; in May 2025.';
    expect(namedDates(text)).toEqual(['2019-05-09', '2025-09-18', '2024-09-03']);
    expect(namedDates('No dates here.')).toEqual([]);
  });
  it('counts days between dates', () => {
    expect(daysBetween('2026-01-12', '2026-01-13')).toBe(1);
    expect(daysBetween('2025-03-01', '2025-02-27')).toBe(-2);
  });
});

describe('pageDate', () => {
  it('reads article:published_time', () => {
    expect(pageDate(page('<meta property="article:published_time" content="2025-04-30T09:00:00Z">'))).toBe('2025-04-30');
  });

  it('reads JSON-LD datePublished, inside @graph and arrays', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'A paper' },
        { '@type': 'NewsArticle', datePublished: '2024-11-01T12:00:00-04:00', dateModified: '2024-11-04' },
      ],
    });
    expect(pageDate(page(`<script type="application/ld+json">${graph}</script>`))).toBe('2024-11-01');
    const array = JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': 'Article', datePublished: '2019-05-09' }]);
    expect(pageDate(page(`<script type="application/ld+json">${array}</script>`))).toBe('2019-05-09');
  });

  it('survives broken JSON-LD and uses the next source', () => {
    const html = page('<script type="application/ld+json">{ not json</script><meta name="date" content="2023-05-01">');
    expect(pageDate(html)).toBe('2023-05-01');
  });

  it('prefers the <time> marked as published, inside the article header', () => {
    const body = `<aside><time datetime="2020-01-01">old sidebar story</time></aside>
      <article><header><time datetime="2025-08-12T10:00">Aug 12</time></header>
      <p>Body <time datetime="2025-07-01">an event</time></p></article>`;
    expect(pageDate(page('', body))).toBe('2025-08-12');
    const marked = `<article><time datetime="2025-01-02" itemprop="dateModified">changed</time>
      <time pubdate datetime="2024-12-30">published</time></article>`;
    expect(pageDate(page('', marked))).toBe('2024-12-30');
  });

  it.each([
    ['name', 'pubdate', '2021-03-04'],
    ['name', 'publishdate', '2021-03-04'],
    ['name', 'DC.date.issued', '2021-03-04'],
    ['name', 'sailthru.date', '2021-03-04 10:00:00'],
    ['name', 'parsely-pub-date', '2021-03-04T10:00:00Z'],
    ['property', 'og:published_time', '2021-03-04'],
    ['itemprop', 'datePublished', '2021-03-04'],
  ])('reads meta %s="%s"', (attr, key, content) => {
    expect(pageDate(page(`<meta ${attr}="${key}" content="${content}">`))).toBe('2021-03-04');
  });

  it('prefers the published date over the modified one, whatever the order', () => {
    const head = `<meta property="article:modified_time" content="2025-10-02">
      <meta property="article:published_time" content="2025-09-22">`;
    expect(pageDate(page(head))).toBe('2025-09-22');
  });

  it('falls back to a modified date when that is all the page gives', () => {
    expect(pageDate(page('<meta property="article:modified_time" content="2025-10-02">'))).toBe('2025-10-02');
  });

  it('prefers structured dates over a date in the text', () => {
    const html = page('<meta name="pubdate" content="2022-06-10">', '<article><p>June 1, 2022</p><p>Text.</p></article>');
    expect(pageDate(html)).toBe('2022-06-10');
  });

  it('reads a dateline when the page has no structured date', () => {
    const body = `<nav>Home | World</nav><article><h1>Ministers meet on supply chains</h1>
      <p>WASHINGTON, Jan. 12, 2026 — Finance ministers met on Monday to talk about rare earths.</p></article>`;
    expect(pageDate(page('', body))).toBe('2026-01-12');
  });

  it('returns undefined for a page without any date', () => {
    expect(pageDate(page('<title>x</title>', '<p>No date here, only 2025 as a number.</p>'))).toBeUndefined();
  });
});

describe('textDate', () => {
  it('reads a dateline', () => {
    expect(textDate('Headline\nWASHINGTON, Jan. 12, 2026 — Ministers met today.')).toBe('2026-01-12');
  });
  it('reads a date on its own line, and a byline', () => {
    expect(textDate('A headline\nMarch 3, 2025\n\nThe body.')).toBe('2025-03-03');
    expect(textDate('A headline\nBy A. Writer | 4 July 2024\nThe body.')).toBe('2024-07-04');
  });
  it('prefers "published" over "updated"', () => {
    expect(textDate('Wire Published September 23, 2025 Updated September 24, 2025 06:03am\nBody')).toBe('2025-09-23');
    expect(textDate('Updated: May 2, 2024\nPublished: May 1, 2024\nBody')).toBe('2024-05-01');
  });
  it('ignores an event date inside a long sentence', () => {
    const text =
      'The agency said that on March 11, 2025 it issued an order requiring more reports from money transmitters in border counties.';
    expect(textDate(text)).toBeUndefined();
  });
  it('looks only at the top of the text', () => {
    const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the article.`).join('\n');
    expect(textDate(`${body}\nMarch 3, 2025`)).toBeUndefined();
  });
});
