import type { Actor } from '../../../platform/authz/actor.js';
import { requireAuthenticated, type ScopeFilter } from '../../../platform/authz/policy.js';
import { resourceLevelSchema } from '../../../../shared/contracts/learning/resources.js';
import type { FacetCount, SearchHit, SearchQuery, SearchResult } from '../../../../shared/contracts/learning/search.js';
import { highlightParts, snippetParts } from '../domain/highlight.js';
import { segmentQuery } from '../domain/segment.js';
import { buildTsQuery, facetToken } from '../domain/tsquery.js';
import { learningPermissions } from '../policies.js';
import { FREQUENT_SHARE, planTerms } from '../domain/query-plan.js';
import { findFrequentTerms, findFuzzyHits, findHits, findMatchPage, hasMatch, type FacetRow, type HitRow, type SearchPlan } from '../search.repository.js';
import { listClassIdsOfMember } from '../courses.repository.js';
import type { LearningDeps } from './learning-deps.js';

/** Phase one of relevance ranking and the facet-count window (performance-notes.md: two-phase ranking). */
export const CANDIDATE_LIMIT = 2000;
export const COUNT_LIMIT = 10_000;
const FUZZY_MIN_LENGTH = 3;
/** How long a sampled set of frequent words is used before it is sampled again. */
const FREQUENT_TERMS_TTL_MS = 10 * 60_000;

type FrequentTerms = { at: number; terms: Promise<ReadonlySet<string>> };
const frequentTermsByDb = new WeakMap<object, FrequentTerms>();

/** The index's frequent words, sampled at most every FREQUENT_TERMS_TTL_MS; a stale set serves while the next sample is taken. */
function frequentTermsOf(deps: LearningDeps): Promise<ReadonlySet<string>> {
  const now = deps.now().getTime();
  const cached = frequentTermsByDb.get(deps.db);
  if (cached && now - cached.at < FREQUENT_TERMS_TTL_MS) return cached.terms;
  const fresh = findFrequentTerms(deps.db, FREQUENT_SHARE);
  if (!cached) {
    const entry = { at: now, terms: fresh };
    frequentTermsByDb.set(deps.db, entry);
    fresh.catch(() => frequentTermsByDb.delete(deps.db));
    return fresh;
  }
  cached.at = now;
  fresh.then(
    (terms) => frequentTermsByDb.set(deps.db, { at: now, terms: Promise.resolve(terms) }),
    () => frequentTermsByDb.delete(deps.db),
  );
  return cached.terms;
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
  const planned = planTerms(terms, terms.length > 0 ? await frequentTermsOf(deps) : new Set(), query.sort);
  const required = facetFilters(query);
  const plan: SearchPlan = {
    tsquery: buildTsQuery({ terms: planned.terms, required, anyOf }),
    isRanked: planned.sort === 'relevance' && planned.terms.length > 0,
    sort: planned.sort,
    limit: query.limit,
    offset: query.offset,
    candidateLimit: CANDIDATE_LIMIT,
    countLimit: COUNT_LIMIT,
    isDense: false,
  };
  // one GIN probe counts the facets and, ranked or with sparse matches, gives the page too
  const page = await findMatchPage(deps.db, plan);
  const facetRows = page.facets;
  const total = facetRows.find((row) => row.facet === 'total')?.count ?? 0;
  // dense matches by recency or rating: walk the sort index (see SearchPlan.isDense)
  const hits = plan.isRanked || total < COUNT_LIMIT ? page.hits : await findHits(deps.db, { ...plan, isDense: true });
  const counted = toFacets(facetRows);
  // fuzzy titles stand in for misspelt words, not for filters that exclude every match: words
  // found in some document make the empty result the answer (and spare a trigram scan)
  const isFuzzy =
    counted.total === 0 && terms.length > 0 && query.q.length >= FUZZY_MIN_LENGTH && query.offset === 0 && !(await hasMatch(deps.db, buildTsQuery({ terms: planned.terms, required: [], anyOf: undefined })));
  if (isFuzzy) {
    const fuzzy = await findFuzzyHits(deps.db, query.q, buildTsQuery({ terms: [], required, anyOf }), query.limit);
    const fuzzyFacets = toFacets(facetsOfHits(fuzzy));
    return { total: fuzzyFacets.total, isTotalCapped: false, hits: fuzzy.map((row) => presentHit(row, terms, actor.locale)), facets: fuzzyFacets.facets, terms, isFuzzy: true };
  }
  return { total: counted.total, isTotalCapped: counted.total >= COUNT_LIMIT, hits: hits.map((row) => presentHit(row, terms, actor.locale)), facets: counted.facets, terms, isFuzzy: false };
}
