import type { Tx } from '../../../db/open-db.js';
import type { Audience, ResourceLevel, ResourceType } from '../../../../shared/contracts/learning/resources.js';
import { buildSearchTokens, providerKindsOf, visibilityTokens } from '../domain/search-document.js';
import { ratingSummaries, type ResourceRow } from '../resources.repository.js';
import { upsertSearchDocument } from '../search.repository.js';
import type { LearningDeps } from './learning-deps.js';

/** Puts a published resource into the search index (inside the publishing transaction). */
export async function indexResource(deps: LearningDeps, tx: Tx, row: ResourceRow): Promise<void> {
  const provinces: string[] = [];
  for (const scope of row.providerScopes) {
    if (!scope.startsWith('college:')) continue;
    const province = await deps.authz.directory.provinceOfCollege(scope.slice('college:'.length), tx);
    if (province !== undefined) provinces.push(province);
  }
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
    providerProvinces: [...new Set(provinces)],
  };
  const rating = (await ratingSummaries(tx, [row.id])).get(row.id);
  await upsertSearchDocument(tx, {
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
    rating: rating?.average ?? null,
    publishedAt: row.publishedAt ?? deps.now(),
  });
}
