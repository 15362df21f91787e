import { describe, expect, it } from 'vitest';
import type { Mention } from './messages';
import { PageAnalysis } from './page-analysis';

const mention = (entityId: string): Mention => ({ start: 0, end: 1, entityId, highlight: true });

describe('PageAnalysis', () => {
  it('reads named days and the latest year in document order, whatever order blocks arrive in', () => {
    const page = new PageAnalysis(2026);
    page.addBlock(2, 'Background: the rule first proposed on March 3, 2024.', []);
    page.addBlock(0, 'On June 5, 2025, the bureau issued its order.', [mention('org:bureau')]);
    page.addBlock(1, 'Maturities run to 2055.', [mention('org:bureau'), mention('topic:debt')]);
    page.addTerms({ order: 1 });
    page.addTerms({ order: 2, rule: 1 });
    expect(page.context(undefined)).toEqual({
      entityCounts: { 'org:bureau': 2, 'topic:debt': 1 },
      terms: { order: 3, rule: 1 },
      era: 2025,
      namedDates: ['2025-06-05', '2024-03-03'],
    });
  });

  it('gives a dated page its date and no text-derived dating', () => {
    const page = new PageAnalysis(2026);
    page.addBlock(0, 'On June 5, 2025, the bureau issued its order.', []);
    expect(page.context('2025-06-06')).toEqual({ entityCounts: {}, terms: {}, date: '2025-06-06' });
  });
});
