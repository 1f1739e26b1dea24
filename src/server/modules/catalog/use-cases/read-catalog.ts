import { AppError } from '../../../platform/errors/app-error.js';
import { decodeCursor, toPage } from '../../../platform/paging.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type {
  CatalogLevel,
  CatalogVersion,
  CategoryTree,
  ListProgramsQuery,
  ProgramDetail,
  Revision,
  RevisionKind,
} from '../../../../shared/contracts/catalog/catalog.js';
import {
  countProgramsByVersion,
  findCategories,
  findContinuities,
  findPrograms,
  findVersion,
  listCategories,
  listPrograms,
  listRevisions,
  listVersions,
  type VersionRow,
} from '../catalog.repository.js';
import { findProgramClassifications } from '../reference.repository.js';
import { currentVersionId } from '../domain/version-chain.js';
import { asLevel, asReferenceKind, presentProgram, presentRevision, presentVersion } from './present.js';

export async function listCatalogVersions(db: DbOrTx): Promise<CatalogVersion[]> {
  const [rows, counts] = await Promise.all([listVersions(db), countProgramsByVersion(db)]);
  const current = currentVersionId(rows);
  return rows.map((row) => {
    const perLevel: Record<CatalogLevel, number> = { secondary: 0, higher: 0, undergraduate: 0 };
    for (const c of counts) if (c.versionId === row.id) perLevel[asLevel(c.level)] += c.count;
    return presentVersion(row, perLevel, row.id === current);
  });
}

export async function requireVersion(db: DbOrTx, id: string): Promise<VersionRow> {
  const version = await findVersion(db, id);
  if (!version) throw new AppError('CATALOG_VERSION_NOT_FOUND', { id });
  return version;
}

export async function getCatalogVersion(db: DbOrTx, id: string): Promise<CatalogVersion> {
  const version = (await listCatalogVersions(db)).find((v) => v.id === id);
  if (!version) throw new AppError('CATALOG_VERSION_NOT_FOUND', { id });
  return version;
}

export async function getCategoryTree(db: DbOrTx, versionId: string, level: CatalogLevel | undefined): Promise<CategoryTree> {
  const version = await requireVersion(db, versionId);
  const rows = await listCategories(db, versionId, level);
  const present = (r: (typeof rows)[number]) => ({
    code: r.code, level: asLevel(r.level), rank: r.rank === 'major' ? ('major' as const) : ('category' as const),
    parentCode: r.parentCode, name: r.name, nameEn: r.nameEn, programCount: r.programCount,
  });
  const majors = rows.filter((r) => r.rank === 'major').map((major) => ({
    ...present(major),
    categories: rows.filter((r) => r.rank === 'category' && r.parentCode === major.code).map(present),
  }));
  return { versionId, isSample: version.isSample, majors };
}

function parseClassificationFilter(text: string | undefined) {
  if (!text) return undefined;
  const separator = text.indexOf(':');
  if (separator <= 0 || separator === text.length - 1) {
    throw new AppError('VALIDATION_FAILED', { summary: 'classification' }, [{ field: 'classification', code: 'invalid_format', params: { format: 'regex' } }]);
  }
  return { setId: text.slice(0, separator), itemCode: text.slice(separator + 1) };
}

export async function listProgramsPage(db: DbOrTx, versionId: string, query: ListProgramsQuery) {
  const version = await requireVersion(db, versionId);
  const rows = await listPrograms(db, {
    versionId,
    level: query.level,
    major: query.major,
    category: query.category,
    q: query.q,
    classification: parseClassificationFilter(query.classification),
    afterCode: decodeCursor<string>(query.cursor, 'string'),
    limit: query.limit + 1,
  });
  const page = toPage(rows, query.limit, (row) => row.code);
  const links = await findContinuities(db, versionId, page.items.map((p) => p.code));
  return {
    items: page.items.map((row) => presentProgram(row, version.isSample, links.filter((l) => l.fromCode === row.code).map((l) => l.toCode).sort())),
    nextCursor: page.nextCursor,
  };
}

export async function findProgramsIn(db: DbOrTx, versionId: string, codes: readonly string[]) {
  const version = await requireVersion(db, versionId);
  const rows = await findPrograms(db, versionId, codes);
  const links = await findContinuities(db, versionId, rows.map((r) => r.code));
  return rows.map((row) => presentProgram(row, version.isSample, links.filter((l) => l.fromCode === row.code).map((l) => l.toCode).sort()));
}

export async function getProgramDetail(db: DbOrTx, versionId: string, code: string): Promise<ProgramDetail> {
  const version = await requireVersion(db, versionId);
  const [program] = await findPrograms(db, versionId, [code]);
  if (!program) throw new AppError('PROGRAM_NOT_FOUND', { versionId, code });
  const links = await findContinuities(db, versionId, [code]);
  const fromCodes = links.filter((l) => l.toCode === code).map((l) => l.fromCode);
  const toCodes = links.filter((l) => l.fromCode === code).map((l) => l.toCode);
  const [related, categoryRows, classifications, revisions] = await Promise.all([
    findPrograms(db, versionId, [...fromCodes, ...toCodes]),
    findCategories(db, versionId, [program.majorCode, program.categoryCode]),
    findProgramClassifications(db, versionId, code),
    listRevisions(db, [versionId]),
  ]);
  const brief = (c: string) => {
    const p = related.find((r) => r.code === c);
    return p ? [{ code: p.code, name: p.name, level: asLevel(p.level) }] : [];
  };
  return {
    ...presentProgram(program, version.isSample, [...toCodes].sort()),
    majorName: categoryRows.find((c) => c.code === program.majorCode)?.name ?? null,
    categoryName: categoryRows.find((c) => c.code === program.categoryCode)?.name ?? null,
    continuesFrom: fromCodes.sort().flatMap(brief),
    continuesToDetail: [...toCodes].sort().flatMap(brief),
    classifications: classifications.map((c) => ({ setId: c.setId, kind: asReferenceKind(c.kind), itemCode: c.itemCode, name: c.name, tier: c.tier, regionCode: c.regionCode })),
    revisions: revisions.filter((r) => r.successorCodes.includes(code)).map(presentRevision),
  };
}

export async function listVersionRevisions(db: DbOrTx, versionId: string, filter: { level?: CatalogLevel | undefined; kind?: RevisionKind | undefined }): Promise<Revision[]> {
  await requireVersion(db, versionId);
  return (await listRevisions(db, [versionId], filter)).map(presentRevision);
}
