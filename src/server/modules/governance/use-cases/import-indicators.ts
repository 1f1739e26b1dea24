import { randomUUID } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import { actorId, type Actor } from '../../../platform/authz/actor.js';
import type { ScopeFilter } from '../../../platform/authz/policy.js';
import type { OfferingLevel } from '../../../../shared/contracts/governance/indicators.js';
import type {
  IndicatorImportCommitRequest,
  IndicatorImportPreview,
  IndicatorImportRequest,
  IndicatorImportResult,
} from '../../../../shared/contracts/governance/indicator-import.js';
import { placedOf } from '../../../../shared/contracts/governance/indicators.js';
import { fingerprintOf, readUpload, renderIssues, sortIssues, type RowIssue } from '../../institutions/index.js';
import { breakdownOf, parseIndicatorSheet, type IndicatorDraft, type IndicatorSheetResult } from '../domain/indicator-rows.js';
import { indicatorIssueMessages } from '../domain/indicator-messages.js';
import {
  countCollegeYears,
  deleteCollegeYears,
  insertIndicatorImport,
  insertIndicators,
  offeringIdOf,
  type CollegeYear,
  type IndicatorRecord,
} from '../indicators.repository.js';
import { governancePermissions } from '../policies.js';
import type { GovernanceDeps } from '../governance-deps.js';

/**
 * Whether an offering may have an enrollment plan in a year (it was recorded or approved).
 * Supplied by the filings part; when absent, the check is not made.
 */
export type EnrollmentCheck = (db: GovernanceDeps['db'], query: { collegeId: string; programCode: string; year: number }[]) => Promise<Set<string>>;

export type IndicatorImportDeps = GovernanceDeps & {
  /** Returns the keys `${collegeId}:${programCode}:${year}` that may NOT enroll. */
  notEnrollable?: EnrollmentCheck | undefined;
  /** Re-evaluates the rules for the provinces an import touched, for the latest year imported; returns the run ids. */
  afterImport?: ((actor: Actor, provinceCodes: string[], year: number) => Promise<string[]>) | undefined;
};

type Analysis = {
  previewId: string;
  catalogVersionId: string | null;
  parsed: IndicatorSheetResult;
  records: IndicatorRecord[];
  collegeYears: CollegeYear[];
  issues: RowIssue[];
};

const fileIssue = (sheet: string, column: string, code: string, params: Record<string, string | number>): RowIssue => ({ sheet, row: 0, column, cell: null, code, params });

async function readSheet(request: IndicatorImportRequest, locale: Actor['locale']): Promise<{ parsed: IndicatorSheetResult; issues: RowIssue[] }> {
  const empty: IndicatorSheetResult = { rowsRead: 0, drafts: [], skippedExamples: 0, issues: [], isLocated: false };
  const upload = await readUpload(request.file);
  if (upload.issues.length > 0) return { parsed: empty, issues: upload.issues };
  const results = upload.sheets.map((sheet) => parseIndicatorSheet(sheet, locale));
  const parsed = results.find((r) => r.isLocated) ?? results[0] ?? empty;
  return { parsed, issues: [...parsed.issues] };
}

async function resolveCatalogVersion(deps: GovernanceDeps, request: IndicatorImportRequest): Promise<{ versionId: string | null; issue?: RowIssue }> {
  const versions = await deps.catalog.listVersions();
  if (request.catalogVersionId) {
    if (versions.some((v) => v.id === request.catalogVersionId)) return { versionId: request.catalogVersionId };
    return { versionId: null, issue: fileIssue(request.file.fileName, 'catalogVersionId', 'CATALOG_VERSION_NOT_FOUND', { value: request.catalogVersionId }) };
  }
  const current = versions.find((v) => v.isCurrent);
  if (!current) return { versionId: null, issue: fileIssue(request.file.fileName, 'catalogVersionId', 'NO_CATALOG_VERSION', {}) };
  return { versionId: current.id };
}

function isInScope(filter: ScopeFilter, collegeId: string, provinceCode: string): boolean {
  return filter.kind === 'all' || filter.provinces.includes(provinceCode) || filter.colleges.includes(collegeId);
}

type References = { provinces: Map<string, string | undefined>; programs: Map<string, OfferingLevel>; versionId: string };

async function loadReferences(deps: GovernanceDeps, drafts: readonly IndicatorDraft[], versionId: string): Promise<References> {
  const provinces = new Map<string, string | undefined>();
  for (const id of new Set(drafts.map((d) => d.collegeId))) provinces.set(id, await deps.institutions.directory.provinceOfCollege(id, deps.db));
  const found = await deps.catalog.findPrograms(versionId, [...new Set(drafts.map((d) => d.programCode))]);
  return { provinces, programs: new Map(found.map((p) => [p.code, p.level])), versionId };
}

function toRecord(draft: IndicatorDraft, provinceCode: string, level: OfferingLevel, versionId: string): IndicatorRecord {
  return {
    offeringId: offeringIdOf(draft.collegeId, draft.programCode), provinceCode, collegeId: draft.collegeId, programCode: draft.programCode, level, year: draft.year,
    plannedPlaces: draft.plannedPlaces, entrants: draft.entrants, enrollment: draft.enrollment, graduates: draft.graduates,
    destinationFirst: breakdownOf(draft, 'first'), destinationYearEnd: breakdownOf(draft, 'yearEnd'),
    relatedEmployed: draft.relatedEmployed, startingSalaryMedian: draft.startingSalaryMedian,
    fullTimeTeachers: draft.fullTimeTeachers, externalTeachers: draft.externalTeachers, dualQualifiedTeachers: draft.dualQualifiedTeachers,
    catalogVersionId: versionId, isGenerated: false,
  };
}

/** The checks that need the database: college, program, scope, and whether the offering may enroll. */
async function checkReferences(deps: IndicatorImportDeps, filter: ScopeFilter, drafts: readonly IndicatorDraft[], refs: References) {
  const issues: RowIssue[] = [];
  const records: IndicatorRecord[] = [];
  for (const draft of drafts) {
    const provinceCode = refs.provinces.get(draft.collegeId);
    const level = refs.programs.get(draft.programCode);
    const before = issues.length;
    if (!provinceCode) issues.push(draft.issueAt('collegeId', 'UNKNOWN_COLLEGE', { value: draft.collegeId }));
    else if (!isInScope(filter, draft.collegeId, provinceCode)) issues.push(draft.issueAt('collegeId', 'OUTSIDE_SCOPE', { value: draft.collegeId, province: provinceCode }));
    if (!level) issues.push(draft.issueAt('programCode', 'UNKNOWN_PROGRAM', { value: draft.programCode, version: refs.versionId }));
    if (issues.length === before && provinceCode && level) records.push(toRecord(draft, provinceCode, level, refs.versionId));
  }
  if (deps.notEnrollable) {
    const planned = records.filter((r) => r.plannedPlaces > 0);
    const blocked = await deps.notEnrollable(deps.db, planned.map((r) => ({ collegeId: r.collegeId, programCode: r.programCode, year: r.year })));
    const byKey = new Map(drafts.map((d) => [`${d.collegeId}:${d.programCode}:${d.year}`, d]));
    for (const record of planned) {
      const key = `${record.collegeId}:${record.programCode}:${record.year}`;
      const draft = byKey.get(key);
      if (blocked.has(key) && draft) issues.push(draft.issueAt('plannedPlaces', 'NOT_RECORDED', { value: record.offeringId, year: record.year, planned: record.plannedPlaces }));
    }
  }
  return { issues, records };
}

function collegeYearsOf(records: readonly IndicatorRecord[]): CollegeYear[] {
  const seen = new Map<string, CollegeYear>();
  for (const r of records) seen.set(`${r.provinceCode}:${r.collegeId}:${r.year}`, { provinceCode: r.provinceCode, collegeId: r.collegeId, year: r.year });
  return [...seen.values()];
}

async function analyse(deps: IndicatorImportDeps, actor: Actor, request: IndicatorImportRequest): Promise<Analysis> {
  const filter = deps.authz.scopeFilter(actor, governancePermissions.importIndicators);
  const previewId = fingerprintOf([request.file.fileName, request.file.contentBase64, request.catalogVersionId ?? null]);
  const { parsed, issues } = await readSheet(request, actor.locale);
  const version = await resolveCatalogVersion(deps, request);
  if (version.issue) issues.push(version.issue);
  let records: IndicatorRecord[] = [];
  if (version.versionId && parsed.drafts.length > 0) {
    const checked = await checkReferences(deps, filter, parsed.drafts, await loadReferences(deps, parsed.drafts, version.versionId));
    issues.push(...checked.issues);
    records = checked.records;
  }
  if (parsed.isLocated && parsed.rowsRead - parsed.skippedExamples === 0) issues.push(fileIssue(request.file.fileName, '', 'NO_DATA_ROWS', { value: 0 }));
  return { previewId, catalogVersionId: version.versionId, parsed, records, collegeYears: collegeYearsOf(records), issues: sortIssues(issues) };
}

function present(analysis: Analysis, replacesRows: number, locale: Actor['locale']): IndicatorImportPreview {
  const { records, parsed } = analysis;
  const isClean = analysis.issues.length === 0 && records.length > 0;
  return {
    previewId: analysis.previewId,
    isCommittable: isClean,
    catalogVersionId: analysis.catalogVersionId,
    summary: {
      rowsRead: parsed.rowsRead,
      rows: isClean ? records.length : 0,
      skippedExamples: parsed.skippedExamples,
      colleges: new Set(records.map((r) => r.collegeId)).size,
      provinces: [...new Set(records.map((r) => r.provinceCode))].sort(),
      years: [...new Set(records.map((r) => r.year))].sort((a, b) => a - b),
      replacesRows,
    },
    issues: renderIssues(analysis.issues, indicatorIssueMessages, locale),
    sample: records.slice(0, 20).map((r) => ({
      row: parsed.drafts.find((d) => d.collegeId === r.collegeId && d.programCode === r.programCode && d.year === r.year)?.row ?? 0,
      collegeId: r.collegeId, programCode: r.programCode, year: r.year, level: r.level, graduates: r.graduates, placedYearEnd: placedOf(r.destinationYearEnd),
    })),
  };
}

/** Reads and checks an indicator file and shows what would change; stores nothing. */
export async function previewIndicatorImport(deps: IndicatorImportDeps, actor: Actor, request: IndicatorImportRequest): Promise<IndicatorImportPreview> {
  const analysis = await analyse(deps, actor, request);
  return present(analysis, await countCollegeYears(deps.db, analysis.collegeYears), actor.locale);
}

function rejectUnlessClean(analysis: Analysis, request: IndicatorImportCommitRequest, actor: Actor): void {
  if (analysis.previewId !== request.previewId) throw new AppError('INDICATOR_IMPORT_PREVIEW_MISMATCH');
  if (analysis.issues.some((i) => i.code === 'OUTSIDE_SCOPE')) throw new AppError('SCOPE_DENIED', { action: governancePermissions.importIndicators.name });
  if (analysis.issues.length > 0) {
    const first = renderIssues(analysis.issues.slice(0, 1), indicatorIssueMessages, actor.locale)[0];
    const where = first && first.row > 0 ? (actor.locale === 'en' ? `${first.sheet} ${first.cell ?? `row ${first.row}`}: ` : `${first.sheet} ${first.cell ?? `第 ${first.row} 行`}：`) : '';
    throw new AppError('INDICATOR_IMPORT_REJECTED', { count: analysis.issues.length, first: `${where}${first?.message ?? ''}` });
  }
  if (analysis.records.length === 0) throw new AppError('INDICATOR_IMPORT_EMPTY');
}

function importScope(records: readonly IndicatorRecord[]): string {
  const colleges = [...new Set(records.map((r) => r.collegeId))];
  const provinces = [...new Set(records.map((r) => r.provinceCode))];
  if (colleges.length === 1) return `college:${colleges[0]}`;
  return provinces.length === 1 ? `province:${provinces[0]}` : 'national';
}

/**
 * Imports a previewed file, all or nothing: the file is checked again and any problem rejects
 * it whole. Each college-year in the file replaces that college's stored rows for that year.
 */
export async function commitIndicatorImport(deps: IndicatorImportDeps, actor: Actor, request: IndicatorImportCommitRequest): Promise<IndicatorImportResult> {
  // Lookups through other modules run before the transaction: on the embedded engine the
  // transaction holds the only connection.
  const analysis = await analyse(deps, actor, request);
  rejectUnlessClean(analysis, request, actor);
  const { records, collegeYears } = analysis;
  const importId = randomUUID();
  const provinces = [...new Set(records.map((r) => r.provinceCode))].sort();
  const replacedRows = await deps.db.transaction(async (tx) => {
    const replaced = await deleteCollegeYears(tx, collegeYears);
    await insertIndicators(tx, records, importId);
    const colleges = [...new Set(records.map((r) => r.collegeId))].sort();
    const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
    await insertIndicatorImport(tx, {
      id: importId, scope: importScope(records), fileName: request.file.fileName, fingerprint: request.previewId,
      rows: records.length, replacedRows: replaced, provinceCodes: provinces, collegeIds: colleges, years, importedBy: actorId(actor),
    });
    await deps.audit.record(tx, actor, {
      action: 'governance.indicators.import', entityType: 'indicator-import', entityId: importId, scope: importScope(records),
      details: { fileName: request.file.fileName, rows: records.length, replacedRows: replaced, colleges, years, catalogVersionId: analysis.catalogVersionId },
    });
    return replaced;
  });
  const latestYear = Math.max(...records.map((r) => r.year));
  const ruleRunIds = deps.afterImport ? await deps.afterImport(actor, provinces, latestYear) : [];
  return { importId, rows: records.length, replacedRows, provinces, ruleRunIds };
}
