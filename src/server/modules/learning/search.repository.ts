import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { SearchKind } from '../../../shared/contracts/learning/search.js';
import type { ResourceLevel } from '../../../shared/contracts/learning/resources.js';
import type { WeightedTokens } from './domain/search-document.js';
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

const weighted = (tokens: readonly string[], weight: 'A' | 'B' | 'C' | 'D') => sql`setweight(array_to_tsvector(${sql.param([...tokens])}::text[]), ${weight})`;

export async function upsertSearchDocument(db: DbOrTx, input: SearchDocumentInput): Promise<void> {
  const { tokens: given, ...row } = input;
  const tokens = { ...given, d: [...new Set([...given.d, facetToken('kind', row.kind)])] };
  const tsv = sql`${weighted(tokens.a, 'A')} || ${weighted(tokens.b, 'B')} || ${weighted(tokens.c, 'C')} || ${weighted(tokens.d, 'D')}`;
  await db
    .insert(searchDocuments)
    .values({ ...row, tsv })
    .onConflictDoUpdate({
      target: [searchDocuments.kind, searchDocuments.entityId],
      set: {
        tsv,
        titleText: row.titleText,
        title: row.title,
        body: row.body,
        type: row.type,
        level: row.level,
        language: row.language,
        categoryCodes: row.categoryCodes,
        programCodes: row.programCodes,
        providerKinds: row.providerKinds,
        visibilityTokens: row.visibilityTokens,
        rating: row.rating,
        publishedAt: row.publishedAt,
      },
    });
}

export async function deleteSearchDocument(db: DbOrTx, kind: SearchKind, entityId: string): Promise<void> {
  await db.delete(searchDocuments).where(and(eq(searchDocuments.kind, kind), eq(searchDocuments.entityId, entityId)));
}

export async function setSearchRating(db: DbOrTx, kind: SearchKind, entityId: string, rating: number | null): Promise<void> {
  await db.update(searchDocuments).set({ rating }).where(and(eq(searchDocuments.kind, kind), eq(searchDocuments.entityId, entityId)));
}

export type SearchSort = 'relevance' | 'recent' | 'rating';
export type SearchPlan = {
  /** tsquery text (terms, facet and visibility tokens), undefined = no restriction */
  tsquery: string | undefined;
  sort: SearchSort;
  limit: number;
  offset: number;
  /** Phase one of relevance ranking: how many matches are ranked (performance-notes.md). */
  candidateLimit: number;
  /** Matches counted for the total and the facets. */
  countLimit: number;
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
  if (plan.sort === 'relevance' && plan.tsquery !== undefined) {
    // two-phase: take the first matches from the GIN index, rank only those
    const result = await db.execute<HitRow>(sql`
      with candidates as (select * from learning.search_documents where ${where} limit ${plan.candidateLimit})
      select ${hitColumns} from candidates
      order by ts_rank(tsv, ${plan.tsquery}::tsquery) desc, published_at desc, entity_id
      limit ${plan.limit} offset ${plan.offset}`);
    return result.rows;
  }
  const order = plan.sort === 'rating' ? sql`rating desc nulls last, published_at desc, entity_id` : sql`published_at desc, entity_id`;
  const result = await db.execute<HitRow>(sql`select ${hitColumns} from learning.search_documents where ${where} order by ${order} limit ${plan.limit} offset ${plan.offset}`);
  return result.rows;
}

export type FacetRow = { facet: 'kind' | 'type' | 'level' | 'language' | 'category' | 'provider' | 'total'; value: string; count: number };

/** Total and facet counts over the first `countLimit` matches, in one pass. */
export async function countFacets(db: DbOrTx, plan: SearchPlan): Promise<FacetRow[]> {
  const result = await db.execute<FacetRow>(sql`
    with m as (select kind, type, level, language, category_codes, provider_kinds from learning.search_documents where ${matchClause(plan.tsquery)} limit ${plan.countLimit})
    select 'total' as facet, '' as value, count(*)::int as count from m
    union all select 'kind', kind, count(*)::int from m group by kind
    union all select 'type', type, count(*)::int from m group by type
    union all select 'level', level, count(*)::int from m group by level
    union all select 'language', language, count(*)::int from m group by language
    union all select 'category', c, count(*)::int from m, unnest(category_codes) c group by c
    union all select 'provider', p, count(*)::int from m, unnest(provider_kinds) p group by p`);
  return result.rows;
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
