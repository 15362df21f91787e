import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idFromUrl, normalizeDate, parseRelease, plainText } from './parse';

const fixture = (path: string) => {
  const rel = `news/${path}`;
  return parseRelease(rel, readFileSync(new URL(`./fixtures/corpus/${rel}`, import.meta.url), 'utf8'));
};

describe('parseRelease', () => {
  it('reads a release: id from the url, official link, date from a timestamp, kind from the folder', () => {
    const r = fixture('press-releases/2025-11-03-zz0100.md');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.release).toMatchObject({
      id: 'zz0100',
      url: 'https://home.treasury.gov/news/press-releases/zz0100',
      date: '2025-11-03',
      kind: 'press-release',
      title: 'Secretary Holloway Hosts Finance Ministers on Critical Minerals Supply Chains',
    });
    expect(r.release.text).toContain('WASHINGTON – Today, Secretary of the Treasury Marian Q. Holloway');
    expect(r.release.text).not.toContain('**');
  });

  it('takes the kind from each folder', () => {
    const kinds = ['readouts/2025-11-04-zz0101.md', 'statements-remarks/2025-11-05-zz0102.md', 'testimonies/2025-11-07-zz0104.md'].map(
      (p) => {
        const r = fixture(p);
        return r.ok ? r.release.kind : r.error.reason;
      },
    );
    expect(kinds).toEqual(['readout', 'statement', 'testimony']);
  });

  it('sends odd url shapes to the page the site serves', () => {
    const singular = fixture('press-releases/2025-11-08-zz0105.md');
    const featured = fixture('press-releases/2025-11-12-zz0108.md');
    expect(singular.ok && singular.release.url).toBe('https://home.treasury.gov/news/press-releases/zz0105');
    expect(featured.ok && featured.release.url).toBe('https://home.treasury.gov/news/press-releases/zz0108');
  });

  it('joins a quoted title that spans two lines and keeps curly quotes and §', () => {
    const r = fixture('press-releases/2025-11-12-zz0108.md');
    expect(r.ok && r.release.title).toBe('Treasury Explains the “Safe Harbor” Rules Under § 45X for Domestic Manufacturers');
  });

  it('reports each broken file with its reason', () => {
    const reasons = [
      'press-releases/2025-11-13-nofrontmatter.md',
      'press-releases/2025-11-14-badyaml.md',
      'press-releases/2025-11-15-nourl.md',
      'press-releases/2025-11-16-zz0112.md',
    ].map((p) => {
      const r = fixture(p);
      return r.ok ? 'parsed' : r.error.reason.split(':')[0];
    });
    expect(reasons).toEqual(['no front matter', 'bad YAML', 'missing url', 'draft']);
  });

  it('reports a url that ends in words instead of an identifier', () => {
    const text = '---\ntitle: Treaty Talks\ndate: 2001-01-19\ndraft: false\nurl: /news/press-releases/Open Menu\n---\nBody.';
    const r = parseRelease('news/press-releases/2001-01-19-openmenu.md', text);
    expect(r.ok ? 'parsed' : r.error.reason).toBe('url is not an identifier (it has spaces): /news/press-releases/Open Menu');
  });

  it('reads names out of an HTML table cell by cell', () => {
    const r = fixture('press-releases/2025-11-11-zz0107.md');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.release.text).not.toMatch(/<\/?(td|div|p|table)/);
    expect(r.release.text).toContain('Treasurer of the United States, Carla Benavides ;');
    expect(r.release.text).toContain('month & late');
  });
});

describe('pieces', () => {
  it('normalizes both date shapes and rejects others', () => {
    expect(normalizeDate('2026-01-12T17:11:29-05:00')).toBe('2026-01-12');
    expect(normalizeDate('1999-07-04')).toBe('1999-07-04');
    expect(normalizeDate('July 4, 1999')).toBeUndefined();
    expect(normalizeDate('2020-13-01')).toBeUndefined();
  });

  it('takes the last url segment in lower case', () => {
    expect(idFromUrl('/news/press-release/SB0356/')).toBe('sb0356');
    expect(idFromUrl('/jy0001')).toBe('jy0001');
    expect(idFromUrl('/news/press-releases/')).toBe('press-releases');
  });

  it('strips Markdown links, images and emphasis but keeps their words', () => {
    expect(plainText('said **Secretary Ada Vale**. See [the report](https://x.test/r) ![chart](c.png)')).toBe(
      'said Secretary Ada Vale. See the report',
    );
  });
});
