import type { Tx } from '../../../db/open-db.js';
import type { Audience, ResourceLevel, ResourceType } from '../../../../shared/contracts/learning/resources.js';
import { buildSearchTokens, providerKindsOf, visibilityTokens } from '../domain/search-document.js';
import { ratingSummaries, type ResourceRow } from '../resources.repository.js';
import { upsertSearchDocument, type SearchDocumentInput } from '../search.repository.js';
import type { LearningDeps } from './learning-deps.js';

/** What a resource's search document is made of, besides the resource row itself. */
export type ResourceIndexContext = {
  /** province of each college provider, so a province's readers reach its colleges' resources */
  providerProvinces: readonly string[];
  rating: number | null;
  /** when a resource without a publication date is indexed */
  now: Date;
};

type IndexedColumns = Pick<ResourceRow, 'id' | 'type' | 'title' | 'description' | 'knowledgePoints' | 'programCodes' | 'categoryCodes' | 'level' | 'language' | 'audience' | 'providerScopes' | 'publishedAt'>;

/** A resource's search document: segmented, weighted words plus facet and visibility tokens (also used by bulk indexing). */
export function resourceSearchDocument(row: IndexedColumns, context: ResourceIndexContext): SearchDocumentInput {
  const indexable = {
    type: row.type as ResourceType,
    title: row.title,
    description: row.description,
    knowledgePoints: row.knowledgePoints,
    programCodes: row.programCodes,
    categoryCodes: row.categoryCodes,
    level: row.level as ResourceLevel,
    language: row.language,
    audience: row.audience as Audience,
    providerScopes: row.providerScopes,
    providerProvinces: [...new Set(context.providerProvinces)],
  };
  return {
    kind: 'resource',
    entityId: row.id,
    tokens: buildSearchTokens(indexable),
    titleText: Object.values(row.title).join(' / '),
    title: row.title,
    body: [Object.values(row.description).join('\n'), row.knowledgePoints.join('、')].filter((text) => text.length > 0).join('\n'),
    type: row.type,
    level: indexable.level,
    language: row.language,
    categoryCodes: row.categoryCodes,
    programCodes: row.programCodes,
    providerKinds: providerKindsOf(row.providerScopes),
    visibilityTokens: visibilityTokens(indexable),
    rating: context.rating,
    publishedAt: row.publishedAt ?? context.now,
  };
}

/** Puts a published resource into the search index (inside the publishing transaction). */
export async function indexResource(deps: LearningDeps, tx: Tx, row: ResourceRow): Promise<void> {
  const provinces: string[] = [];
  for (const scope of row.providerScopes) {
    if (!scope.startsWith('college:')) continue;
    const province = await deps.authz.directory.provinceOfCollege(scope.slice('college:'.length), tx);
    if (province !== undefined) provinces.push(province);
  }
  const rating = (await ratingSummaries(tx, [row.id])).get(row.id);
  await upsertSearchDocument(tx, resourceSearchDocument(row, { providerProvinces: provinces, rating: rating?.average ?? null, now: deps.now() }));
}
