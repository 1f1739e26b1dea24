import type { SearchSort } from '../../../../shared/contracts/learning/search.js';
import type { TsQueryParts } from './tsquery.js';

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

/** Lexemes (words and facet tokens) in at least this share of a sample are given a share; rarer ones count as this. */
export const MIN_SAMPLED_SHARE = 0.01;

/**
 * The share of documents a query of ANDed lexemes and one group of alternatives may match,
 * from sampled document shares, as if the lexemes were independent: a lexeme not in the
 * sample is rarer than MIN_SAMPLED_SHARE and counts as that (an upper bound).
 */
export function estimateShare(allOf: readonly string[], anyOf: readonly string[] | undefined, shares: ReadonlyMap<string, number>): number {
  const shareOf = (lexeme: string) => shares.get(lexeme) ?? MIN_SAMPLED_SHARE;
  let share = 1;
  for (const lexeme of allOf) share *= shareOf(lexeme);
  if (anyOf !== undefined) share *= Math.min(1, anyOf.reduce((sum, lexeme) => sum + shareOf(lexeme), 0));
  return share;
}

/**
 * A broad query (every lexeme frequent, so the GIN would walk posting lists of hundreds of
 * thousands of documents however few match together) is answered from a sample: the first
 * documents of the table, as many as should hold `matches` matches, at most `maxRows`.
 * Undefined: not broad, the GIN probe is cheap.
 */
export function sampleRowsFor(share: number, options: { minShare: number; matches: number; maxRows: number }): number | undefined {
  if (share < options.minShare) return undefined;
  return Math.min(options.maxRows, Math.ceil(options.matches / share));
}

/**
 * The share of documents an index probe would hand over to be checked: words typed together
 * usually occur together (虚拟仿真 and 实训, one phrase), so the words count as their rarest
 * one, not as independent; facet tokens as independent of each other (estimateShare). A
 * product of correlated words' shares would take a probe finding 5 % of the documents for
 * one finding 0.5 %.
 */
export function checkedShare(words: readonly string[], tokens: readonly string[], anyOf: readonly string[] | undefined, shares: ReadonlyMap<string, number>): number {
  const rarestWord = words.reduce((rarest, word) => Math.min(rarest, shares.get(word) ?? MIN_SAMPLED_SHARE), 1);
  return rarestWord * estimateShare(tokens, anyOf, shares);
}

/** Lexemes in at least this share of the documents are checked on the rows the GIN finds, not merged in it. */
export const INDEX_SHARE_LIMIT = 0.3;
/** ... provided the rest finds at most this share of the documents: a row checked costs more than a posting merged. */
export const MAX_CHECKED_SHARE = 0.01;

/**
 * The part of a query the GIN should probe: its lexemes (and its group of alternatives) rarer
 * than INDEX_SHARE_LIMIT; undefined when that is the whole query or nothing of it (then the
 * whole query goes to the GIN), or when the rarer part alone would find more than
 * MAX_CHECKED_SHARE of the documents to check. A last term that is itself a sampled word matches exactly
 * (`isLastPrefix` false): its prefix would merge every longer word's postings too.
 */
export function indexParts(parts: TsQueryParts, shares: ReadonlyMap<string, number>): TsQueryParts | undefined {
  const isRare = (lexeme: string) => (shares.get(lexeme) ?? 0) < INDEX_SHARE_LIMIT;
  const terms = parts.terms.filter(isRare);
  const required = parts.required.filter(isRare);
  const groupShare = parts.anyOf === undefined ? 0 : parts.anyOf.reduce((sum, lexeme) => sum + (shares.get(lexeme) ?? 0), 0);
  const anyOf = parts.anyOf !== undefined && groupShare < INDEX_SHARE_LIMIT ? parts.anyOf : undefined;
  const kept = terms.length + required.length + (anyOf === undefined ? 0 : 1);
  const all = parts.terms.length + parts.required.length + (parts.anyOf === undefined ? 0 : 1);
  if (kept === 0 || kept === all || checkedShare(terms, required, anyOf, shares) > MAX_CHECKED_SHARE) return undefined;
  const last = parts.terms[parts.terms.length - 1];
  return { terms, required, anyOf, isLastPrefix: parts.isLastPrefix !== false && last !== undefined && terms[terms.length - 1] === last };
}

/**
 * The part of a recency window's query (the query and the window's group of publication-month
 * tokens, each month ~1 % of the documents) the GIN should probe: indexParts with the month group
 * in place of the visibility group, which nearly every document passes and which is then checked
 * on the rows with the rest of the query. The rare months make a part selective that the query
 * alone could not have (its rarer words in 2 % of the documents, say): the probe no longer merges
 * the posting lists of the frequent facet and visibility tokens. Undefined (every lexeme rare,
 * or the part would still find too many rows to check): the window's whole query goes to the GIN.
 */
export function windowIndexParts(parts: TsQueryParts, months: readonly string[], shares: ReadonlyMap<string, number>): TsQueryParts | undefined {
  return months.length === 0 ? undefined : indexParts({ ...parts, anyOf: months }, shares);
}

/**
 * Whether a query's words may hold a misspelling (then fuzzy titles may stand in when nothing
 * matches): not when every word is one the sample holds, each in at least MIN_SAMPLED_SHARE of
 * the documents; a rarer word may be misspelt, or rightly spelt and rare (the database tells).
 */
export function mayBeMisspelt(terms: readonly string[], shares: ReadonlyMap<string, number>): boolean {
  return !terms.every((term) => shares.has(term));
}

/**
 * Whether walking the newest (best rated) `walkLimit` documents should find a page of `limit`
 * matches of a query estimated to match `share` of the documents (estimateShare): at least
 * twice the page expected among them. Else the walk reads its `walkLimit` rows for a short
 * page, and the query goes straight to the next way of finding it.
 */
export function isWalkLikelyToFill(share: number, walkLimit: number, limit: number): boolean {
  return share * walkLimit >= 2 * limit;
}

/**
 * Whether a query estimated to match `share` of `documents` (estimateShare) should fill the
 * count window of `countLimit` matches, so that its page by recency or rating is looked for
 * apart from the facet count (a dense page): at least twice the window expected.
 */
export function isLikelyDense(share: number, documents: number, countLimit: number): boolean {
  return share * documents >= 2 * countLimit;
}
