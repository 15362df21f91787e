import { describe, expect, it } from 'vitest';
import { repairRecords } from './build';
import { repairJunk, titleIsIdentifier } from './junk';
import type { ParsedRelease } from './parse';

const record = (id: string, text: string, title = id): ParsedRelease => ({
  path: `news/press-releases/2003-07-09-${id}.md`,
  id,
  url: `/news/press-releases/${id}`,
  title,
  date: '2003-07-09',
  kind: 'press-release',
  text,
});

const prose =
  'The bureau and the agency proposed rules today on how couriers must report cash they carry across the border, and asked for comment within sixty days. '.repeat(
    2,
  );

describe('junk records', () => {
  it('knows a title that is only the identifier', () => {
    expect(titleIsIdentifier(record('zz548', ''))).toBe(true);
    expect(titleIsIdentifier(record('resignation.letter', ''))).toBe(true);
    expect(titleIsIdentifier(record('zz548', '', 'Bureau Proposes Courier Rules'))).toBe(false);
  });

  it('recovers the title under the archive’s furniture, cut where the body starts', () => {
    const text = `(Archived Content)\nFROM THE OFFICE OF PUBLIC AFFAIRS\nTo view or print the PDF content on this page, download the free Reader. *\nJuly 9, 2003\nZZ-548\nBureau Proposes Rules on Couriers Carrying Cash Today, ${prose}`;
    expect(repairJunk(record('zz548', text))).toEqual({ kind: 'recovered', title: 'Bureau Proposes Rules on Couriers Carrying Cash' });
  });

  it('reads a title from an identifier made of its words', () => {
    expect(repairJunk(record('bureau-proposes-rules-on-couriers', prose))).toEqual({
      kind: 'recovered',
      title: 'Bureau proposes rules on couriers',
    });
  });

  it('keeps a record with no readable text unranked, and extracts nothing from it', () => {
    const bytes = `(Archived Content)*${'ÐÏ\u0011à¡±\u001aá>\u0003þÿ\t\u0006ÿÿÿÿ'.repeat(40)}`;
    expect(repairJunk(record('zz3221', bytes)).kind).toBe('unranked');
    expect(repairJunk(record('zz0130', '(Archived Content)\nzz0130.docx')).kind).toBe('unranked');
    const { releases, junk } = repairRecords([record('zz3221', bytes), record('zz0001', prose, 'Bureau Acts')]);
    expect(junk.unranked.map((j) => j.id)).toEqual(['zz3221']);
    expect(releases[0]!.text).toBe('');
    expect(releases[1]!.text).toBe(prose);
  });
});
