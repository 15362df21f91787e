import { describe, expect, it } from 'vitest';
import type { Mention } from './messages';
import { PageAnalysis } from './page-analysis';
import { shingleCodes } from './ranking/evidence';

const mention = (entityId: string): Mention => ({ start: 0, end: 1, entityId, highlight: true });

describe('PageAnalysis', () => {
  it('reads named days and the latest year in document order, whatever order blocks arrive in', () => {
    const page = new PageAnalysis(2026);
    page.addBlock(2, 'Background: the rule first proposed on March 3, 2024.', []);
    page.addBlock(0, 'On June 5, 2025, the bureau issued its order.', [mention('org:bureau')]);
    page.addBlock(1, 'Maturities run to 2055.', [mention('org:bureau'), mention('topic:debt')]);
    page.addTerms({ order: 1 });
    page.addTerms({ order: 2, rule: 1 });
    expect(page.context(undefined)).toMatchObject({
      entityCounts: { 'org:bureau': 2, 'topic:debt': 1 },
      terms: { order: 3, rule: 1 },
      era: 2025,
      namedDates: ['2025-06-05', '2024-03-03'],
    });
  });

  it('gives a dated page its date and no text-derived dating', () => {
    const page = new PageAnalysis(2026);
    page.addBlock(0, 'On June 5, 2025, the bureau issued its order.', []);
    const context = page.context('2025-06-06');
    expect(context.date).toBe('2025-06-06');
    expect(context.era).toBeUndefined();
    expect(context.namedDates).toBeUndefined();
  });

  it('carries the evidence of the event: what the page quotes, its figures, its tell-tales', () => {
    const page = new PageAnalysis(2026);
    const text = 'The bureau designated 29 tankers and moved $89.8 billion, the Secretary wrote in a post on X.';
    page.addBlock(0, text, []);
    const context = page.context('2025-06-06');
    expect(context.shingles).toEqual(shingleCodes(text));
    expect(context.shingles!.length).toBeGreaterThan(0);
    expect(context.amounts).toEqual(['29 vessel', '$89800000000']);
    expect(context.telltales).toEqual(['social']);
    expect(new PageAnalysis(2026).context(undefined)).toEqual({ entityCounts: {}, terms: {} });
  });
});
