import { describe, expect, it } from 'vitest';
import { buildTsQuery, withAnyOf } from './tsquery.js';
import { checkedShare, estimateShare, indexParts, mayBeMisspelt, MIN_SAMPLED_SHARE, planTerms, isLikelyDense, isWalkLikelyToFill, sampleRowsFor, windowIndexParts } from './query-plan.js';

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

describe('broad queries', () => {
  const shares = new Map([['本资源', 0.8], ['~lang:zh-CN', 0.8], ['~provider:enterprise', 0.15], ['~vis:public', 0.5]]);

  it('estimates a share from sampled shares, unsampled lexemes as the minimum, alternatives summed', () => {
    expect(estimateShare(['本资源', '~lang:zh-CN'], ['~vis:public', '~vis:college:X'], shares)).toBeCloseTo(0.8 * 0.8 * (0.5 + MIN_SAMPLED_SHARE));
    expect(estimateShare(['数控编程'], undefined, shares)).toBe(MIN_SAMPLED_SHARE);
    expect(estimateShare([], ['~vis:public', '本资源'], shares)).toBe(1);
  });

  it('samples only broad queries, enough rows for the wanted matches, within a bound', () => {
    const options = { minShare: 0.02, matches: 400, maxRows: 30_000 };
    expect(sampleRowsFor(0.01, options)).toBeUndefined();
    expect(sampleRowsFor(0.1, options)).toBe(4000);
    expect(sampleRowsFor(0.02, options)).toBe(20_000);
    expect(sampleRowsFor(0.021, { ...options, maxRows: 10_000 })).toBe(10_000);
  });

  it('probes the GIN with the rarer lexemes only when they find few rows, and keeps a known last word exact', () => {
    const withRare = new Map([...shares, ['~type:h5', 0.008]]);
    const parts = { terms: ['本资源', '数控编程'], required: ['~type:h5', '~lang:zh-CN'], anyOf: ['~vis:public', '~vis:college:X'] };
    expect(indexParts(parts, withRare)).toEqual({ terms: ['数控编程'], required: ['~type:h5'], anyOf: undefined, isLastPrefix: true });
    expect(indexParts({ ...parts, terms: ['数控编程', '本资源'] }, withRare)?.isLastPrefix).toBe(false);
    // the rarer part alone (provider 15 %) would find too many rows to check: the whole query goes to the GIN
    expect(indexParts({ terms: ['本资源'], required: ['~provider:enterprise'], anyOf: undefined }, shares)).toBeUndefined();
    expect(indexParts({ terms: ['数控编程'], required: [], anyOf: undefined }, shares)).toBeUndefined();
  });

  it('counts words typed together as their rarest one: a phrase is not a product of its words', () => {
    const phrase = new Map([...shares, ['虚拟仿真', 0.048], ['实训', 0.15], ['~type:video', 0.31], ['~level:higher', 0.55]]);
    expect(checkedShare(['虚拟仿真', '实训'], [], undefined, phrase)).toBeCloseTo(0.048);
    expect(checkedShare(['虚拟仿真'], ['~type:h5'], undefined, new Map([...phrase, ['~type:h5', 0.1]]))).toBeCloseTo(0.0048);
    // 4.8 % of the documents to check: the GIN merges the facets too
    expect(indexParts({ terms: ['虚拟仿真', '实训'], required: ['~type:video', '~level:higher'], anyOf: undefined }, phrase)).toBeUndefined();
  });

  it("probes a recency window with its rare months and the query's rarer words, the frequent facets and the visibility group checked on the rows", () => {
    const phrase = new Map([...shares, ['虚拟仿真', 0.048], ['实训', 0.15], ['~type:video', 0.31], ['~level:higher', 0.55], ['~vis:public', 0.92], ['~pm:202611', 0.0105]]);
    const parts = { terms: ['虚拟仿真', '实训'], required: ['~type:video', '~level:higher'], anyOf: ['~vis:public', '~vis:college:X'], isLastPrefix: false };
    // the query alone has no selective part (4.8 % to check, as above); with three months of ~1 % each it does
    expect(indexParts(parts, phrase)).toBeUndefined();
    const months = ['~pm:202611', '~pm:202610', '~pm:202609'];
    const selective = windowIndexParts(parts, months, phrase);
    expect(selective).toEqual({ terms: ['虚拟仿真', '实训'], required: [], anyOf: months, isLastPrefix: false });
    // a part of the window's query (every clause one of its clauses), so the rows it finds, checked against the whole, are exact
    const windowClauses = withAnyOf(buildTsQuery(parts), months).split(' & ');
    for (const clause of buildTsQuery(selective!)!.split(' & ')) expect(windowClauses).toContain(clause);
    // a window of 36 months (~38 %) is no longer rare: the window's whole query goes to the GIN
    const years = Array.from({ length: 36 }, (_, back) => `~pm:m${back}`);
    expect(windowIndexParts(parts, years, new Map([...phrase, ...years.map((month) => [month, 0.0105] as const)]))).toBeUndefined();
    // every lexeme rare: nothing to leave out, the whole query goes to the GIN
    expect(windowIndexParts({ terms: ['数控编程'], required: [], anyOf: undefined }, months, phrase)).toBeUndefined();
    expect(windowIndexParts(parts, [], phrase)).toBeUndefined();
  });

  it('takes words the sample holds for rightly spelt, any other word for possibly misspelt', () => {
    expect(mayBeMisspelt(['本资源'], shares)).toBe(false);
    expect(mayBeMisspelt(['本资源', '数控编呈'], shares)).toBe(true);
    // an index too small to sample: every word may be misspelt
    expect(mayBeMisspelt(['本资源'], new Map())).toBe(true);
  });
});

describe('isWalkLikelyToFill', () => {
  it('walks the newest documents only when they should hold twice the page', () => {
    // 1 % of 5,000 documents: 50 expected matches, a page of 20 needs 40
    expect(isWalkLikelyToFill(0.01, 5000, 20)).toBe(true);
    expect(isWalkLikelyToFill(0.0079, 5000, 20)).toBe(false);
    expect(isWalkLikelyToFill(0.008, 5000, 20)).toBe(true);
    expect(isWalkLikelyToFill(0.01, 5000, 50)).toBe(false);
  });
});

describe('isLikelyDense', () => {
  it('looks for the page apart from the facet count when twice the count window is expected', () => {
    expect(isLikelyDense(0.002, 1_000_000, 1000)).toBe(true);
    expect(isLikelyDense(0.0019, 1_000_000, 1000)).toBe(false);
    // a small index is never dense
    expect(isLikelyDense(1, 1999, 1000)).toBe(false);
  });
});
