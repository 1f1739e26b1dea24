import { resourceLevelSchema, resourceTypeSchema, type Resource, type ResourceDetail } from '../../../../shared/contracts/learning/resources.js';
import type { Locale } from '../../../platform/i18n/locale.js';
import { visibilityOf, type Reach } from '../domain/access.js';
import { previewKindOf } from '../domain/limits.js';
import type { RatingSummary, ResourceRow, ResourceVersionRow } from '../resources.repository.js';
import { asState, permissionsFor, type LearningDeps } from './learning-deps.js';

export type PresentContext = {
  reach: Reach;
  file: ResourceVersionRow | undefined;
  rating: RatingSummary | undefined;
  isFavourite: boolean;
  locale: Locale;
};

async function providersOf(deps: LearningDeps, row: ResourceRow, locale: Locale): Promise<Resource['providers']> {
  return Promise.all(
    row.providerScopes.map(async (scope) => ({
      scope,
      kind: scope.startsWith('enterprise:') ? ('enterprise' as const) : ('college' as const),
      name: await deps.institutions.scopeLabel(scope, locale),
    })),
  );
}

/** The DTO of one resource for one reader (never a row). */
export async function presentResource(deps: LearningDeps, row: ResourceRow, context: PresentContext): Promise<Resource> {
  const file = context.file?.fileHash && context.file.mimeType && context.file.fileName && context.file.size !== null
    ? { fileName: context.file.fileName, mimeType: context.file.mimeType, size: context.file.size, previewKind: previewKindOf(context.file.mimeType) }
    : null;
  const state = asState(row);
  return {
    id: row.id,
    type: resourceTypeSchema.parse(row.type),
    status: state.status,
    visibility: visibilityOf(state),
    audience: state.audience,
    title: row.title,
    description: row.description,
    programCodes: row.programCodes,
    categoryCodes: row.categoryCodes,
    knowledgePoints: row.knowledgePoints,
    level: resourceLevelSchema.parse(row.level),
    language: row.language,
    licence: row.licence,
    providers: await providersOf(deps, row, context.locale),
    currentVersion: row.currentVersion,
    file,
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    reviewNote: row.reviewNote,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    rating: context.rating ?? { average: null, count: 0 },
    isFavourite: context.isFavourite,
    can: permissionsFor(row, context.reach),
  };
}

export function presentVersions(versions: ResourceVersionRow[]): ResourceDetail['versions'] {
  return versions.map((v) => ({
    version: v.version,
    fileName: v.fileName,
    mimeType: v.mimeType,
    size: v.size,
    changeNote: v.changeNote,
    createdBy: v.createdBy,
    createdAt: v.createdAt.toISOString(),
  }));
}
