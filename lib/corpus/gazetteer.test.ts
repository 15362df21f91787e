import { describe, expect, it } from 'vitest';
import { buildPeople, type ReleaseText } from './gazetteer';

const release = (id: string, date: string, text: string, title = 'A release'): ReleaseText => ({ id, date, title, text });

describe('buildPeople', () => {
  it('keeps one person for first names no nickname table knows, when the office and years agree', () => {
    const { entities } = buildPeople([
      release('a1', '2024-03-01', 'said Deputy Secretary of the Treasury Wally Okonkwo today.'),
      release('a2', '2024-05-01', 'Deputy Secretary of the Treasury Adewunmi Okonkwo met bankers.'),
    ]);
    expect(entities.filter((e) => e.surname === 'Okonkwo')).toHaveLength(1);
    expect(entities[0]!.givenNames).toEqual(['Adewunmi', 'Wally']);
  });

  it('keeps two people apart when their shared surname is common', () => {
    const { entities } = buildPeople([
      release('b1', '2024-03-01', 'said Under Secretary for Domestic Finance Karl Smith on Monday.'),
      release('b2', '2024-04-01', 'said Under Secretary for Domestic Finance Lena Smith on Tuesday.'),
    ]);
    expect(entities.map((e) => e.name).sort()).toEqual(['Karl Smith', 'Lena Smith']);
  });

  it('resolves a title and surname, and a full name without a title, to the person', () => {
    const { entities, peopleByRelease } = buildPeople([
      release('c1', '2024-03-01', 'said Secretary of the Treasury Marian Q. Holloway on Monday.'),
      release('c2', '2024-03-09', 'Secretary Holloway welcomed the report.'),
      release('c3', '2024-04-02', 'A speech by Marian Holloway on savings.'),
      release('c4', '2024-04-03', 'Holloway Avenue will be repaved.'),
    ]);
    const id = entities[0]!.id;
    expect(peopleByRelease.get('c2')).toEqual([{ id, role: 'Secretary of the Treasury', country: 'United States' }]);
    expect(peopleByRelease.get('c3')).toEqual([{ id }]);
    expect(peopleByRelease.get('c4')).toEqual([]);
    expect(entities[0]!.releaseCount).toBe(3);
  });
});
