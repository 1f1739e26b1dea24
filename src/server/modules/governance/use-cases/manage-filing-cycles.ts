import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { CreateFilingCycleRequest, FilingCycle, UpdateFilingCycleRequest } from '../../../../shared/contracts/governance/filings.js';
import type { CycleDeadlines, DeadlineName } from '../domain/filing-workflow.js';
import { findFilingCycle, insertFilingCycle, listFilingCycles, updateFilingCycle, type FilingCycleRow } from '../filings.repository.js';
import { governancePermissions } from '../policies.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { presentCycle } from './present.js';

type CycleDates = CycleDeadlines & { resultsPublishFrom: Date };

/**
 * Defaults from governance-rules.md: controlled applications (and, unless set otherwise, all
 * college filings) close at the end of 1 November of the year before; provinces review until the
 * end of the year; results are published January–April. Times are Beijing time (UTC+8).
 */
export function defaultCycleDates(year: number): CycleDates {
  const previous = year - 1;
  return {
    collegeFilingClosesAt: new Date(`${previous}-11-01T23:59:59+08:00`),
    controlledApplicationsCloseAt: new Date(`${previous}-11-01T23:59:59+08:00`),
    provinceReviewClosesAt: new Date(`${previous}-12-31T23:59:59+08:00`),
    resultsPublishFrom: new Date(`${year}-01-01T00:00:00+08:00`),
    resultsPublishUntil: new Date(`${year}-04-30T23:59:59+08:00`),
  };
}

function orderProblem(dates: CycleDates): string | undefined {
  const t = (name: keyof CycleDates) => dates[name].getTime();
  if (t('collegeFilingClosesAt') > t('provinceReviewClosesAt')) return 'collegeFilingClosesAt > provinceReviewClosesAt';
  if (t('controlledApplicationsCloseAt') > t('provinceReviewClosesAt')) return 'controlledApplicationsCloseAt > provinceReviewClosesAt';
  if (t('resultsPublishFrom') > t('resultsPublishUntil')) return 'resultsPublishFrom > resultsPublishUntil';
  if (t('provinceReviewClosesAt') > t('resultsPublishUntil')) return 'provinceReviewClosesAt > resultsPublishUntil';
  return undefined;
}

function merge(base: CycleDates, request: UpdateFilingCycleRequest): CycleDates {
  const pick = (name: keyof CycleDates) => (request[name] ? new Date(request[name]) : base[name]);
  return {
    collegeFilingClosesAt: pick('collegeFilingClosesAt'),
    controlledApplicationsCloseAt: pick('controlledApplicationsCloseAt'),
    provinceReviewClosesAt: pick('provinceReviewClosesAt'),
    resultsPublishFrom: pick('resultsPublishFrom'),
    resultsPublishUntil: pick('resultsPublishUntil'),
  };
}

function requireOrdered(dates: CycleDates): void {
  const problem = orderProblem(dates);
  if (problem) throw new AppError('FILING_DEADLINES_OUT_OF_ORDER', { detail: problem }, [{ field: problem.split(' ')[0] ?? 'body', code: 'out_of_order' }]);
}

export async function listCycles(deps: GovernanceDeps, actor: Actor): Promise<{ items: FilingCycle[] }> {
  deps.authz.scopeFilter(actor, governancePermissions.readFilingCycles);
  return { items: (await listFilingCycles(deps.db)).map(presentCycle) };
}

export async function getCycle(deps: GovernanceDeps, actor: Actor, year: number): Promise<FilingCycle> {
  deps.authz.scopeFilter(actor, governancePermissions.readFilingCycles);
  return presentCycle(await requireCycle(deps, year));
}

export async function requireCycle(deps: Pick<GovernanceDeps, 'db'>, year: number, db = deps.db): Promise<FilingCycleRow> {
  const cycle = await findFilingCycle(db, year);
  if (!cycle) throw new AppError('FILING_CYCLE_NOT_FOUND', { year });
  return cycle;
}

export async function createCycle(deps: GovernanceDeps, actor: Actor, request: CreateFilingCycleRequest, options: { isDemo?: boolean } = {}): Promise<FilingCycle> {
  await deps.authz.authorize(actor, governancePermissions.manageFilingCycles, 'national');
  const dates = merge(defaultCycleDates(request.year), request);
  requireOrdered(dates);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const isInserted = await insertFilingCycle(tx, { year: request.year, ...dates, isDemo: options.isDemo ?? false, createdAt: now, updatedAt: now });
    if (!isInserted) throw new AppError('FILING_CYCLE_EXISTS', { year: request.year });
    await deps.audit.record(tx, actor, { action: 'governance.filing-cycle.create', entityType: 'governance-filing-cycle', entityId: String(request.year), scope: 'national', details: serializeDates(dates) });
    return presentCycle(await requireCycle(deps, request.year, tx));
  });
}

export async function updateCycle(deps: GovernanceDeps, actor: Actor, year: number, request: UpdateFilingCycleRequest): Promise<FilingCycle> {
  await deps.authz.authorize(actor, governancePermissions.manageFilingCycles, 'national');
  return deps.db.transaction(async (tx) => {
    const current = await requireCycle(deps, year, tx);
    const dates = merge(current, request);
    requireOrdered(dates);
    const updated = await updateFilingCycle(tx, year, { ...dates, updatedAt: deps.now() });
    if (!updated) throw new AppError('FILING_CYCLE_NOT_FOUND', { year });
    await deps.audit.record(tx, actor, { action: 'governance.filing-cycle.update', entityType: 'governance-filing-cycle', entityId: String(year), scope: 'national', details: serializeDates(dates) });
    return presentCycle(updated);
  });
}

const serializeDates = (dates: CycleDates) => Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, v.toISOString()]));

const deadlineLabels: Record<DeadlineName, { en: string; zh: string }> = {
  collegeFilingClosesAt: { en: 'college filing closes', zh: '院校申报截止' },
  controlledApplicationsCloseAt: { en: 'controlled-program applications close', zh: '国家控制专业申请截止' },
  provinceReviewClosesAt: { en: 'province review closes', zh: '省级审核截止' },
  resultsPublishUntil: { en: 'results published (national decisions close)', zh: '结果发布（国家审批截止）' },
};

export function deadlinePassedError(year: number, name: DeadlineName, at: Date): AppError {
  const label = deadlineLabels[name];
  return new AppError('FILING_DEADLINE_PASSED', { year, deadline: label.en, deadlineZh: label.zh, at: at.toISOString(), field: name });
}
