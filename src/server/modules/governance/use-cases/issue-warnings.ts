import type { Actor } from '../../../platform/authz/actor.js';
import { collegeNamesOf } from './college-names.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { RuleFinding } from '../../../../shared/contracts/governance/findings.js';
import type { IssueWarningRequest, Warning } from '../../../../shared/contracts/governance/warnings.js';
import { insertWarnings, type WarningInsert, type WarningRow } from '../warnings.repository.js';
import { findOfferingInForce } from '../offerings.repository.js';
import { governancePermissions } from '../policies.js';
import { WARNINGS_ISSUED, type WarningsIssued } from '../events.js';
import { newTimeOrderedId } from '../governance-ids.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { issuerLevel, notify, recordStep, type NotificationDraft } from './workflow-support.js';
import { presentWarning } from './present.js';
import { availableWarningActions } from './move-warning.js';

export type IssueResult = { issued: number; skipped: number; warningIds: string[] };

function rowOfFinding(finding: RuleFinding, runId: string, now: Date): WarningInsert {
  const subject = finding.subject;
  return {
    provinceCode: subject.provinceCode,
    id: newTimeOrderedId(),
    collegeId: subject.kind === 'program-in-region' ? null : subject.collegeId,
    programCode: subject.kind === 'college' ? null : subject.programCode,
    offeringId: subject.kind === 'offering' ? subject.offeringId : null,
    regionCode: subject.kind === 'program-in-region' ? subject.regionCode : null,
    subjectKind: subject.kind,
    severity: finding.severity,
    action: finding.action,
    source: 'rule',
    runId,
    packId: finding.packId,
    packVersion: finding.packVersion,
    ruleId: finding.ruleId,
    year: finding.year,
    fingerprint: finding.fingerprint,
    summary: finding.summary,
    facts: finding.facts,
    status: 'issued',
    issuedAt: now,
    updatedAt: now,
  };
}

const scopeOfWarning = (row: Pick<WarningRow, 'collegeId' | 'provinceCode'>) => (row.collegeId ? (`college:${row.collegeId}` as const) : (`province:${row.provinceCode}` as const));

function issuedNotification(row: WarningRow): NotificationDraft {
  const summary = row.summary as { 'zh-CN': string; en: string };
  return {
    kind: 'warning_issued',
    recipients: row.collegeId ? [`college:${row.collegeId}`, `province:${row.provinceCode}`] : [`province:${row.provinceCode}`],
    entityType: 'warning',
    entityId: row.id,
    title: { 'zh-CN': `新预警（${row.severity === 'red' ? '红色' : row.severity === 'yellow' ? '黄色' : '提示'}）`, en: `New warning (${row.severity})` },
    body: summary,
  };
}

/** Timeline, audit and notifications for warnings just inserted, in the caller's transaction. */
async function recordIssued(deps: GovernanceDeps, tx: DbOrTx, actor: Actor, rows: readonly WarningRow[], reason: string | null, now: Date): Promise<void> {
  for (const row of rows) {
    await recordStep(tx, deps, actor, {
      entityType: 'warning', entityId: row.id, provinceCode: row.provinceCode, collegeId: row.collegeId, programCode: row.programCode, year: row.year,
      action: 'issue', fromStatus: null, toStatus: 'issued', level: issuerLevel(actor), reason, scope: scopeOfWarning(row),
      details: { source: row.source, runId: row.runId, packId: row.packId, ruleId: row.ruleId, severity: row.severity, fingerprint: row.fingerprint },
    }, now);
  }
  await notify(tx, rows.map(issuedNotification), now);
}

/**
 * Turns a rule run's findings into warnings inside the run's transaction: an open warning with
 * the same fingerprint is not issued again (nor a fingerprint twice in one run); summary and
 * facts are stored as the rule engine wrote them. The caller must hold `superviseWarnings` in
 * every province the findings are in. WarningsIssued is published when the caller's
 * transaction commits — call `publishIssued` after it.
 */
export async function issueWarningsFromFindings(deps: GovernanceDeps, tx: DbOrTx, actor: Actor, runId: string, findings: readonly RuleFinding[]): Promise<IssueResult> {
  const provinces = [...new Set(findings.map((f) => f.subject.provinceCode))];
  for (const province of provinces) await deps.authz.authorize(actor, governancePermissions.superviseWarnings, `province:${province}`);
  const now = deps.now();
  const unique = [...new Map(findings.map((f) => [f.fingerprint, f])).values()];
  const inserted = await insertWarnings(tx, unique.map((f) => rowOfFinding(f, runId, now)));
  await recordIssued(deps, tx, actor, inserted, null, now);
  return { issued: inserted.length, skipped: findings.length - inserted.length, warningIds: inserted.map((r) => r.id) };
}

export function publishIssued(deps: Pick<GovernanceDeps, 'events' | 'now'>, result: IssueResult, runId: string | null, provinceCodes: string[]): void {
  if (result.warningIds.length === 0) return;
  const event: WarningsIssued = { type: WARNINGS_ISSUED, occurredAt: deps.now().toISOString(), warningIds: result.warningIds, runId, provinceCodes };
  deps.events.publish(event);
}

/** A province or national administrator issues a warning by hand, with a reason, about a college or one of its offerings. */
export async function issueManualWarning(deps: GovernanceDeps, actor: Actor, request: IssueWarningRequest): Promise<Warning> {
  await deps.authz.authorize(actor, governancePermissions.superviseWarnings, `college:${request.collegeId}`);
  const provinceCode = await deps.institutions.directory.provinceOfCollege(request.collegeId);
  if (!provinceCode) throw new AppError('COLLEGE_NOT_FOUND', { id: request.collegeId });
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    if (request.programCode && !(await findOfferingInForce(tx, request.collegeId, request.programCode, request.year))) {
      throw new AppError('OFFERING_NOT_FOUND', { id: `${request.collegeId}:${request.programCode}` }, [{ field: 'programCode', code: 'no_offering' }]);
    }
    const [inserted] = await insertWarnings(tx, [{
      provinceCode, id: newTimeOrderedId(), collegeId: request.collegeId, programCode: request.programCode ?? null,
      offeringId: request.programCode ? `${request.collegeId}:${request.programCode}` : null, regionCode: null,
      subjectKind: request.programCode ? 'offering' : 'college', severity: request.severity, action: request.action, source: 'manual',
      year: request.year, fingerprint: null, summary: { 'zh-CN': request.reason, en: request.reason }, facts: [], status: 'issued',
      reason: request.reason, issuedAt: now, updatedAt: now,
    }]);
    if (!inserted) throw new Error('warning insert returned no row');
    await recordIssued(deps, tx, actor, [inserted], request.reason, now);
    return inserted;
  });
  publishIssued(deps, { issued: 1, skipped: 0, warningIds: [row.id] }, null, [provinceCode]);
  return presentWarning(row, await availableWarningActions(deps, actor, row), await collegeNamesOf(deps, [row.collegeId]));
}
