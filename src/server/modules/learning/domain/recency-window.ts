import { facetToken } from './tsquery.js';

/**
 * Newest-first search over many matches without sorting them all: every document carries its
 * publication month as a token (`~pm:202611`, UTC) in the same GIN, so "the matches published
 * in the newest k months" is one more clause of the query, and its rare month tokens drive the
 * GIN probe. When such a window holds a full page, that page is exactly the newest one
 * (everything newer than the window's first month is inside it); otherwise a wider window is
 * tried (performance-notes.md: a bounded recency probe).
 */
export const RECENCY_WINDOWS_MONTHS: readonly number[] = [1, 3, 12, 36];

const monthKey = (year: number, monthIndex: number) => `${year}${String(monthIndex + 1).padStart(2, '0')}`;

export function publicationMonthToken(publishedAt: Date): string {
  return facetToken('pm', monthKey(publishedAt.getUTCFullYear(), publishedAt.getUTCMonth()));
}

/** The month tokens of a window: the anchor's month and the `months - 1` months before it. */
export function recentMonthTokens(anchor: Date, months: number): string[] {
  const tokens: string[] = [];
  for (let back = 0; back < months; back++) {
    const month = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - back, 1));
    tokens.push(facetToken('pm', monthKey(month.getUTCFullYear(), month.getUTCMonth())));
  }
  return tokens;
}
