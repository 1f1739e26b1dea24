import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { ScopeFilter } from '../../../platform/authz/policy.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type {
  CollegeImportCommitRequest,
  CollegeImportPreview,
  CollegeImportRequest,
  CollegeImportResult,
} from '../../../../shared/contracts/institutions/colleges.js';
import { upsertColleges } from '../institutions.repository.js';
import { findCollegeProvinces, loadAllRegions, upsertCollegeProfiles } from '../institutions-profile.repository.js';
import { parseCollegeSheet, type CollegeSheetResult, type ParsedCollegeRow } from '../domain/college-rows.js';
import { buildRegionIndex } from '../domain/region-match.js';
import { collegeIssueMessages } from '../domain/import-messages.js';
import { renderIssues, sortIssues, type RowIssue } from '../spreadsheet/issues.js';
import { fingerprintOf, readUpload } from '../spreadsheet/upload.js';
import { institutionsPermissions } from '../policies.js';
import type { InstitutionsDeps } from './institutions-deps.js';

type Analysis = {
  fingerprint: string;
  parsed: CollegeSheetResult;
  rows: ParsedCollegeRow[];
  issues: RowIssue[];
  existing: Map<string, string>;
  skippedOutsideScope: number;
};

async function parseUpload(db: DbOrTx, request: CollegeImportRequest, locale: Actor['locale']): Promise<{ parsed: CollegeSheetResult; issues: RowIssue[] }> {
  const upload = await readUpload(request.file);
  const empty: CollegeSheetResult = { layout: null, rowsRead: 0, rows: [], skippedUndergraduate: 0, issues: [] };
  if (upload.issues.length > 0) return { parsed: empty, issues: upload.issues };
  const index = buildRegionIndex(await loadAllRegions(db));
  const results = upload.sheets.map((sheet) => parseCollegeSheet(sheet, index, locale));
  const parsed = results.find((r) => r.layout !== null) ?? results[0] ?? empty;
  return { parsed, issues: [...parsed.issues] };
}

/** Applies the caller's province scope: rows outside it are errors or skipped, as asked. */
function applyScope(rows: ParsedCollegeRow[], existing: Map<string, string>, filter: ScopeFilter, request: CollegeImportRequest, sheet: string) {
  if (filter.kind === 'all') return { rows, issues: [] as RowIssue[], skipped: 0 };
  const reachable = new Set(filter.provinces);
  const kept: ParsedCollegeRow[] = [];
  const issues: RowIssue[] = [];
  let skipped = 0;
  for (const row of rows) {
    const registeredIn = existing.get(row.moeCode);
    const isOutside = !reachable.has(row.provinceCode) || (registeredIn !== undefined && !reachable.has(registeredIn));
    if (!isOutside) kept.push(row);
    else if (request.outsideScope === 'skip') skipped += 1;
    else {
      // a row in the caller's province that would take over a college registered elsewhere
      const moved = reachable.has(row.provinceCode);
      issues.push({
        sheet, row: row.row, column: '', cell: null,
        code: moved ? 'MOVES_OUT_OF_SCOPE' : 'OUTSIDE_SCOPE',
        params: { value: row.moeCode, province: moved ? (registeredIn ?? '') : row.provinceCode },
      });
    }
  }
  return { rows: kept, issues, skipped };
}

async function analyse(deps: InstitutionsDeps, db: DbOrTx, actor: Actor, request: CollegeImportRequest): Promise<Analysis> {
  const filter = deps.authz.scopeFilter(actor, institutionsPermissions.importColleges);
  const fingerprint = fingerprintOf([request.file.fileName, request.file.contentBase64, request.outsideScope]);
  const { parsed, issues } = await parseUpload(db, request, actor.locale);
  const existing = await findCollegeProvinces(db, parsed.rows.map((r) => r.moeCode));
  const scoped = applyScope(parsed.rows, existing, filter, request, request.file.fileName);
  return { fingerprint, parsed, rows: scoped.rows, issues: sortIssues([...issues, ...scoped.issues]), existing, skippedOutsideScope: scoped.skipped };
}

function present(analysis: Analysis, locale: Actor['locale']): CollegeImportPreview {
  const { rows, existing, parsed } = analysis;
  const byLevel = { secondary: 0, higher: 0, undergraduate: 0 };
  for (const row of rows) byLevel[row.level] += 1;
  const toUpdate = rows.filter((r) => existing.has(r.moeCode)).length;
  return {
    fingerprint: analysis.fingerprint,
    layout: parsed.layout,
    isCommittable: analysis.issues.length === 0 && rows.length > 0,
    summary: {
      rowsRead: parsed.rowsRead,
      toImport: rows.length,
      toCreate: rows.length - toUpdate,
      toUpdate,
      byLevel,
      skippedUndergraduate: parsed.skippedUndergraduate,
      skippedOutsideScope: analysis.skippedOutsideScope,
      provinces: new Set(rows.map((r) => r.provinceCode)).size,
      placedAtProvince: rows.filter((r) => r.isCityUnmatched).length,
    },
    issues: renderIssues(analysis.issues, collegeIssueMessages, locale),
    sample: rows.slice(0, 20).map((r) => ({
      row: r.row, id: r.moeCode, name: r.name, provinceCode: r.provinceCode, regionCode: r.regionCode, regionMatch: r.regionMatch,
      level: r.level, ownership: r.ownership, authority: r.authority, isNew: !existing.has(r.moeCode),
    })),
  };
}

/** Reads and checks a college list without writing anything. */
export async function previewCollegeImport(deps: InstitutionsDeps, actor: Actor, request: CollegeImportRequest): Promise<CollegeImportPreview> {
  return present(await analyse(deps, deps.db, actor, request), actor.locale);
}

function rejectUnlessClean(analysis: Analysis, request: CollegeImportCommitRequest, actor: Actor): void {
  if (analysis.fingerprint !== request.fingerprint) throw new AppError('IMPORT_FINGERPRINT_MISMATCH');
  if (analysis.issues.some((i) => i.code === 'OUTSIDE_SCOPE' || i.code === 'MOVES_OUT_OF_SCOPE')) {
    throw new AppError('SCOPE_DENIED', { action: institutionsPermissions.importColleges.name });
  }
  if (analysis.issues.length > 0) {
    const first = renderIssues(analysis.issues.slice(0, 1), collegeIssueMessages, actor.locale)[0];
    const where = first && first.row > 0 ? `${first.sheet} ${actor.locale === 'en' ? 'row' : '第'} ${first.row}${actor.locale === 'en' ? '' : ' 行'} ` : '';
    throw new AppError('IMPORT_REJECTED', { count: analysis.issues.length, first: `${where}${first?.message ?? ''}` });
  }
  if (analysis.rows.length === 0) throw new AppError('IMPORT_EMPTY');
}

/**
 * Imports a previewed college list, all or nothing: any problem (found again now, against
 * the current data) rejects the whole file and changes nothing.
 */
export async function commitCollegeImport(deps: InstitutionsDeps, actor: Actor, request: CollegeImportCommitRequest): Promise<CollegeImportResult> {
  const result = await deps.db.transaction(async (tx) => {
    const analysis = await analyse(deps, tx, actor, request);
    rejectUnlessClean(analysis, request, actor);
    const { rows, existing } = analysis;
    await upsertColleges(tx, rows.map((r) => ({
      id: r.moeCode, name: r.name, nameEn: r.nameEn, provinceCode: r.provinceCode, regionCode: r.regionCode,
      level: r.level, ownership: r.ownership, authority: r.authority, isDemo: false,
    })));
    await upsertCollegeProfiles(tx, rows.map((r) => ({
      collegeId: r.moeCode, moeCode: r.moeCode, city: r.city, regionMatch: r.regionMatch,
      sourceOwnership: r.sourceOwnership, website: r.website, source: request.file.fileName,
    })));
    const provinces = [...new Set(rows.map((r) => r.provinceCode))];
    const updated = rows.filter((r) => existing.has(r.moeCode)).length;
    await deps.audit.record(tx, actor, {
      action: 'college.import',
      entityType: 'college-list',
      entityId: request.fingerprint,
      scope: provinces.length === 1 ? `province:${provinces[0]}` : 'national',
      details: { fileName: request.file.fileName, imported: rows.length, created: rows.length - updated, updated, provinces, ids: rows.map((r) => r.moeCode) },
    });
    return { rows, updated };
  });
  deps.onCollegesWritten(result.rows.map((r) => ({ id: r.moeCode, provinceCode: r.provinceCode })));
  return { imported: result.rows.length, created: result.rows.length - result.updated, updated: result.updated };
}
