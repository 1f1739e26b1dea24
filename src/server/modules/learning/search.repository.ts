import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { SearchKind, SearchSort } from '../../../shared/contracts/learning/search.js';
import type { ResourceLevel } from '../../../shared/contracts/learning/resources.js';
import { tsvectorText, type WeightedTokens } from './domain/search-document.js';
import { facetToken } from './domain/tsquery.js';
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

const documentColumns = sql.raw('kind, entity_id, tsv, title_text, title, body, type, level, language, category_codes, program_codes, provider_kinds, visibility_tokens, rating, published_at');
const DOCUMENT_BATCH = 1000;

/**
 * Puts documents into the index (insert or replace), a batch per statement: one JSON parameter
 * carrying each document's weighted `tsv` as tsvector text (see tsvectorText) and its columns
 * (the publishing transaction and bulk re-indexing use the same path).
 */
export async function upsertSearchDocuments(db: DbOrTx, inputs: readonly SearchDocumentInput[]): Promise<void> {
  for (let start = 0; start < inputs.length; start += DOCUMENT_BATCH) {
    const batch = inputs.slice(start, start + DOCUMENT_BATCH).map((input) => ({
      kind: input.kind,
      entity_id: input.entityId,
      tsv: tsvectorText({ ...input.tokens, d: [...input.tokens.d, facetToken('kind', input.kind)] }),
      title_text: input.titleText,
      title: input.title,
      body: input.body,
      type: input.type,
      level: input.level,
      language: input.language,
      category_codes: input.categoryCodes,
      program_codes: input.programCodes,
      provider_kinds: input.providerKinds,
      visibility_tokens: input.visibilityTokens,
      rating: input.rating,
      published_at: input.publishedAt.toISOString(),
    }));
    await db.execute(sql`
      insert into learning.search_documents (${documentColumns})
      select r.kind, r.entity_id, r.tsv, r.title_text, r.title, r.body, r.type, r.level, r.language, r.category_codes, r.program_codes, r.provider_kinds, r.visibility_tokens, r.rating, r.published_at
      from json_to_recordset(${JSON.stringify(batch)}::json) as r(kind text, entity_id uuid, tsv tsvector, title_text text, title jsonb, body text, type text, level text, language text,
        category_codes text[], program_codes text[], provider_kinds text[], visibility_tokens text[], rating real, published_at timestamptz)
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
   * `countLimit`), so walking the sort index finds a page quickly; false makes the database
   * collect the matches from the GIN first and sort only those (the guard against walking
   * hundreds of thousands of index entries for a rare facet combination).
   */
  isDense: boolean;
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

function matchClause(tsquery: string | undefined): SQL {
  return tsquery === undefined ? sql`true` : sql`tsv @@ ${tsquery}::tsquery`;
}

export async function findHits(db: DbOrTx, plan: SearchPlan): Promise<HitRow[]> {
  const where = matchClause(plan.tsquery);
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
  if (plan.tsquery === undefined || plan.isDense) {
    const result = await db.execute<HitRow>(sql`select ${hitColumns} from learning.search_documents where ${where} order by ${order} limit ${plan.limit} offset ${plan.offset}`);
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
 * Facet counts and a page of hits from one GIN probe: the first `countLimit` matches are
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
      from learning.search_documents where ${matchClause(plan.tsquery)} limit ${plan.countLimit}),
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

/**
 * Words in more than `share` of the documents, estimated from a sample of about `sampleSize`
 * documents (ts_stat over a block sample); empty while the index holds fewer than `minDocuments`,
 * where a share says little.
 */
export async function findFrequentTerms(db: DbOrTx, share: number, sampleSize = 20_000, minDocuments = 2_000): Promise<Set<string>> {
  const estimate = await db.execute<{ n: number }>(sql`select greatest(reltuples, 0)::float8 as n from pg_class where oid = 'learning.search_documents'::regclass`);
  let documents = Number(estimate.rows[0]?.n ?? 0);
  if (documents < minDocuments) {
    const counted = await db.execute<{ n: number }>(sql`select count(*)::int as n from (select 1 from learning.search_documents limit ${minDocuments}) x`);
    documents = Number(counted.rows[0]?.n ?? 0);
    if (documents < minDocuments) return new Set();
  }
  const percent = Math.min(100, (sampleSize / documents) * 100).toFixed(4);
  const sample = `select tsv from learning.search_documents tablesample system (${percent}) repeatable (1)`;
  const result = await db.execute<{ word: string }>(sql`
    with s as (select count(*)::float8 as n from learning.search_documents tablesample system (${sql.raw(percent)}) repeatable (1))
    select word from ts_stat(${sample}), s where ndoc > ${share} * s.n and left(word, 1) <> '~'`);
  return new Set(result.rows.map((row) => row.word));
}
