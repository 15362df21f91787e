import { describe, expect, it } from 'vitest';
import { isTopicGapCode, topicSpellings } from './topic-forms';

describe('topicSpellings', () => {
  it('spells each gap as printed, with a space and with a hyphen', () => {
    expect(topicSpellings('rare-earth elements').sort()).toEqual([
      'rare earth elements',
      'rare earth-elements',
      'rare-earth elements',
      'rare-earth-elements',
    ]);
  });

  it('gives slashes and ampersands with and without spaces', () => {
    expect(new Set(topicSpellings('AML/CFT'))).toEqual(new Set(['aml/cft', 'aml cft', 'aml-cft', 'aml / cft']));
    expect(new Set(topicSpellings('S&ED'))).toEqual(new Set(['s&ed', 's ed', 's-ed', 's & ed']));
  });

  it('keeps one-word and long aliases as printed', () => {
    expect(topicSpellings('sanctions')).toEqual(['sanctions']);
    expect(topicSpellings('one two three four five')).toEqual(['one two three four five']);
  });

  it('agrees with the tagger on which characters are gaps', () => {
    expect([' ', '-', '/', "'", '&', '.', ','].map((c) => isTopicGapCode(c.charCodeAt(0)))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
