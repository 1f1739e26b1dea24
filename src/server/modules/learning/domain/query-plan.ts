import type { SearchSort } from '../../../../shared/contracts/learning/search.js';

/** A word in more than this share of the documents is "frequent" (performance-notes.md). */
export const FREQUENT_SHARE = 0.25;

export type TermPlan = {
  /** The terms the index is asked for. */
  terms: string[];
  /** Frequent terms left out of a multi-word query (they still highlight). */
  dropped: string[];
  /** The sort that is run: a query of frequent words only is not ranked, it takes the recency path. */
  sort: SearchSort;
};

/**
 * Frequent words match too much to narrow a query or to rank by: they are dropped from a
 * multi-word query that has other words; a query of frequent words only keeps them and goes
 * the recency path when relevance was asked for.
 */
export function planTerms(terms: readonly string[], frequent: ReadonlySet<string>, sort: SearchSort): TermPlan {
  const kept = terms.filter((term) => !frequent.has(term));
  if (kept.length > 0) return { terms: kept, dropped: terms.filter((term) => frequent.has(term)), sort };
  return { terms: [...terms], dropped: [], sort: terms.length > 0 && sort === 'relevance' ? 'recent' : sort };
}
