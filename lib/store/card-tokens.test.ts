import { describe, expect, it } from 'vitest';
import { cardTokens } from './card-tokens';

describe('cardTokens', () => {
  const request = { tabId: 4, entityId: 'person:scott-bessent', focus: false, scheme: 'light' as const };

  it('redeems a token once, in the tab it was issued for', () => {
    const tokens = cardTokens();
    const token = tokens.issue(request);
    expect(tokens.redeem(token, 4)).toMatchObject(request);
    expect(tokens.redeem(token, 4)).toBeUndefined();
  });

  it('refuses another tab, and unknown tokens', () => {
    const tokens = cardTokens();
    const token = tokens.issue(request);
    expect(tokens.redeem(token, 5)).toBeUndefined();
    expect(tokens.redeem(token, 4)).toBeUndefined(); // spent by the wrong tab's try
    expect(tokens.redeem('guess', 4)).toBeUndefined();
  });

  it('gives unguessable, distinct tokens', () => {
    const tokens = cardTokens();
    const a = tokens.issue(request);
    const b = tokens.issue(request);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
  });
});
