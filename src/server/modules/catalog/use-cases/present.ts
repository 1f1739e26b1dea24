import type { CatalogLevel, CatalogVersion, Program, Revision, RevisionKind } from '../../../../shared/contracts/catalog/catalog.js';
import { revisionKindSchema } from '../../../../shared/contracts/catalog/catalog.js';
import type { ReferenceKind } from '../../../../shared/contracts/catalog/reference-data.js';
import type { ProgramRow, RevisionRow, VersionRow } from '../catalog.repository.js';

export const asLevel = (value: string): CatalogLevel => (value === 'secondary' ? 'secondary' : value === 'undergraduate' ? 'undergraduate' : 'higher');
export const asKind = (value: string): RevisionKind => revisionKindSchema.safeParse(value).data ?? 'kept';
export const asReferenceKind = (value: string): ReferenceKind => (value === 'isced' || value === 'alignment' || value === 'chain' ? value : 'industry');

export function presentVersion(row: VersionRow, counts: Record<CatalogLevel, number>, isCurrent: boolean): CatalogVersion {
  return {
    id: row.id,
    title: row.title,
    titleEn: row.titleEn,
    kind: row.kind === 'supplement' ? 'supplement' : 'edition',
    year: row.year,
    editionId: row.editionId,
    previousVersionId: row.previousVersionId,
    source: row.source,
    authority: row.authority,
    effectiveFrom: row.effectiveFrom,
    isSample: row.isSample,
    isCurrent,
    programCounts: counts,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentProgram(row: ProgramRow, isSample: boolean, continuesTo: string[]): Program {
  return {
    versionId: row.versionId,
    code: row.code,
    level: asLevel(row.level),
    name: row.name,
    nameEn: row.nameEn,
    majorCode: row.majorCode,
    categoryCode: row.categoryCode,
    isSample,
    continuesTo,
  };
}

export function presentRevision(row: RevisionRow): Revision {
  return {
    id: row.id,
    versionId: row.versionId,
    level: asLevel(row.level),
    kind: asKind(row.kind),
    predecessorCodes: row.predecessorCodes,
    successorCodes: row.successorCodes,
    note: row.note,
    isDerived: row.isDerived,
  };
}
