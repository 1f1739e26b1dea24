import { randomUUID } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { IndustryImportCommitRequest, IndustryImportPreview, IndustryImportRequest, IndustryImportResult } from '../../../../shared/contracts/governance/industry-data.js';
import { fingerprintOf, readUpload, renderIssues, sortIssues, type RowIssue } from '../../institutions/index.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { governancePermissions } from '../policies.js';
import { countExistingIndustryKeys, upsertIndustryRows } from '../industry-data.repository.js';
import { industryIssueMessages, readIndustrySheets, type IndustryDraft } from '../industry-data.rows.js';

/**
 * Industry employment import: read and check every row (file, numbers, regions, the importer's
 * scope), show what would change, then write all rows or none. A row replaces the stored one
 * with the same province, year and section.
 */
type Analysis = { fingerprint: string; drafts: IndustryDraft[]; rowsRead: number; issues: RowIssue[]; replaces: number };

/** GB/T 2260 provinces, read before any transaction (the embedded engine has one connection). */
async function knownProvinces(deps: GovernanceDeps): Promise<Set<string>> {
  const scopes = await deps.institutions.searchScopes('province', { provinces: 'all', colleges: 'all' }, undefined);
  return new Set(scopes.map((s) => s.scope.slice('province:'.length)));
}

async function checkRegions(deps: GovernanceDeps, actor: Actor, drafts: readonly IndustryDraft[], provinces: ReadonlySet<string>): Promise<RowIssue[]> {
  const issues: RowIssue[] = [];
  const allowed = new Map<string, boolean>();
  for (const draft of drafts) {
    const code = draft.regionCode;
    if (!provinces.has(code)) {
      issues.push(draft.issue('UNKNOWN_REGION', { value: code }));
      continue;
    }
    if (!allowed.has(code)) allowed.set(code, await deps.authz.can(actor, governancePermissions.importIndustryData, `province:${code}`));
    if (!allowed.get(code)) issues.push(draft.issue('REGION_OUT_OF_SCOPE', { value: code }));
  }
  return issues;
}

async function analyse(deps: GovernanceDeps, db: DbOrTx, actor: Actor, request: IndustryImportRequest, provinces: ReadonlySet<string>): Promise<Analysis> {
  const fingerprint = fingerprintOf([request.file, request.source, request.isSample]);
  const upload = await readUpload(request.file);
  const read = readIndustrySheets(upload.sheets, actor.locale);
  const regionIssues = await checkRegions(deps, actor, read.drafts, provinces);
  const replaces = await countExistingIndustryKeys(db, read.drafts);
  return { fingerprint, drafts: read.drafts, rowsRead: read.rowsRead, issues: sortIssues([...upload.issues, ...read.issues, ...regionIssues]), replaces };
}

const sorted = <T extends string | number>(values: Iterable<T>) => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export async function previewIndustryImport(deps: GovernanceDeps, actor: Actor, request: IndustryImportRequest): Promise<IndustryImportPreview> {
  // any importer may preview; rows outside their scope come back as issues
  deps.authz.scopeFilter(actor, governancePermissions.importIndustryData);
  const analysis = await analyse(deps, deps.db, actor, request, await knownProvinces(deps));
  return {
    fingerprint: analysis.fingerprint,
    isCommittable: analysis.issues.length === 0 && analysis.drafts.length > 0,
    summary: { rowsRead: analysis.rowsRead, rows: analysis.drafts.length, regions: sorted(analysis.drafts.map((d) => d.regionCode)), years: sorted(analysis.drafts.map((d) => d.year)), replaces: analysis.replaces },
    issues: renderIssues(analysis.issues, industryIssueMessages, actor.locale),
    sample: analysis.drafts.slice(0, 20).map((d) => ({ row: d.row, regionCode: d.regionCode, year: d.year, sectionCode: d.sectionCode, employment: d.employment, valueAdded: d.valueAdded })),
  };
}

function rejectUnlessClean(analysis: Analysis, request: IndustryImportCommitRequest, locale: Actor['locale']): void {
  if (analysis.fingerprint !== request.fingerprint) throw new AppError('INDUSTRY_IMPORT_FINGERPRINT_MISMATCH');
  if (analysis.issues.length === 0 && analysis.drafts.length > 0) return;
  const rendered = renderIssues(analysis.issues.slice(0, 1), industryIssueMessages, locale)[0];
  const where = rendered && rendered.row > 0 ? (locale === 'en' ? `${rendered.sheet} row ${rendered.row}: ` : `${rendered.sheet} 第 ${rendered.row} 行：`) : '';
  throw new AppError('INDUSTRY_IMPORT_REJECTED', { count: Math.max(1, analysis.issues.length), first: `${where}${rendered?.message ?? ''}` });
}

/** Writes a previewed file, all or nothing, checked again inside the transaction. */
export async function commitIndustryImport(deps: GovernanceDeps, actor: Actor, request: IndustryImportCommitRequest): Promise<IndustryImportResult> {
  deps.authz.scopeFilter(actor, governancePermissions.importIndustryData);
  const importId = randomUUID();
  const provinces = await knownProvinces(deps);
  return deps.db.transaction(async (tx) => {
    const analysis = await analyse(deps, tx, actor, request, provinces);
    // writing a province the importer does not hold is refused as such, not as a bad file
    if (analysis.issues.some((issue) => issue.code === 'REGION_OUT_OF_SCOPE')) throw new AppError('SCOPE_DENIED', { action: governancePermissions.importIndustryData.name });
    rejectUnlessClean(analysis, request, actor.locale);
    const now = deps.now();
    await upsertIndustryRows(
      tx,
      analysis.drafts.map((d) => ({ regionCode: d.regionCode, year: d.year, sectionCode: d.sectionCode, sectionName: d.sectionName, employment: d.employment, valueAdded: d.valueAdded, source: request.source, isSample: request.isSample, importId, importedAt: now })),
    );
    const regions = sorted(analysis.drafts.map((d) => d.regionCode));
    const years = sorted(analysis.drafts.map((d) => d.year));
    for (const region of regions) {
      await deps.audit.record(tx, actor, {
        action: 'governance.industry-data.import',
        entityType: 'industry-employment',
        entityId: importId,
        scope: `province:${region}`,
        details: { region, years, rows: analysis.drafts.filter((d) => d.regionCode === region).length, replaced: analysis.replaces, source: request.source, isSample: request.isSample, file: request.file.fileName },
      });
    }
    return { rows: analysis.drafts.length, replaced: analysis.replaces, regions, years };
  });
}
