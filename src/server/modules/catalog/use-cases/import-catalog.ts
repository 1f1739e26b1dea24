import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { CatalogLevel } from '../../../../shared/contracts/catalog/catalog.js';
import { revisionKindSchema } from '../../../../shared/contracts/catalog/catalog.js';
import type { CatalogImportCommitRequest, CatalogImportPreview, CatalogImportRequest, CatalogImportResult } from '../../../../shared/contracts/catalog/imports.js';
import { referenceKindSchema } from '../../../../shared/contracts/catalog/reference-data.js';
import { fingerprintOf, renderIssues, sortIssues, type RowIssue } from '../../institutions/index.js';
import { findVersion, findVersionFollowing, insertVersion, loadSnapshot, type VersionRow } from '../catalog.repository.js';
import { findReferenceSet, newestReferenceSet, referenceCodes } from '../reference.repository.js';
import { buildVersion, type BuildResult } from '../domain/build-version.js';
import type { ProgramDraft, ReferenceLookup } from '../domain/catalog-draft.js';
import { catalogIssueMessages } from '../import/catalog-messages.js';
import { readCatalogFiles, type CatalogFiles } from '../import/read-catalog-files.js';
import { catalogPermissions } from '../policies.js';
import type { CatalogDeps } from './catalog-deps.js';

type Analysis = { fingerprint: string; files: CatalogFiles; built: BuildResult; issues: RowIssue[]; previous: VersionRow | undefined };

const versionIssue = (column: string, code: string, params: Record<string, string | number>): RowIssue => ({ sheet: 'version', row: 0, column, cell: null, code, params });

async function checkVersion(db: DbOrTx, request: CatalogImportRequest): Promise<{ issues: RowIssue[]; previous: VersionRow | undefined }> {
  const { version } = request;
  const issues: RowIssue[] = [];
  if (await findVersion(db, version.id)) issues.push(versionIssue('version.id', 'VERSION_EXISTS', { value: version.id }));
  const previous = version.previousVersionId ? await findVersion(db, version.previousVersionId) : undefined;
  if (version.previousVersionId && !previous) issues.push(versionIssue('version.previousVersionId', 'PREVIOUS_VERSION_NOT_FOUND', { value: version.previousVersionId }));
  if (!version.previousVersionId && (version.kind === 'supplement' || request.mode === 'delta')) issues.push(versionIssue('version.previousVersionId', 'PREVIOUS_VERSION_REQUIRED', {}));
  if (previous) {
    const following = await findVersionFollowing(db, previous.id);
    if (following) issues.push(versionIssue('version.previousVersionId', 'PREVIOUS_VERSION_FOLLOWED', { value: previous.id, next: following.id }));
    if (previous.isSample !== version.isSample) issues.push(versionIssue('version.isSample', 'SAMPLE_CHAIN_MISMATCH', { value: previous.id }));
  }
  return { issues, previous };
}

/** The reference set of each classification kind the rows use: the one asked for, else the newest. */
async function resolveReferences(db: DbOrTx, request: CatalogImportRequest, drafts: readonly ProgramDraft[]): Promise<{ lookup: ReferenceLookup; issues: RowIssue[] }> {
  const lookup: ReferenceLookup = {};
  const issues: RowIssue[] = [];
  const used = new Set(drafts.flatMap((d) => d.classifications.map((c) => c.kind)));
  for (const kind of referenceKindSchema.options) {
    const requested = request.referenceSets?.[kind];
    if (!requested && !used.has(kind)) continue;
    const set = requested ? await findReferenceSet(db, requested) : await newestReferenceSet(db, kind);
    if (requested && (!set || set.kind !== kind)) {
      issues.push(versionIssue(`referenceSets.${kind}`, 'NO_REFERENCE_SET', { kind: `${kind} (${requested})` }));
      continue;
    }
    if (set) lookup[kind] = { setId: set.id, codes: await referenceCodes(db, set.id) };
  }
  return { lookup, issues };
}

async function analyse(db: DbOrTx, request: CatalogImportRequest, locale: Actor['locale']): Promise<Analysis> {
  const fingerprint = fingerprintOf([request.version, request.mode, request.programs, request.revisions ?? null, request.referenceSets ?? null]);
  const files = await readCatalogFiles(request, locale);
  const version = await checkVersion(db, request);
  const references = await resolveReferences(db, request, files.programs);
  const previousSnapshot = version.previous ? await loadSnapshot(db, version.previous.id) : undefined;
  const built = buildVersion({ mode: request.mode, previous: previousSnapshot, programs: files.programs, revisions: files.revisions, references: references.lookup });
  const issues = [...version.issues, ...references.issues, ...files.issues, ...built.issues.map(files.locate)];
  const isEmpty = files.programs.length === 0 && (request.mode === 'full' || files.revisions.length === 0);
  if (isEmpty && files.issues.length === 0) issues.push({ sheet: request.programs.fileName, row: 0, column: '', cell: null, code: 'NO_PROGRAMS', params: {} });
  return { fingerprint, files, built, issues: sortIssues(issues), previous: version.previous };
}

function countBy<T>(items: Iterable<T>, levelOf: (item: T) => CatalogLevel, isIncluded: (item: T) => boolean = () => true): Record<CatalogLevel, number> {
  const counts: Record<CatalogLevel, number> = { secondary: 0, higher: 0, undergraduate: 0 };
  for (const item of items) if (isIncluded(item)) counts[levelOf(item)] += 1;
  return counts;
}

function present(analysis: Analysis, locale: Actor['locale']): CatalogImportPreview {
  const { snapshot, revisions } = analysis.built;
  const kinds = Object.fromEntries(revisionKindSchema.options.map((k) => [k, revisions.filter((r) => r.kind === k).length])) as CatalogImportPreview['summary']['revisions'];
  const categories = [...snapshot.categories.values()];
  return {
    fingerprint: analysis.fingerprint,
    isCommittable: analysis.issues.length === 0,
    summary: {
      programRows: analysis.files.programRows,
      revisionRows: analysis.files.revisionRows,
      programs: countBy(snapshot.programs.values(), (p) => p.level),
      majorCategories: countBy(categories, (c) => c.level, (c) => c.rank === 'major'),
      categories: countBy(categories, (c) => c.level, (c) => c.rank === 'category'),
      continuities: snapshot.continuities.length,
      classifications: snapshot.classifications.length,
      revisions: kinds,
      derivedAdditions: revisions.filter((r) => r.isDerived).length,
    },
    issues: renderIssues(analysis.issues, catalogIssueMessages, locale),
    sample: analysis.files.programs.slice(0, 20).map((p) => ({ row: p.row, level: p.level, code: p.code, name: p.name, categoryCode: p.categoryCode })),
  };
}

/** Reads and checks a catalog version without writing anything (national administrators). */
export async function previewCatalogImport(deps: CatalogDeps, actor: Actor, request: CatalogImportRequest): Promise<CatalogImportPreview> {
  await deps.authz.authorize(actor, catalogPermissions.manageCatalog, 'national');
  return present(await analyse(deps.db, request, actor.locale), actor.locale);
}

function rejectUnlessClean(analysis: Analysis, request: CatalogImportCommitRequest, locale: Actor['locale']): void {
  if (analysis.fingerprint !== request.fingerprint) throw new AppError('CATALOG_IMPORT_FINGERPRINT_MISMATCH');
  if (analysis.issues.length === 0) return;
  const first = renderIssues(analysis.issues.slice(0, 1), catalogIssueMessages, locale)[0];
  const where = first && first.row > 0 ? (locale === 'en' ? `${first.sheet} row ${first.row}: ` : `${first.sheet} 第 ${first.row} 行：`) : '';
  throw new AppError('CATALOG_IMPORT_REJECTED', { count: analysis.issues.length, first: `${where}${first?.message ?? ''}` });
}

/** Writes a previewed catalog version, all or nothing; anything wrong (checked again now) changes nothing. */
export async function commitCatalogImport(deps: CatalogDeps, actor: Actor, request: CatalogImportCommitRequest): Promise<CatalogImportResult> {
  await deps.authz.authorize(actor, catalogPermissions.manageCatalog, 'national');
  return deps.db.transaction(async (tx) => {
    const analysis = await analyse(tx, request, actor.locale);
    rejectUnlessClean(analysis, request, actor.locale);
    const { version } = request;
    const { snapshot, revisions } = analysis.built;
    await insertVersion(
      tx,
      {
        id: version.id, title: version.title, titleEn: version.titleEn ?? null, kind: version.kind, year: version.year,
        editionId: version.kind === 'edition' ? version.id : (analysis.previous?.editionId ?? version.id),
        previousVersionId: version.previousVersionId ?? null, source: version.source ?? null, authority: version.authority ?? null,
        effectiveFrom: version.effectiveFrom ?? null, isSample: version.isSample,
      },
      snapshot,
      revisions,
    );
    await deps.audit.record(tx, actor, {
      action: 'catalog.version.import',
      entityType: 'catalog-version',
      entityId: version.id,
      scope: 'national',
      details: { mode: request.mode, programs: snapshot.programs.size, revisions: revisions.length, files: [request.programs.fileName, request.revisions?.fileName ?? null], isSample: version.isSample },
    });
    return { versionId: version.id, programs: snapshot.programs.size, revisions: revisions.length };
  });
}
