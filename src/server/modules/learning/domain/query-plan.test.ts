import { describe, expect, it } from 'vitest';
import { planTerms } from './query-plan.js';

describe('planTerms', () => {
  const frequent = new Set(['教学', 'course']);

  it('drops frequent words from a multi-word query that has other words', () => {
    expect(planTerms(['数控', '教学'], frequent, 'relevance')).toEqual({ terms: ['数控'], dropped: ['教学'], sort: 'relevance' });
  });

  it('keeps a single frequent word and sends it down the recency path instead of ranking', () => {
    expect(planTerms(['教学'], frequent, 'relevance')).toEqual({ terms: ['教学'], dropped: [], sort: 'recent' });
    expect(planTerms(['course', '教学'], frequent, 'rating')).toEqual({ terms: ['course', '教学'], dropped: [], sort: 'rating' });
  });

  it('leaves queries without frequent words, and empty queries, as they are', () => {
    expect(planTerms(['cnc', 'lathe'], frequent, 'recent')).toEqual({ terms: ['cnc', 'lathe'], dropped: [], sort: 'recent' });
    expect(planTerms([], frequent, 'relevance')).toEqual({ terms: [], dropped: [], sort: 'relevance' });
  });
});
