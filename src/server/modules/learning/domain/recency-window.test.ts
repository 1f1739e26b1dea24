import { describe, expect, it } from 'vitest';
import { publicationMonthToken, recentMonthTokens } from './recency-window.js';

describe('recency windows', () => {
  it('tokens a document by its UTC publication month', () => {
    expect(publicationMonthToken(new Date('2026-11-30T23:59:59Z'))).toBe('~pm:202611');
    expect(publicationMonthToken(new Date('2027-01-01T00:00:00Z'))).toBe('~pm:202701');
  });

  it('counts a window back from the anchor month, across a year', () => {
    expect(recentMonthTokens(new Date('2026-02-15T10:00:00Z'), 3)).toEqual(['~pm:202602', '~pm:202601', '~pm:202512']);
    expect(recentMonthTokens(new Date('2026-02-15T10:00:00Z'), 1)).toEqual(['~pm:202602']);
  });
});
