import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { ReferenceImportCommitRequest, ReferenceImportPreview, ReferenceImportRequest } from '../../../../shared/contracts/catalog/imports.js';
import { fingerprintOf, readUpload, renderIssues, sortIssues, type RowIssue } from '../../institutions/index.js';
import { findReferenceSet, insertReferenceSet } from '../reference.repository.js';
import { catalogIssueMessages } from '../import/catalog-messages.js';
import { readReferenceSheet, type ReferenceSheetResult } from '../import/reference-layout.js';
import { catalogPermissions } from '../policies.js';
import type { CatalogDeps } from './catalog-deps.js';

type Analysis = { fingerprint: string; sheet: ReferenceSheetResult; issues: RowIssue[] };

async function analyse(db: DbOrTx, request: ReferenceImportRequest, locale: Actor['locale']): Promise<Analysis> {
  const fingerprint = fingerprintOf([request.set, request.file]);
  const upload = await readUpload(request.file);
  const sheet: ReferenceSheetResult = upload.issues.length > 0 ? { layout: null, rowsRead: 0, items: [], issues: [] } : readReferenceSheet(upload.sheets, request.set.kind, locale);
  const issues = [...upload.issues, ...sheet.issues];
  if (await findReferenceSet(db, request.set.id)) issues.push({ sheet: 'set', row: 0, column: 'set.id', cell: null, code: 'VERSION_EXISTS', params: { value: request.set.id } });
  if (issues.length === 0 && sheet.items.length === 0) issues.push({ sheet: request.file.fileName, row: 0, column: '', cell: null, code: 'FILE_EMPTY', params: {} });
  return { fingerprint, sheet, issues: sortIssues(issues) };
}

function present(analysis: Analysis, locale: Actor['locale']): ReferenceImportPreview {
  return {
    fingerprint: analysis.fingerprint,
    isCommittable: analysis.issues.length === 0,
    layout: analysis.sheet.layout,
    summary: { rowsRead: analysis.sheet.rowsRead, items: analysis.sheet.items.length },
    issues: renderIssues(analysis.issues, catalogIssueMessages, locale),
    sample: analysis.sheet.items.slice(0, 20).map((i) => ({ row: i.row, code: i.code, name: i.name, parentCode: i.parentCode })),
  };
}

/** Checks a reference-data file (industry sections, ISCED-F, alignment industries, key chains); writes nothing. */
export async function previewReferenceImport(deps: CatalogDeps, actor: Actor, request: ReferenceImportRequest): Promise<ReferenceImportPreview> {
  await deps.authz.authorize(actor, catalogPermissions.manageCatalog, 'national');
  return present(await analyse(deps.db, request, actor.locale), actor.locale);
}

/** Stores a previewed reference set as a new version, all or nothing. */
export async function commitReferenceImport(deps: CatalogDeps, actor: Actor, request: ReferenceImportCommitRequest): Promise<{ setId: string; items: number }> {
  await deps.authz.authorize(actor, catalogPermissions.manageCatalog, 'national');
  return deps.db.transaction(async (tx) => {
    const analysis = await analyse(tx, request, actor.locale);
    if (analysis.fingerprint !== request.fingerprint) throw new AppError('CATALOG_IMPORT_FINGERPRINT_MISMATCH');
    if (analysis.issues.length > 0) {
      const first = renderIssues(analysis.issues.slice(0, 1), catalogIssueMessages, actor.locale)[0];
      throw new AppError('CATALOG_IMPORT_REJECTED', { count: analysis.issues.length, first: first ? `${first.row > 0 ? `${first.sheet}:${first.row} ` : ''}${first.message}` : '' });
    }
    const { set } = request;
    await insertReferenceSet(
      tx,
      { id: set.id, kind: set.kind, version: set.version, title: set.title, titleEn: set.titleEn ?? null, authority: set.authority ?? null, source: set.source ?? null, effectiveFrom: set.effectiveFrom ?? null, isSample: set.isSample },
      analysis.sheet.items.map((i) => ({ code: i.code, name: i.name, nameEn: i.nameEn, parentCode: i.parentCode, rank: i.rank, tier: i.tier, regionCode: i.regionCode })),
    );
    await deps.audit.record(tx, actor, {
      action: 'catalog.reference-set.import',
      entityType: 'reference-set',
      entityId: set.id,
      scope: 'national',
      details: { kind: set.kind, version: set.version, items: analysis.sheet.items.length, file: request.file.fileName },
    });
    return { setId: set.id, items: analysis.sheet.items.length };
  });
}
