import { describe, expect, it } from 'vitest';
import { aliasKey, createTopicTagger, loadTopics, parseTaxonomy, tagTopics, TaxonomyError, topicEntities, type TopicDef } from './topics';

function topic(id: string, aliases: string[], highlight = true): TopicDef {
  return { id: `topic:${id}`, name: id, aliases, highlight, source: 'fixture' };
}

const FIXTURE: TopicDef[] = [
  topic('rare-earths', ['rare earth elements', 'rare earths', 'rare-earth magnets']),
  topic('critical-minerals', ['critical minerals']),
  topic('sudan', ['Sudan'], false),
  topic('south-sudan', ['South Sudan'], false),
  topic('credit-45x', ['45X']),
  topic('gse', ['Fannie Mae']),
  topic('venezuela', ['Petroleos de Venezuela']),
  topic('aml', ['AML/CFT']),
  topic('sanctions', ['sanctions'], false),
];

function problemsOf(raw: unknown): string[] {
  try {
    parseTaxonomy(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(TaxonomyError);
    return (e as TaxonomyError).problems;
  }
  throw new Error('expected a TaxonomyError');
}

describe('parseTaxonomy', () => {
  it('accepts a well-formed taxonomy and returns its topics in order', () => {
    const topics = parseTaxonomy({ note: 'fixture', topics: FIXTURE });
    expect(topics.map((t) => t.id)).toEqual(FIXTURE.map((t) => t.id));
  });

  it('names the entry and the field of every malformed entry, all at once', () => {
    const problems = problemsOf({
      note: 'fixture',
      topics: [
        topic('fine', ['fine topic']),
        { id: 'Critical Minerals', name: 'x', aliases: ['a'], highlight: true, source: 's' },
        { id: 'topic:no-name', aliases: ['something'], highlight: true, source: 's' },
        { id: 'topic:no-aliases', name: 'x', aliases: [], highlight: true, source: 's' },
        { id: 'topic:bad-flag', name: 'x', aliases: ['flag'], highlight: 'yes', source: 's' },
        { id: 'topic:no-source', name: 'x', aliases: ['nothing here'], highlight: true },
        { id: 'topic:dotted', name: 'x', aliases: ['U.S. sanctions'], highlight: true, source: 's' },
        'not an object',
      ],
    });
    expect(problems).toEqual([
      'topics[1] (Critical Minerals): id must look like "topic:some-name"',
      'topics[2] (topic:no-name): name must be a non-empty string',
      'topics[3] (topic:no-aliases): aliases must be a non-empty array',
      'topics[4] (topic:bad-flag): highlight must be true or false',
      'topics[5] (topic:no-source): source must say where in the corpus it comes from',
      expect.stringContaining('topics[6] (topic:dotted): alias "U.S. sanctions" must be words'),
      'topics[7]: id must look like "topic:some-name"',
      'topics[7]: name must be a non-empty string',
      'topics[7]: highlight must be true or false',
      'topics[7]: source must say where in the corpus it comes from',
      'topics[7]: aliases must be a non-empty array',
    ]);
  });

  it('rejects an alias two topics share once case and dashes are folded', () => {
    const problems = problemsOf({
      note: 'fixture',
      topics: [topic('one', ['Rare-Earth Elements']), topic('two', ['rare earth elements'])],
    });
    expect(problems).toEqual([
      expect.stringContaining('topics[1] (topic:two): alias "rare earth elements" is the same as one of topic:one'),
    ]);
  });

  it('rejects duplicate ids and a missing note or topics array', () => {
    expect(problemsOf({ note: 'x', topics: [topic('a', ['a']), topic('a', ['b'])] })).toEqual(['topics[1] (topic:a): duplicate id']);
    expect(problemsOf({ topics: [] })).toEqual(['missing top-level "note" string']);
    expect(problemsOf([])).toEqual(['expected an object with a "topics" array']);
  });

  it('puts every problem in the error message', () => {
    expect(() => parseTaxonomy({ note: 'x', topics: [{ id: 'topic:x' }] })).toThrow(/topics\[0\] \(topic:x\): name must be/);
  });
});

describe('createTopicTagger', () => {
  const tagger = createTopicTagger(FIXTURE);

  it('matches spelling variants: case, hyphens, typographic dashes', () => {
    expect(tagger.tag('Prices of RARE EARTHS rose.')).toEqual(['topic:rare-earths']);
    expect(tagger.tag('new rare-earth elements plant')).toEqual(['topic:rare-earths']);
    expect(tagger.tag('Rare\u2010Earth Elements and rare earth\u2014magnets')).toEqual(['topic:rare-earths']);
    expect(tagger.tag('Rare\nearth elements wrapped across a line')).toEqual(['topic:rare-earths']);
  });

  it('folds accents and curly apostrophes', () => {
    expect(tagger.tag('Petróleos de Venezuela, S.A.')).toEqual(['topic:venezuela']);
    expect(tagger.tag('Fannie Mae’s capital plan')).toEqual(['topic:gse']);
  });

  it('matches whole words only', () => {
    expect(tagger.tag('the 145X model and a 45XL engine')).toEqual([]);
    expect(tagger.tag('section 45X of the Code')).toEqual(['topic:credit-45x']);
    expect(tagger.tag('Sudanese officials')).toEqual([]);
  });

  it('does not run a phrase across sentence punctuation', () => {
    expect(tagger.tag('They were critical. Minerals came later.')).toEqual([]);
    expect(tagger.tag('rare earth, elements')).toEqual([]);
  });

  it('lets a phrase run across a slash', () => {
    expect(tagger.tag('strong AML/CFT controls and AML / CFT rules')).toEqual(['topic:aml']);
    expect(tagger.count('strong AML/CFT controls and AML / CFT rules').get('topic:aml')).toBe(2);
  });

  it('prefers the longest alias and never double counts inside it', () => {
    expect(tagger.tag('sanctions on South Sudan')).toEqual(['topic:south-sudan', 'topic:sanctions']);
    expect(tagger.tag('Sudan and South Sudan')).toEqual(['topic:sudan', 'topic:south-sudan']);
  });

  it('orders topics by mentions, ties in taxonomy order', () => {
    expect(tagger.tag('sanctions, sanctions and critical minerals')).toEqual(['topic:sanctions', 'topic:critical-minerals']);
    expect(tagger.tag('sanctions and critical minerals')).toEqual(['topic:critical-minerals', 'topic:sanctions']);
  });
});

describe('topicEntities', () => {
  it('makes topic entities, keeping the highlight flag and the release counts', () => {
    const entities = topicEntities(FIXTURE, new Map([['topic:rare-earths', 11]]));
    const rare = entities.find((e) => e.id === 'topic:rare-earths');
    const sanctions = entities.find((e) => e.id === 'topic:sanctions');
    expect(rare).toEqual({
      id: 'topic:rare-earths',
      type: 'topic',
      name: 'rare-earths',
      aliases: ['rare earth elements', 'rare earths', 'rare-earth magnets'],
      highlight: true,
      releaseCount: 11,
    });
    expect(sanctions?.highlight).toBe(false);
    expect(sanctions?.releaseCount).toBe(0);
  });
});

describe('aliasKey', () => {
  it('is the same for forms the tagger cannot tell apart', () => {
    expect(aliasKey('Rare‐Earth  Élements')).toBe(aliasKey('rare earth elements'));
    expect(aliasKey('G7')).not.toBe(aliasKey('G-7'));
  });
});

describe('the bundled taxonomy (assets/topics.json)', () => {
  const topics = loadTopics();

  it('is valid and holds at least 150 topics, some generic ones not highlighted', () => {
    expect(topics.length).toBeGreaterThanOrEqual(150);
    expect(topics.find((t) => t.id === 'topic:sanctions')?.highlight).toBe(false);
    expect(topics.find((t) => t.id === 'topic:critical-minerals')?.highlight).toBe(true);
  });

  it('leaves out aliases that are common words once lower-cased', () => {
    const keys = new Set(topics.flatMap((t) => t.aliases.map(aliasKey)));
    for (const word of ['tips', 'tarp', 'harp', 'mixer', 'refunding', 'climate', 'equity', 'price cap']) {
      expect(keys.has(word), word).toBe(false);
    }
  });

  it('tags a finance-ministerial story with its three topics', () => {
    const text =
      'Finance ministers met in Washington on securing critical minerals supply chains. ' +
      'They discussed how to diversify the supply of rare earth elements away from a single producer.';
    expect(tagTopics(text)).toEqual(
      expect.arrayContaining(['topic:critical-minerals', 'topic:supply-chains', 'topic:rare-earth-elements']),
    );
  });
});
