import type { Actor } from '../../../platform/authz/actor.js';
import { collegeNamesOf } from './college-names.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { decodeTimeCursor, encodeTimeCursor } from '../governance-scope.js';
import type { Scope } from '../../../../shared/contracts/platform/roles.js';
import type { ListWarningsQuery, Warning, WarningAction, WarningActionRequest, WarningCounts, WarningCountsQuery, WarningStatus } from '../../../../shared/contracts/governance/warnings.js';
import { decideWarningTransition, possibleWarningActions, type WarningDecision } from '../domain/warning-workflow.js';
import type { WorkflowLevel } from '../domain/filing-workflow.js';
import { countWarnings, findWarning, listWarnings, updateWarning, type WarningRow } from '../warnings.repository.js';
import { listEntityTimeline } from '../filings.repository.js';
import { governancePermissions } from '../policies.js';
import { WARNING_MOVED, type WarningMoved } from '../events.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { presentTimeline, presentWarning } from './present.js';
import { actorLevels, missingField, notify, recordStep, type NotificationDraft } from './workflow-support.js';

export const warningScope = (row: Pick<WarningRow, 'collegeId' | 'provinceCode'>): Scope => (row.collegeId ? `college:${row.collegeId}` : `province:${row.provinceCode}`);

const levelOrder: WorkflowLevel[] = ['national', 'province', 'college'];

export async function availableWarningActions(deps: GovernanceDeps, actor: Actor, row: WarningRow): Promise<WarningAction[]> {
  const levels = await actorLevels(deps, actor, warningScope(row));
  const actions = new Set<WarningAction>();
  for (const level of levels) for (const action of possibleWarningActions(row.status as WarningStatus, level, row.collegeId !== null)) actions.add(action);
  return [...actions];
}

async function requireWarning(deps: GovernanceDeps, id: string): Promise<WarningRow> {
  const row = await findWarning(deps.db, id);
  if (!row) throw new AppError('WARNING_NOT_FOUND', { id });
  return row;
}

export async function getWarning(deps: GovernanceDeps, actor: Actor, id: string): Promise<Warning> {
  const row = await requireWarning(deps, id);
  await deps.authz.authorize(actor, governancePermissions.readGovernance, warningScope(row));
  return presentWarning(row, await availableWarningActions(deps, actor, row), await collegeNamesOf(deps, [row.collegeId]));
}

export async function getWarningTimeline(deps: GovernanceDeps, actor: Actor, id: string) {
  const row = await requireWarning(deps, id);
  await deps.authz.authorize(actor, governancePermissions.readGovernance, warningScope(row));
  return presentTimeline(await listEntityTimeline(deps.db, id));
}

export async function listWarningsPage(deps: GovernanceDeps, actor: Actor, query: ListWarningsQuery): Promise<{ items: Warning[]; nextCursor: string | null }> {
  const scope = deps.authz.scopeFilter(actor, governancePermissions.readGovernance);
  const cursor = decodeTimeCursor(query.cursor);
  const rows = await listWarnings(
    deps.db,
    scope,
    { province: query.province, college: query.college, program: query.program, year: query.year, status: query.status, isOpen: query.open === undefined ? undefined : query.open === 'true', severity: query.severity, source: query.source },
    { before: cursor ? { issuedAt: cursor.at, id: cursor.id } : undefined, limit: query.limit + 1 },
  );
  const page = rows.slice(0, query.limit);
  const items: Warning[] = [];
  const colleges = await collegeNamesOf(deps, page.map((row) => row.collegeId));
  for (const row of page) items.push(presentWarning(row, await availableWarningActions(deps, actor, row), colleges));
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeTimeCursor(last.issuedAt, last.id) : null };
}

/** Counts by severity and status within the caller's scope (every dashboard shows them). */
export async function getWarningCounts(deps: GovernanceDeps, actor: Actor, query: WarningCountsQuery): Promise<WarningCounts> {
  const scope = deps.authz.scopeFilter(actor, governancePermissions.readGovernance);
  return countWarnings(deps.db, scope, { province: query.province, college: query.college, year: query.year });
}

const statusZh: Record<WarningStatus, string> = { issued: '已发布', responded: '已回复', escalated: '已上报', closed: '已关闭' };
const actionZh: Record<WarningAction, string> = { respond: '回复整改计划', accept: '接受', escalate: '上报国家', close: '关闭' };

function refusal(decision: Exclude<WarningDecision, { ok: true }>, row: WarningRow, action: WarningAction): AppError {
  if (decision.why === 'plan_required') return missingField('plan');
  if (decision.why === 'reason_required') return missingField('reason');
  const from = row.status as WarningStatus;
  return new AppError('WARNING_TRANSITION_FORBIDDEN', { from, fromZh: statusZh[from], action, actionZh: actionZh[action] });
}

function notificationFor(action: WarningAction, row: WarningRow, fromStatus: WarningStatus, text: string | null): NotificationDraft {
  const province = `province:${row.provinceCode}` as const;
  const college = row.collegeId ? [`college:${row.collegeId}` as const] : [];
  const summary = row.summary as { 'zh-CN': string; en: string };
  const body = text ? { 'zh-CN': `${summary['zh-CN']}\n${text}`, en: `${summary.en}\n${text}` } : summary;
  const base = { entityType: 'warning' as const, entityId: row.id, body };
  switch (action) {
    case 'respond':
      return { ...base, kind: 'warning_responded', recipients: [province], title: { 'zh-CN': '院校已回复预警整改计划', en: 'College responded to a warning' } };
    case 'escalate':
      return { ...base, kind: 'warning_escalated', recipients: ['national', ...college], title: { 'zh-CN': '预警已上报国家', en: 'Warning escalated to the national level' } };
    case 'accept':
    case 'close':
      return { ...base, kind: 'warning_closed', recipients: [...college, province, ...(fromStatus === 'escalated' ? ['national' as const] : [])], title: { 'zh-CN': '预警已关闭', en: 'Warning closed' } };
  }
}

function changesFor(action: WarningAction, to: WarningStatus, request: WarningActionRequest, now: Date): Partial<WarningRow> {
  const set: Partial<WarningRow> = { status: to, updatedAt: now };
  if (action === 'respond') Object.assign(set, { responsePlan: request.plan ?? null, responseDueDate: request.dueDate ?? null, respondedAt: now });
  if (action === 'escalate' || action === 'close') set.lastNote = request.reason ?? null;
  if (action === 'accept') set.lastNote = request.note ?? null;
  if (to === 'closed') set.closedAt = now;
  return set;
}

type Refused = Exclude<WarningDecision, { ok: true }>;

/** Tries the actor's levels from the highest; a refusal other than "wrong level" explains best. */
function decideAtSomeLevel(levels: Set<WorkflowLevel>, input: Omit<Parameters<typeof decideWarningTransition>[0], 'level'>): { ok: true; to: WarningStatus; level: WorkflowLevel } | { ok: false; failure: Refused } {
  let failure: Refused = { ok: false, why: 'wrong_level' };
  for (const level of levelOrder) {
    if (!levels.has(level)) continue;
    const decision = decideWarningTransition({ ...input, level });
    if (decision.ok) return { ok: true, to: decision.to, level };
    if (failure.why === 'wrong_level') failure = decision;
  }
  return { ok: false, failure };
}

/** One step of a warning's lifecycle, at the highest level the actor holds that may take it. */
export async function moveWarning(deps: GovernanceDeps, actor: Actor, id: string, action: WarningAction, request: WarningActionRequest): Promise<Warning> {
  const existing = await requireWarning(deps, id);
  const permission = action === 'respond' ? governancePermissions.respondWarnings : governancePermissions.superviseWarnings;
  await deps.authz.authorize(actor, permission, warningScope(existing));
  const levels = await actorLevels(deps, actor, warningScope(existing));
  const now = deps.now();
  const moved = await deps.db.transaction(async (tx) => {
    const row = await findWarning(tx, id, { forUpdate: true });
    if (!row) throw new AppError('WARNING_NOT_FOUND', { id });
    const input = { status: row.status as WarningStatus, action, hasCollege: row.collegeId !== null, reason: request.reason, plan: request.plan, dueDate: request.dueDate };
    const decided = decideAtSomeLevel(levels, input);
    if (!decided.ok) throw refusal(decided.failure, row, action);
    const chosen = decided;
    const updated = await updateWarning(tx, row, changesFor(action, chosen.to, request, now));
    const text = action === 'respond' ? `${request.plan ?? ''}（${request.dueDate ?? ''}）` : (request.reason ?? request.note ?? null);
    await recordStep(tx, deps, actor, {
      entityType: 'warning', entityId: row.id, provinceCode: row.provinceCode, collegeId: row.collegeId, programCode: row.programCode, year: row.year,
      action, fromStatus: row.status, toStatus: chosen.to, level: chosen.level, reason: text, scope: warningScope(row),
      details: action === 'respond' ? { dueDate: request.dueDate } : {},
    }, now);
    await notify(tx, [notificationFor(action, row, row.status as WarningStatus, text)], now);
    return { updated, fromStatus: row.status };
  });
  const event: WarningMoved = { type: WARNING_MOVED, occurredAt: now.toISOString(), warningId: id, provinceCode: moved.updated.provinceCode, collegeId: moved.updated.collegeId, action, fromStatus: moved.fromStatus, toStatus: moved.updated.status };
  deps.events.publish(event);
  return presentWarning(moved.updated, await availableWarningActions(deps, actor, moved.updated), await collegeNamesOf(deps, [moved.updated.collegeId]));
}
