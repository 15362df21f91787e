import { describe, expect, it } from 'vitest';
import { ReleaseSearch } from './search';
import { release } from './test-fixtures';

const releases = [
  release('sb0100', { title: 'Secretary Convenes Ministerial on Critical Minerals Supply Chains', date: '2026-01-12' }),
  release('jy0200', { title: 'Treasury Sanctions Network Trafficking Fentanyl Precursors', date: '2024-05-01' }),
  release('jy0300', { title: 'Remarks on Critical Minerals Investment', date: '2023-03-01' }),
  release('sm0400', { title: 'Quarterly Refunding Statement', date: '2019-02-01' }),
];

describe('ReleaseSearch', () => {
  const search = new ReleaseSearch(releases);

  it('finds a release by a misspelled query', () => {
    expect(search.search('critcal mineral').map((r) => r.id).slice(0, 2).sort()).toEqual(['jy0300', 'sb0100']);
    expect(search.search('critcal minerals suply chains')[0]?.id).toBe('sb0100');
    expect(search.search('fentanil').map((r) => r.id)).toContain('jy0200');
  });

  it('finds a release by its identifier', () => {
    expect(search.search('sm0400')[0]?.id).toBe('sm0400');
  });

  it('treats operator characters as plain text', () => {
    expect(search.search("!refunding")[0]?.id).toBe('sm0400');
  });

  it('ignores queries too short to mean anything', () => {
    expect(search.search(' a ')).toEqual([]);
  });

  it('finds nothing for unrelated words', () => {
    expect(search.search('zebra crossing')).toEqual([]);
  });
});
