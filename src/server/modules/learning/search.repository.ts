import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { SearchKind, SearchSort } from '../../../shared/contracts/learning/search.js';
import type { ResourceLevel } from '../../../shared/contracts/learning/resources.js';
import { tsvectorText, type WeightedTokens } from './domain/search-document.js';
import { facetToken } from './domain/tsquery.js';
import { publicationMonthToken } from './domain/recency-window.js';
import { searchDocuments } from './learning.tables.js';

/**
 * One document of the shared search index. Courses and textbooks use it too: `type` is the
 * resource type, or 'course' / 'textbook'; `visibilityTokens` (also inside `tokens.d`) are what a
 * reader must hold one of (see `readerTokens` in use-cases/search-resources.ts). The `~kind:`
 * token is added here, so the kind facet filters inside the same GIN probe.
 */
export type SearchDocumentInput = {
  kind: SearchKind;
  entityId: string;
  tokens: WeightedTokens;
  titleText: string;
  title: Record<string, string>;
  body: string;
  type: string;
  level: ResourceLevel;
  language: string;
  categoryCodes: string[];
  programCodes: string[];
  providerKinds: string[];
  visibilityTokens: string[];
  rating: number | null;
  publishedAt: Date;
};

const DOCUMENT_BATCH = 1000;

/**
 * A batch travels as ONE text parameter per column, values joined by U+001E and list elements
 * by U+001F, split again by string_to_array and zipped by unnest: the JSON of whole rows (and
 * node-postgres' escaping of array parameters) cost more on both sides than the rows' values.
 * Display text may hold those characters (a pasted description): they become spaces; titles go
 * as JSON, which escapes them; segmented words and facet tokens hold only letters, digits and
 * the token punctuation.
 */
const RECORD_SEPARATOR = '\u001e';
const LIST_SEPARATOR = '\u001f';
// eslint-disable-next-line no-control-regex -- the separators themselves
const SEPARATORS = /[\u001e\u001f]/g;

const plainText = (value: string) => value.replace(SEPARATORS, ' ');
/** Each value preceded by the separator, so a batch of one empty value still splits into one row. */
const joinedValues = (values: readonly (string | null)[]) => values.map((value) => RECORD_SEPARATOR + (value === null ? '' : plainText(value))).join('');
const joinedLists = (lists: readonly (readonly string[])[]) => lists.map((list) => RECORD_SEPARATOR + list.map(plainText).join(LIST_SEPARATOR)).join('');
/** A joined column split back into one value per row; `nullable`: '' is null. */
const splitColumn = (joined: string, nullable = false) => (nullable ? sql`(string_to_array(${joined}::text, chr(30), ''))[2:]` : sql`(string_to_array(${joined}::text, chr(30)))[2:]`);
/** A list column's row value back into an array ('' is the empty list). */
const listOf = (name: string) => sql.raw(`string_to_array(u.${name}, chr(31))`);

/** The document's weighted `tsv` text with its `~kind:` and publication-month tokens. */
function documentTsv(input: SearchDocumentInput): string {
  return tsvectorText({ ...input.tokens, d: [...input.tokens.d, facetToken('kind', input.kind), publicationMonthToken(input.publishedAt)] });
}

/**
 * Puts documents into the index (insert or replace), a batch per statement (the publishing
 * transaction, bulk indexing and re-indexing use the same path).
 */
export async function upsertSearchDocuments(db: DbOrTx, inputs: readonly SearchDocumentInput[]): Promise<void> {
  for (let start = 0; start < inputs.length; start += DOCUMENT_BATCH) {
    const batch = inputs.slice(start, start + DOCUMENT_BATCH);
    const column = (pick: (input: SearchDocumentInput) => string) => splitColumn(joinedValues(batch.map(pick)));
    const list = (pick: (input: SearchDocumentInput) => readonly string[]) => splitColumn(joinedLists(batch.map(pick)));
    await db.execute(sql`
      insert into learning.search_documents (kind, entity_id, tsv, title_text, title, body, type, level, language, category_codes, program_codes, provider_kinds, visibility_tokens, rating, published_at)
      select u.kind, u.entity_id::uuid, u.tsv::tsvector, u.title_text, u.title::jsonb, u.body, u.type, u.level, u.language, ${listOf('category_codes')}, ${listOf('program_codes')}, ${listOf('provider_kinds')},
        ${listOf('visibility_tokens')}, u.rating::real, u.published_at::timestamptz
      from unnest(${column((input) => input.kind)}, ${column((input) => input.entityId)}, ${column(documentTsv)}, ${column((input) => input.titleText)}, ${column((input) => JSON.stringify(input.title))},
        ${column((input) => input.body)}, ${column((input) => input.type)}, ${column((input) => input.level)}, ${column((input) => input.language)}, ${list((input) => input.categoryCodes)},
        ${list((input) => input.programCodes)}, ${list((input) => input.providerKinds)}, ${list((input) => input.visibilityTokens)}, ${splitColumn(joinedValues(batch.map((input) => (input.rating === null ? null : String(input.rating)))), true)},
        ${column((input) => input.publishedAt.toISOString())})
        as u(kind, entity_id, tsv, title_text, title, body, type, level, language, category_codes, program_codes, provider_kinds, visibility_tokens, rating, published_at)
      on conflict (kind, entity_id) do update set tsv = excluded.tsv, title_text = excluded.title_text, title = excluded.title, body = excluded.body, type = excluded.type, level = excluded.level,
        language = excluded.language, category_codes = excluded.category_codes, program_codes = excluded.program_codes, provider_kinds = excluded.provider_kinds,
        visibility_tokens = excluded.visibility_tokens, rating = excluded.rating, published_at = excluded.published_at`);
  }
}

export async function upsertSearchDocument(db: DbOrTx, input: SearchDocumentInput): Promise<void> {
  await upsertSearchDocuments(db, [input]);
}

export async function deleteSearchDocument(db: DbOrTx, kind: SearchKind, entityId: string): Promise<void> {
  await db.delete(searchDocuments).where(and(eq(searchDocuments.kind, kind), eq(searchDocuments.entityId, entityId)));
}

export async function setSearchRating(db: DbOrTx, kind: SearchKind, entityId: string, rating: number | null): Promise<void> {
  await db.update(searchDocuments).set({ rating }).where(and(eq(searchDocuments.kind, kind), eq(searchDocuments.entityId, entityId)));
}

export type SearchPlan = {
  /** tsquery text (terms, facet and visibility tokens), undefined = no restriction */
  tsquery: string | undefined;
  /** relevance ranking (two-phase) when the query has words; otherwise the sort below */
  isRanked: boolean;
  sort: SearchSort;
  limit: number;
  offset: number;
  /** Phase one of relevance ranking: how many matches are ranked (performance-notes.md). */
  candidateLimit: number;
  /** Matches counted for the total and the facets. */
  countLimit: number;
  /**
   * Recency and rating sorts: true when the matches are known to be dense (the count reached
   * `countLimit`): the page is looked for among the newest (best rated) `walkLimit` documents
   * by walking the sort index, which finds it after a few rows — and stops after `walkLimit`
   * rows (fewer hits than `limit`) when the filters exclude most documents, instead of walking
   * hundreds of thousands of index entries for a rare combination. False: the database
   * collects the matches from the GIN first and sorts only those.
   */
  isDense: boolean;
  walkLimit: number;
  /**
   * findMatchPage of a broad query: the matches among the table's first `sampleRows` documents
   * (a bounded sequential read) instead of a GIN probe (see domain/query-plan.ts sampleRowsFor).
   */
  sampleRows: number | undefined;
  /**
   * The selective part of `tsquery` (its rarer lexemes), which alone goes to the GIN; rows it
   * finds are checked against the whole `tsquery`. A GIN probe costs per document of the
   * posting lists it merges, so frequent facet and visibility tokens are cheaper as a check.
   * Undefined: `tsquery` goes to the GIN whole.
   */
  indexQuery?: string | undefined;
};

export type HitRow = {
  kind: SearchKind;
  entity_id: string;
  title: Record<string, string>;
  body: string;
  type: string;
  level: string;
  language: string;
  program_codes: string[];
  provider_kinds: string[];
  published_at: Date | string;
  rating: number | null;
};

const hitColumns = sql.raw('kind, entity_id, title, body, type, level, language, program_codes, provider_kinds, published_at, rating');

function matchClause(tsquery: string | undefined, indexQuery?: string): SQL {
  if (tsquery === undefined) return sql`true`;
  // `is true` keeps the whole query from being an index condition
  return indexQuery === undefined ? sql`tsv @@ ${tsquery}::tsquery` : sql`tsv @@ ${indexQuery}::tsquery and (tsv @@ ${tsquery}::tsquery) is true`;
}

export async function findHits(db: DbOrTx, plan: SearchPlan): Promise<HitRow[]> {
  const where = matchClause(plan.tsquery, plan.indexQuery);
  if (plan.isRanked && plan.tsquery !== undefined) {
    // two-phase: take the first matches from the GIN index, rank only those
    const result = await db.execute<HitRow>(sql`
      with candidates as (select * from learning.search_documents where ${where} limit ${plan.candidateLimit})
      select ${hitColumns} from candidates
      order by ts_rank(tsv, ${plan.tsquery}::tsquery) desc, published_at desc, entity_id
      limit ${plan.limit} offset ${plan.offset}`);
    return result.rows;
  }
  const order = plan.sort === 'rating' ? sql`rating desc nulls last, published_at desc, entity_id` : sql`published_at desc, entity_id`;
  if (plan.tsquery === undefined) {
    const result = await db.execute<HitRow>(sql`select ${hitColumns} from learning.search_documents order by ${order} limit ${plan.limit} offset ${plan.offset}`);
    return result.rows;
  }
  if (plan.isDense) {
    // the subquery's LIMIT bounds the walk; the outer one stops it at the page
    const result = await db.execute<HitRow>(sql`
      select ${hitColumns} from (select * from learning.search_documents order by ${order} limit ${plan.walkLimit}) newest
      where ${where} order by ${order} limit ${plan.limit} offset ${plan.offset}`);
    return result.rows;
  }
  const result = await db.execute<HitRow>(sql`
    with matches as materialized (select kind, entity_id, published_at, rating from learning.search_documents where ${where}),
    page as (select kind, entity_id from matches order by ${order} limit ${plan.limit} offset ${plan.offset})
    select ${hitColumns} from learning.search_documents where (kind, entity_id) in (select kind, entity_id from page) order by ${order}`);
  return result.rows;
}

export type FacetRow = { facet: 'kind' | 'type' | 'level' | 'language' | 'category' | 'provider' | 'total'; value: string; count: number };

export type MatchPage = {
  /** Total and facet counts over the first `countLimit` matches. */
  facets: FacetRow[];
  /**
   * The page: ranked among the first `candidateLimit` matches when the plan is ranked; else in
   * the plan's sort order among the first `countLimit` matches — every match unless the count
   * reached `countLimit` (then use findHits with `isDense`, which walks the sort index).
   */
  hits: HitRow[];
};

/**
 * Facet counts and a page of hits from one GIN probe (or a bounded sample, `sampleRows`): the first `countLimit` matches are
 * collected once (with ts_rank for the first `candidateLimit` of them when ranked), counted by
 * facet, and the page's rows fetched by key.
 */
export async function findMatchPage(db: DbOrTx, plan: SearchPlan): Promise<MatchPage> {
  const isRanked = plan.isRanked && plan.tsquery !== undefined;
  const rank = isRanked ? sql`case when row_number() over () <= ${plan.candidateLimit} then ts_rank(tsv, ${plan.tsquery}::tsquery) end` : sql`null::real`;
  const sortOrder = plan.sort === 'rating' ? sql`rating desc nulls last, published_at desc, entity_id` : sql`published_at desc, entity_id`;
  const pageOrder = isRanked ? sql`rank desc, published_at desc, entity_id` : sortOrder;
  const result = await db.execute<{ facets: FacetRow[]; hits: HitRow[] }>(sql`
    with m as materialized (
      select kind, entity_id, type, level, language, category_codes, provider_kinds, published_at, rating, ${rank} as rank
      from ${plan.sampleRows === undefined ? sql`learning.search_documents` : sql`(select * from learning.search_documents limit ${plan.sampleRows}) sample`}
      where ${matchClause(plan.tsquery, plan.indexQuery)} limit ${plan.countLimit}),
    f as (
      select 'total' as facet, '' as value, count(*)::int as count from m
      union all select 'kind', kind, count(*)::int from m group by kind
      union all select 'type', type, count(*)::int from m group by type
      union all select 'level', level, count(*)::int from m group by level
      union all select 'language', language, count(*)::int from m group by language
      union all select 'category', c, count(*)::int from m, unnest(category_codes) c group by c
      union all select 'provider', p, count(*)::int from m, unnest(provider_kinds) p group by p),
    page as (
      select kind, entity_id, row_number() over (order by ${pageOrder}) as position
      from m ${isRanked ? sql`where rank is not null` : sql``} order by ${pageOrder} limit ${plan.limit} offset ${plan.offset})
    select
      (select coalesce(json_agg(f), '[]'::json) from f) as facets,
      (select coalesce(json_agg(h order by h.position), '[]'::json) from (
        select d.kind, d.entity_id, d.title, d.body, d.type, d.level, d.language, d.program_codes, d.provider_kinds, d.published_at, d.rating, page.position
        from page join learning.search_documents d on d.kind = page.kind and d.entity_id = page.entity_id) h) as hits`);
  const row = result.rows[0];
  return { facets: row?.facets ?? [], hits: (row?.hits ?? []).map(({ kind, entity_id, title, body, type, level, language, program_codes, provider_kinds, published_at, rating }) => ({ kind, entity_id, title, body, type, level, language, program_codes, provider_kinds, published_at, rating })) };
}

/** The newest publication date in the index (where recency windows start), undefined when it is empty. */
export async function findNewestPublication(db: DbOrTx): Promise<Date | undefined> {
  const result = await db.execute<{ newest: Date | string | null }>(sql`select max(published_at) as newest from learning.search_documents`);
  const newest = result.rows[0]?.newest;
  return newest === null || newest === undefined ? undefined : new Date(newest);
}

/** Whether any document matches (the words of a query without its filters, say). */
export async function hasMatch(db: DbOrTx, tsquery: string | undefined): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`select exists (select 1 from learning.search_documents where ${matchClause(tsquery)}) as found`);
  return result.rows[0]?.found === true;
}

/** Names similar to `text` (pg_trgm), among documents the filter query admits. */
export async function findFuzzyHits(db: DbOrTx, text: string, filterQuery: string | undefined, limit: number): Promise<HitRow[]> {
  const result = await db.execute<HitRow>(sql`
    select ${hitColumns} from learning.search_documents
    where ${matchClause(filterQuery)} and title_text % ${text}
    order by similarity(title_text, ${text}) desc, published_at desc
    limit ${limit}`);
  return result.rows;
}

/** What findLexemeShares returns. */
export type LexemeSample = {
  /** The documents in the index (the planner's estimate; below `minDocuments`, counted up to it). */
  documents: number;
  /** Lexeme → share of the sampled documents holding it; empty below `minDocuments`. */
  shares: ReadonlyMap<string, number>;
};

/**
 * The share of documents holding each lexeme (words and facet tokens) held by at least
 * `minShare` of them, estimated from a sample of about `sampleSize` documents (ts_stat over a
 * block sample); empty while the index holds fewer than `minDocuments`, where a share says little.
 */
export async function findLexemeShares(db: DbOrTx, minShare: number, sampleSize = 20_000, minDocuments = 2_000): Promise<LexemeSample> {
  const estimate = await db.execute<{ n: number }>(sql`select greatest(reltuples, 0)::float8 as n from pg_class where oid = 'learning.search_documents'::regclass`);
  let documents = Number(estimate.rows[0]?.n ?? 0);
  if (documents < minDocuments) {
    const counted = await db.execute<{ n: number }>(sql`select count(*)::int as n from (select 1 from learning.search_documents limit ${minDocuments}) x`);
    documents = Number(counted.rows[0]?.n ?? 0);
    if (documents < minDocuments) return { documents, shares: new Map() };
  }
  const percent = Math.min(100, (sampleSize / documents) * 100).toFixed(4);
  const sample = `select tsv from learning.search_documents tablesample system (${percent}) repeatable (1)`;
  const result = await db.execute<{ word: string; share: number }>(sql`
    with s as (select count(*)::float8 as n from learning.search_documents tablesample system (${sql.raw(percent)}) repeatable (1))
    select word, ndoc / s.n as share from ts_stat(${sample}), s where ndoc >= ${minShare} * s.n`);
  return { documents, shares: new Map(result.rows.map((row) => [row.word, Number(row.share)])) };
}
