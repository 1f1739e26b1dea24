import type { Actor } from '../../../platform/authz/actor.js';
import { collegeNamesOf } from './college-names.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { Permission } from '../../../platform/authz/policy.js';
import type { FilingAction, FilingActionRequest, FilingItem, FilingKind, FilingStatus } from '../../../../shared/contracts/governance/filings.js';
import type { OfferingStatus } from '../../../../shared/contracts/governance/offerings.js';
import type { OfferingLevel } from '../../../../shared/contracts/governance/indicators.js';
import { decideFilingTransition, filingTransitions, offeringStatusAfter, type TransitionDecision, type WorkflowLevel } from '../domain/filing-workflow.js';
import { firstCapBreach, type FilingCap } from '../domain/filing-caps.js';
import { countDecidedNewItems, findFilingItemForUpdate, updateFilingItem, type FilingItemRow } from '../filings.repository.js';
import { countEnrollableInForce, findOfferingInForce, upsertOfferingYears } from '../offerings.repository.js';
import { governancePermissions } from '../policies.js';
import { FILING_ITEM_MOVED, type FilingItemMoved } from '../events.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { requireCycle } from './manage-filing-cycles.js';
import { refreshDashboardSummaries } from './refresh-dashboards.js';
import { availableFilingActions, requireBeforeDeadline, requireItem, requireKindFits, statusZh } from './filing-items.js';
import { presentFilingItem } from './present.js';
import { loadFilingRules } from './filing-packs.js';
import { missingField, notify, recordStep, type NotificationDraft } from './workflow-support.js';

const permissionOfLevel: Record<WorkflowLevel, Permission> = {
  college: governancePermissions.fileOfferings,
  province: governancePermissions.reviewFilings,
  national: governancePermissions.approveControlled,
};

const actionZh: Record<FilingAction, string> = { internal_review: '校内审核', submit: '提交', return: '退回', record: '备案', forward: '报送国家', approve: '批准', reject: '不予批准' };

function refusal(decision: Exclude<TransitionDecision, { ok: true }>, item: FilingItemRow, action: FilingAction): AppError {
  switch (decision.why) {
    case 'controlled':
      return new AppError('FILING_CONTROLLED', { programCode: item.programCode });
    case 'not_controlled':
      return new AppError('FILING_NOT_CONTROLLED', { programCode: item.programCode });
    case 'reason_required':
      return missingField('reason');
    case 'opinion_required':
      return missingField('regulatorOpinion');
    case 'wrong_level':
    case 'wrong_status':
      return new AppError('FILING_TRANSITION_FORBIDDEN', { from: item.status, fromZh: statusZh(item.status), action, actionZh: actionZh[action] });
  }
}

/** The province's caps, counted as they would stand after recording (or forwarding) this item. */
async function requireWithinCaps(tx: DbOrTx, caps: readonly FilingCap[], item: FilingItemRow, level: OfferingLevel | undefined): Promise<void> {
  if (caps.length === 0 || item.kind !== 'new') return;
  const counts = {
    offeringsPerCollege: (await countEnrollableInForce(tx, item.year, { collegeId: item.collegeId })) + 1,
    newOfferingsPerCollege: (await countDecidedNewItems(tx, item.collegeId, item.year)) + 1,
    offeringsInProvince: (await countEnrollableInForce(tx, item.year, { provinceCode: item.provinceCode, programCode: item.programCode })) + 1,
  };
  const breach = firstCapBreach(caps, 'new', counts, { level });
  if (breach) {
    const names: Record<FilingCap['measure'], { en: string; zh: string }> = {
      'offerings-per-college': { en: 'offerings per college', zh: '每校专业点数' },
      'new-offerings-per-college': { en: 'new programs per college this year', zh: '每校每年新增专业数' },
      'offerings-in-region': { en: 'offerings of the program in the province', zh: '该专业省内布点数' },
    };
    const name = names[breach.cap.measure];
    throw new AppError('FILING_CAP_EXCEEDED', { cap: name.en, capZh: name.zh, count: breach.count, limit: breach.cap.limit, source: `${breach.cap.source} (${breach.cap.packId} ${breach.cap.ruleId})` });
  }
}

function notificationsFor(action: FilingAction, item: FilingItemRow, reason: string | null): NotificationDraft[] {
  const college = `college:${item.collegeId}` as const;
  const province = `province:${item.provinceCode}` as const;
  const what = { 'zh-CN': `${item.programName}（${item.programCode}，${item.year} 年）`, en: `${item.programName} (${item.programCode}, ${item.year})` };
  const withReason = (text: { 'zh-CN': string; en: string }) => (reason ? { 'zh-CN': `${text['zh-CN']}：${reason}`, en: `${text.en}: ${reason}` } : text);
  const base = { entityType: 'filing-item' as const, entityId: item.id };
  switch (action) {
    case 'return':
      return [{ ...base, kind: 'filing_returned', recipients: [college], title: { 'zh-CN': '备案事项被退回', en: 'Filing item returned' }, body: withReason(what) }];
    case 'record':
      return [{ ...base, kind: 'filing_recorded', recipients: [college], title: { 'zh-CN': '专业设置已备案', en: 'Offering recorded' }, body: what }];
    case 'forward':
      return [{ ...base, kind: 'filing_forwarded', recipients: [college, 'national'], title: { 'zh-CN': '国家控制专业已报送国家审批', en: 'Controlled program forwarded for national approval' }, body: what }];
    case 'approve':
      return [{ ...base, kind: 'filing_approved', recipients: [college, province], title: { 'zh-CN': '国家控制专业已获批准', en: 'Controlled program approved' }, body: what }];
    case 'reject':
      return [{ ...base, kind: 'filing_rejected', recipients: [college, province], title: { 'zh-CN': '国家控制专业未获批准', en: 'Controlled program rejected' }, body: withReason(what) }];
    case 'internal_review':
    case 'submit':
      return [];
  }
}

function changesFor(action: FilingAction, to: FilingStatus, request: FilingActionRequest, now: Date): Partial<FilingItemRow> {
  const set: Partial<FilingItemRow> = { status: to, updatedAt: now };
  if (action === 'submit') set.submittedAt = now;
  if (action === 'return' || action === 'reject') set.lastReason = request.reason ?? null;
  if (action === 'forward') set.regulatorOpinion = request.regulatorOpinion ?? null;
  if (action === 'record' || action === 'approve' || action === 'reject') set.decidedAt = now;
  return set;
}

/**
 * One step of the workflow: authorize the level the step belongs to, check its deadline, decide
 * (state machine), apply caps and the offering change when the province records or the nation
 * approves, write the timeline, audit and notifications in one transaction, then publish.
 */
export async function moveFilingItem(deps: GovernanceDeps, actor: Actor, id: string, action: FilingAction, request: FilingActionRequest): Promise<FilingItem> {
  const existing = await requireItem(deps, id);
  const level = filingTransitions[action].by;
  await deps.authz.authorize(actor, permissionOfLevel[level], `college:${existing.collegeId}`);
  const cycle = await requireCycle(deps, existing.year);
  const now = deps.now();
  requireBeforeDeadline(cycle, action, existing.isControlled, now);
  const isReview = action === 'record' || action === 'forward';
  const caps = isReview ? (await loadFilingRules(deps.db, existing.provinceCode, existing.year)).caps : [];
  const programLevel = isReview ? (await deps.catalog.findPrograms(existing.catalogVersionId, [existing.programCode]))[0]?.level : undefined;
  let offeringStatus: OfferingStatus | null = null;
  const moved = await deps.db.transaction(async (tx) => {
    const item = await findFilingItemForUpdate(tx, id);
    if (!item) throw new AppError('FILING_ITEM_NOT_FOUND', { id });
    const decision = decideFilingTransition({ status: item.status as FilingStatus, action, level, isControlled: item.isControlled, reason: request.reason, regulatorOpinion: request.regulatorOpinion });
    if (!decision.ok) throw refusal(decision, item, action);
    if (isReview) await requireWithinCaps(tx, caps, item, programLevel);
    if (action === 'record' || action === 'approve') {
      const kind = item.kind as FilingKind;
      requireKindFits(kind, (await findOfferingInForce(tx, item.collegeId, item.programCode, item.year))?.status as OfferingStatus | undefined);
      offeringStatus = offeringStatusAfter(kind, item.isControlled);
      await upsertOfferingYears(tx, [{ provinceCode: item.provinceCode, collegeId: item.collegeId, programCode: item.programCode, year: item.year, status: offeringStatus, programName: item.programName, catalogVersionId: item.catalogVersionId, filingItemId: item.id, isDemo: item.isDemo }], now);
    }
    const updated = await updateFilingItem(tx, item, changesFor(action, decision.to, request, now));
    const reason = request.reason ?? request.note ?? null;
    await recordStep(tx, deps, actor, {
      entityType: 'filing-item', entityId: item.id, provinceCode: item.provinceCode, collegeId: item.collegeId, programCode: item.programCode, year: item.year,
      action, fromStatus: item.status, toStatus: decision.to, level, reason, scope: `college:${item.collegeId}`,
      details: { ...(request.regulatorOpinion ? { regulatorOpinion: request.regulatorOpinion } : {}), ...(offeringStatus ? { offeringStatus } : {}) },
    }, now);
    await notify(tx, notificationsFor(action, item, request.reason ?? null), now);
    return { updated, fromStatus: item.status };
  });
  const event: FilingItemMoved = {
    type: FILING_ITEM_MOVED, occurredAt: now.toISOString(), itemId: id, provinceCode: moved.updated.provinceCode, collegeId: moved.updated.collegeId,
    programCode: moved.updated.programCode, year: moved.updated.year, action, fromStatus: moved.fromStatus, toStatus: moved.updated.status, offeringStatus,
  };
  deps.events.publish(event);
  // a recorded, approved or withdrawn offering changes the province's dashboard summaries (offerings, added, closed) and the public counts
  if (offeringStatus !== null) {
    try {
      await refreshDashboardSummaries(deps, [moved.updated.provinceCode]);
    } catch (error) {
      deps.log.error({ err: error, provinceCode: moved.updated.provinceCode, itemId: id }, 'dashboard refresh after a filing decision failed');
    }
  }
  return presentFilingItem(moved.updated, await availableFilingActions(deps, actor, moved.updated, cycle), await collegeNamesOf(deps, [moved.updated.collegeId]));
}
