import type { Actor } from '../../../platform/authz/actor.js';
import { requireAuthenticated, type ScopeFilter } from '../../../platform/authz/policy.js';
import { resourceLevelSchema } from '../../../../shared/contracts/learning/resources.js';
import type { FacetCount, SearchHit, SearchQuery, SearchResult } from '../../../../shared/contracts/learning/search.js';
import { highlightParts, snippetParts } from '../domain/highlight.js';
import { segmentQuery } from '../domain/segment.js';
import { buildTsQuery, facetToken, withAnyOf, type TsQueryParts } from '../domain/tsquery.js';
import { learningPermissions } from '../policies.js';
import { estimateShare, FREQUENT_SHARE, indexParts, isLikelyDense, isWalkLikelyToFill, mayBeMisspelt, MIN_SAMPLED_SHARE, planTerms, sampleRowsFor, windowIndexParts } from '../domain/query-plan.js';
import { RECENCY_WINDOWS_MONTHS, recentMonthTokens } from '../domain/recency-window.js';
import { findLexemeShares, findFuzzyHits, findHits, findMatchPage, findNewestPublication, hasMatch, type FacetRow, type HitRow, type LexemeSample, type SearchPlan } from '../search.repository.js';
import { listClassIdsOfMember } from '../courses.repository.js';
import type { LearningDeps } from './learning-deps.js';

/** Phase one of relevance ranking and the facet-count window (performance-notes.md: two-phase ranking). */
export const CANDIDATE_LIMIT = 2000;
export const COUNT_LIMIT = 1000;
/** How many of the newest (best rated) documents a dense recency (rating) page is looked for in. */
export const DENSE_WALK_LIMIT = 5000;
const FUZZY_MIN_LENGTH = 3;
/** How long a lexeme-share sample is used before it is taken again. */
const LEXEME_SHARES_TTL_MS = 10 * 60_000;

/** A broad query's sample (see sampleRowsFor): queries matching at least this share, enough rows for this many matches, at most this many rows. */
const BROAD_QUERY = { minShare: 0.004, matches: 600, maxRows: 30_000 };
/** Fewer matches than this in a broad query's sample: the estimate was wrong (lexemes that rarely meet), ask the GIN. */
const MIN_SAMPLE_MATCHES = 50;

type CachedSample = { at: number; sample: Promise<LexemeSample> };
const lexemeSamplesByDb = new WeakMap<object, CachedSample>();

/** The index's lexeme shares, sampled at most every LEXEME_SHARES_TTL_MS; a stale sample serves while the next is taken. */
function lexemeSampleOf(deps: LearningDeps): Promise<LexemeSample> {
  const now = deps.now().getTime();
  const cached = lexemeSamplesByDb.get(deps.db);
  if (cached && now - cached.at < LEXEME_SHARES_TTL_MS) return cached.sample;
  const fresh = findLexemeShares(deps.db, MIN_SAMPLED_SHARE);
  if (!cached) {
    lexemeSamplesByDb.set(deps.db, { at: now, sample: fresh });
    fresh.catch(() => lexemeSamplesByDb.delete(deps.db));
    return fresh;
  }
  cached.at = now;
  fresh.then(
    (sample) => lexemeSamplesByDb.set(deps.db, { at: now, sample: Promise.resolve(sample) }),
    () => lexemeSamplesByDb.delete(deps.db),
  );
  return cached.sample;
}

/** The visibility tokens a reader holds: public, plus every college, province and enterprise they reach. */
export function readerTokens(filter: ScopeFilter): string[] | undefined {
  if (filter.kind === 'all') return undefined;
  return [
    facetToken('vis', 'public'),
    ...filter.colleges.map((id) => facetToken('vis', `college:${id}`)),
    ...filter.provinces.map((code) => facetToken('vis', `province:${code}`)),
    ...filter.enterprises.map((id) => facetToken('vis', `enterprise:${id}`)),
  ];
}

function facetFilters(query: SearchQuery): string[] {
  const tokens: string[] = [];
  if (query.kind) tokens.push(facetToken('kind', query.kind));
  if (query.type) tokens.push(facetToken('type', query.type));
  if (query.level) tokens.push(facetToken('level', query.level));
  if (query.language) tokens.push(facetToken('lang', query.language));
  if (query.category) tokens.push(facetToken('cat', query.category));
  if (query.provider) tokens.push(facetToken('provider', query.provider));
  return tokens;
}

function displayTitle(title: Record<string, string>, locale: string): string {
  return title[locale] || title['zh-CN'] || title.en || Object.values(title).find((text) => text.length > 0) || '';
}

function presentHit(row: HitRow, terms: readonly string[], locale: string): SearchHit {
  return {
    kind: row.kind,
    id: row.entity_id,
    type: row.type,
    title: row.title,
    titleParts: highlightParts(displayTitle(row.title, locale), terms),
    snippet: snippetParts(row.body, terms),
    level: resourceLevelSchema.parse(row.level),
    language: row.language,
    programCodes: row.program_codes,
    providerKinds: row.provider_kinds,
    publishedAt: new Date(row.published_at).toISOString(),
    rating: row.rating,
  };
}

type Facets = SearchResult['facets'];
function toFacets(rows: readonly FacetRow[]): { total: number; facets: Facets } {
  const facets: Facets = { kind: [], type: [], category: [], level: [], language: [], provider: [] };
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') total = row.count;
    else facets[row.facet].push({ value: row.value, count: row.count });
  }
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
  for (const list of Object.values(facets)) list.sort(byCount);
  return { total, facets };
}

const facetTotal = (rows: readonly FacetRow[]) => rows.find((row) => row.facet === 'total')?.count ?? 0;

function facetsOfHits(hits: readonly HitRow[]): FacetRow[] {
  const rows: FacetRow[] = [{ facet: 'total', value: '', count: hits.length }];
  const add = (facet: FacetRow['facet'], value: string) => {
    const existing = rows.find((row) => row.facet === facet && row.value === value);
    if (existing) existing.count += 1;
    else rows.push({ facet, value, count: 1 });
  };
  for (const hit of hits) {
    add('kind', hit.kind);
    add('type', hit.type);
    add('level', hit.level);
    add('language', hit.language);
    for (const kind of hit.provider_kinds) add('provider', kind);
  }
  return rows;
}

/** What the plan was built from, for the recency windows' own index parts (windowIndexParts). */
type PlanSource = { parts: TsQueryParts; shares: ReadonlyMap<string, number> };

/**
 * A page of dense matches (the count window filled) newest or best rated first: the sort index
 * walked over the first DENSE_WALK_LIMIT documents (bounded, see SearchPlan.isDense) when
 * they should hold the page (`isWalkWorthwhile`, see isWalkLikelyToFill); for
 * recency then the newest months' matches in widening windows (domain/recency-window.ts), so
 * the database sorts a few hundred matches, not every one, each window's rare months probed
 * with the query's rarer lexemes (windowIndexParts); else every match sorted.
 */
async function findDenseHits(deps: LearningDeps, plan: SearchPlan, isWalkWorthwhile: boolean, source: PlanSource): Promise<HitRow[]> {
  if (isWalkWorthwhile) {
    const walked = await findHits(deps.db, { ...plan, isDense: true });
    if (walked.length === plan.limit) return walked;
  }
  if (plan.sort === 'recent') {
    const newest = await findNewestPublication(deps.db);
    const windows = newest === undefined ? [] : RECENCY_WINDOWS_MONTHS.map((months) => recentMonthTokens(newest, months));
    for (const months of windows) {
      const selective = windowIndexParts(source.parts, months, source.shares);
      const indexQuery = selective !== undefined ? buildTsQuery(selective) : plan.indexQuery === undefined ? undefined : withAnyOf(plan.indexQuery, months);
      const hits = await findHits(deps.db, { ...plan, tsquery: withAnyOf(plan.tsquery, months), indexQuery });
      if (hits.length === plan.limit) return hits;
    }
  }
  return findHits(deps.db, plan);
}

/**
 * Search over what the reader may see: words (segmented like the index), facets as tokens in
 * the same GIN probe, relevance in two phases, and fuzzy title matching when no word matched.
 */
export async function searchResources(deps: LearningDeps, actor: Actor, query: SearchQuery): Promise<SearchResult> {
  requireAuthenticated(actor);
  const scopeTokens = readerTokens(deps.authz.scopeFilter(actor, learningPermissions.readResources));
  // a reader also finds the courses published to the classes they belong to (indexed as vis:class:<id>)
  const classTokens = scopeTokens && actor.kind === 'user' ? (await listClassIdsOfMember(deps.db, actor.userId)).map((id) => facetToken('vis', `class:${id}`)) : [];
  const anyOf = scopeTokens ? [...scopeTokens, ...classTokens] : undefined;
  const terms = segmentQuery(query.q);
  const { documents, shares } = await lexemeSampleOf(deps);
  const frequent = new Set([...shares].filter(([lexeme, share]) => share > FREQUENT_SHARE && !lexeme.startsWith('~')).map(([lexeme]) => lexeme));
  const planned = planTerms(terms, frequent, query.sort);
  const required = facetFilters(query);
  const share = estimateShare([...planned.terms, ...required], anyOf, shares);
  // a last word the sample knows is a whole word, not a prefix typed so far
  const lastTerm = planned.terms[planned.terms.length - 1];
  const parts = { terms: planned.terms, required, anyOf, isLastPrefix: lastTerm === undefined || !shares.has(lastTerm) };
  const selective = indexParts(parts, shares);
  const plan: SearchPlan = {
    tsquery: buildTsQuery(parts),
    indexQuery: selective === undefined ? undefined : buildTsQuery(selective),
    isRanked: planned.sort === 'relevance' && planned.terms.length > 0,
    sort: planned.sort,
    limit: query.limit,
    offset: query.offset,
    candidateLimit: CANDIDATE_LIMIT,
    countLimit: COUNT_LIMIT,
    isDense: false,
    walkLimit: DENSE_WALK_LIMIT,
    sampleRows: sampleRowsFor(share, BROAD_QUERY),
  };
  // a sampled share says whether the newest documents hold a page; no sample: walk them
  const isWalkWorthwhile = shares.size === 0 || isWalkLikelyToFill(share, plan.walkLimit, plan.offset + plan.limit);
  // the page by recency or rating of what should be dense is looked for while the facets are
  // counted (used only if the count window does fill; a failure is the unused query's alone)
  const speculative = !plan.isRanked && isLikelyDense(share, documents, plan.countLimit) ? findDenseHits(deps, plan, isWalkWorthwhile, { parts, shares }) : undefined;
  speculative?.catch(() => undefined);
  // one GIN probe counts the facets and, ranked or with sparse matches, gives the page too
  let page = await findMatchPage(deps.db, plan);
  if (plan.sampleRows !== undefined && facetTotal(page.facets) < MIN_SAMPLE_MATCHES) page = await findMatchPage(deps.db, { ...plan, sampleRows: undefined });
  const isSampled = plan.sampleRows !== undefined && facetTotal(page.facets) >= MIN_SAMPLE_MATCHES;
  const facetRows = page.facets;
  const total = facetTotal(facetRows);
  // dense matches by recency or rating: a bounded walk of the sort index, recency windows (see findDenseHits)
  const hits = plan.isRanked || (total < plan.countLimit && !isSampled) ? page.hits : await (speculative ?? findDenseHits(deps, plan, isWalkWorthwhile, { parts, shares }));
  const counted = toFacets(facetRows);
  // fuzzy titles stand in for misspelt words, not for filters that exclude every match: words
  // found in some document make the empty result the answer (and spare a trigram scan). Words
  // the sample holds are no misspellings: no probe for them (mayBeMisspelt).
  const isFuzzy =
    counted.total === 0 &&
    terms.length > 0 &&
    query.q.length >= FUZZY_MIN_LENGTH &&
    query.offset === 0 &&
    mayBeMisspelt(planned.terms, shares) &&
    !(await hasMatch(deps.db, buildTsQuery({ terms: planned.terms, required: [], anyOf: undefined })));
  if (isFuzzy) {
    const fuzzy = await findFuzzyHits(deps.db, query.q, buildTsQuery({ terms: [], required, anyOf }), query.limit);
    const fuzzyFacets = toFacets(facetsOfHits(fuzzy));
    return { total: fuzzyFacets.total, isTotalCapped: false, hits: fuzzy.map((row) => presentHit(row, terms, actor.locale)), facets: fuzzyFacets.facets, terms, isFuzzy: true };
  }
  return { total: counted.total, isTotalCapped: isSampled || counted.total >= plan.countLimit, hits: hits.map((row) => presentHit(row, terms, actor.locale)), facets: counted.facets, terms, isFuzzy: false };
}
