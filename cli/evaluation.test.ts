import { describe, expect, it } from 'vitest';
import { type CaseResult, type EvalCase, type PredictedMention, parseCases, releaseIdOf, scoreMentions, summarize } from './evaluation';

const base: EvalCase = {
  id: 'c1',
  kind: 'positive',
  text: 'Finance Secretary Alma Quist met ministers on critical minerals and sanctions.',
  published_date: '2026-01-13',
  expected_release_urls: ['https://home.treasury.gov/news/press-releases/xq0101'],
  expected_mentions: ['Alma Quist', 'critical minerals', 'sanctions'],
};

const mention = (text: string, entityId: string, isPerson: boolean, entityNames: string[] = []): PredictedMention => ({
  text,
  entityId,
  entityNames,
  isPerson,
});

describe('parseCases', () => {
  it('reads good lines and reports malformed ones by line number', () => {
    const jsonl = [
      JSON.stringify(base),
      '{not json',
      JSON.stringify({ ...base, kind: 'maybe' }),
      '',
      JSON.stringify({ ...base, id: 'c2' }),
    ].join('\n');
    const { cases, errors } = parseCases(jsonl);
    expect(cases.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^line 2: /);
    expect(errors[1]).toMatch(/^line 3: .*kind/);
  });
});

describe('releaseIdOf', () => {
  it('compares URL shapes by their last segment', () => {
    expect(releaseIdOf('https://home.treasury.gov/news/press-release/SB0356/')).toBe('sb0356');
    expect(releaseIdOf('https://home.treasury.gov/news/press-releases/jy2708?x=1')).toBe('jy2708');
  });
});

describe('scoreMentions', () => {
  it('finds an expected name inside a longer mention, and topics by phrase', () => {
    const score = scoreMentions(base, [
      mention('Finance Secretary Alma Quist', 'person:alma-quist', true),
      mention('Quist', 'person:alma-quist', true),
      mention('critical minerals', 'topic:critical-minerals', false),
      mention('sanctions', 'topic:sanctions', false),
    ]);
    expect(score.people).toEqual({ truePositives: 1, predicted: 1, expected: 1, found: 1 });
    expect(score.topics).toEqual({ truePositives: 2, predicted: 2, expected: 2, found: 2 });
  });

  it('counts a wrongly linked person as a false positive and a missed topic as missed', () => {
    const score = scoreMentions(base, [mention('Quist', 'person:other-quist', true), mention('tariffs', 'topic:tariffs', false)]);
    expect(score.people).toEqual({ truePositives: 0, predicted: 1, expected: 1, found: 0 });
    expect(score.falsePeople).toEqual(['Quist (person:other-quist)']);
    expect(score.missedTopics.sort()).toEqual(['critical minerals', 'sanctions']);
    expect(score.falseTopics).toEqual(['tariffs']);
  });

  it('finds a name through the entity when the text is a surname', () => {
    const c = { ...base, expected_mentions: ['Alma B. Quist'] };
    const score = scoreMentions(c, [mention('Ms. Quist', 'person:alma-quist', true, ['Alma Quist', 'Alma B. Quist'])]);
    expect(score.people.found).toBe(1);
  });

  it('does not judge topics outside the fixed list, and matches FinCEN case-exactly', () => {
    const c = { ...base, expected_mentions: ['FinCEN'] };
    const score = scoreMentions(c, [
      mention('debt limit', 'topic:debt-limit', false),
      mention('rare-earth materials', 'topic:critical-minerals', false, ['rare earth elements']),
      mention('FinCEN', 'org:fincen', false),
    ]);
    expect(score.topics).toEqual({ truePositives: 1, predicted: 1, expected: 1, found: 1 });
  });
});

describe('summarize', () => {
  const result = (c: Partial<EvalCase>, ranked: string[], confident: string[] = [], confidentWithout?: string[]): CaseResult => ({
    case: { ...base, ...c },
    ranked,
    confident,
    mentions: [],
    ...(confidentWithout ? { confidentWithout } : {}),
  });

  it('computes hit@k, MRR and false confident rates', () => {
    const report = summarize([
      result({ id: 'p1' }, ['xq0101', 'a'], ['xq0101']),
      result({ id: 'p2' }, ['a', 'b', 'xq0101']),
      result({ id: 'p3' }, ['a', 'b', 'c', 'd']),
      result({ id: 'n1', kind: 'negative', expected_release_urls: [] }, ['a'], ['a']),
      result({ id: 'o1', kind: 'ordinary', expected_release_urls: [] }, ['a']),
    ]);
    expect(report.hitAt1).toBeCloseTo(1 / 3);
    expect(report.hitAt3).toBeCloseTo(2 / 3);
    expect(report.mrr).toBeCloseTo((1 + 1 / 3 + 0) / 3);
    expect(report.positivesLinked).toEqual({ count: 1, of: 3, rate: 1 / 3 });
    expect(report.confidentRight).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(report.leaveOneOut).toBeUndefined();
    expect(report.falseConfidentNegative).toEqual({ count: 1, of: 1, rate: 1 });
    expect(report.falseConfidentOrdinary).toEqual({ count: 0, of: 1, rate: 0 });
    expect(report.lines.find((l) => l.id === 'p2')?.rank).toBe(3);
  });

  it('counts positives still confidently linked with their releases left out', () => {
    const report = summarize([
      result({ id: 'p1' }, ['xq0101'], ['xq0101'], []),
      result({ id: 'p2' }, ['xq0101'], ['xq0101'], ['b']),
      result({ id: 'n1', kind: 'negative', expected_release_urls: [] }, ['a'], []),
    ]);
    expect(report.leaveOneOut).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(report.lines.find((l) => l.id === 'p2')?.confidentWithout).toEqual(['b']);
  });
});
