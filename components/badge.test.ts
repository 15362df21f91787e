import { describe, expect, it } from 'vitest';
import { badgeTitle } from './badge';

describe('badgeTitle', () => {
  it('says what the count is', () => {
    expect(badgeTitle(0)).toBe('Primary Source');
    expect(badgeTitle(1)).toBe('Primary Source: 1 Treasury release matches this page');
    expect(badgeTitle(3)).toBe('Primary Source: 3 Treasury releases match this page');
  });
});
