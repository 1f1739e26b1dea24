import type { Actor } from '../../../platform/authz/actor.js';
import { collegeNamesOf } from './college-names.js';
import { isUniqueViolation } from '../../../db/pg-errors.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { decodeTimeCursor, encodeTimeCursor } from '../governance-scope.js';
import type { CreateFilingItemRequest, FilingAction, FilingItem, FilingKind, ListFilingItemsQuery, UpdateFilingItemRequest } from '../../../../shared/contracts/governance/filings.js';
import type { Scope } from '../../../../shared/contracts/platform/roles.js';
import { deadlineFor, editableStatuses, kindFitsOffering, passedDeadline, possibleFilingActions, type CycleDeadlines } from '../domain/filing-workflow.js';
import type { OfferingStatus } from '../../../../shared/contracts/governance/offerings.js';
import { findFilingItem, findFilingItemForUpdate, findOpenFilingItem, insertFilingItem, listCollegeCycleTimeline, listEntityTimeline, listFilingItems, updateFilingItem, type FilingCycleRow, type FilingItemRow } from '../filings.repository.js';
import { findOfferingInForce } from '../offerings.repository.js';
import { governancePermissions } from '../policies.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { newTimeOrderedId } from '../governance-ids.js';
import { deadlinePassedError, requireCycle } from './manage-filing-cycles.js';
import { presentFilingItem, presentTimeline } from './present.js';
import { actorLevels, recordStep } from './workflow-support.js';
import { loadFilingRules } from './filing-packs.js';

const collegeScopeOf = (collegeId: string): Scope => `college:${collegeId}`;

const kindTexts: Record<FilingKind, { zh: string; expectation: string; expectationZh: string }> = {
  new: { zh: '新增', expectation: 'a program the college does not offer (or has withdrawn)', expectationZh: '院校尚未开设（或已撤销）的专业' },
  adjusted: { zh: '调整', expectation: 'an offering that is recorded, approved or suspended', expectationZh: '已备案、已审批或暂停招生的专业点' },
  suspended: { zh: '暂停招生', expectation: 'an offering that may enroll', expectationZh: '可以招生的专业点' },
  withdrawn: { zh: '撤销', expectation: 'an offering that is not withdrawn', expectationZh: '尚未撤销的专业点' },
};

export function kindMismatch(kind: FilingKind): AppError {
  const text = kindTexts[kind];
  return new AppError('FILING_KIND_MISMATCH', { kind, kindZh: text.zh, expectation: text.expectation, expectationZh: text.expectationZh }, [{ field: 'kind', code: 'kind_mismatch' }]);
}

export function requireKindFits(kind: FilingKind, current: OfferingStatus | undefined): void {
  if (!kindFitsOffering(kind, current)) throw kindMismatch(kind);
}

export const cycleDeadlines = (cycle: FilingCycleRow): CycleDeadlines => ({
  collegeFilingClosesAt: cycle.collegeFilingClosesAt,
  controlledApplicationsCloseAt: cycle.controlledApplicationsCloseAt,
  provinceReviewClosesAt: cycle.provinceReviewClosesAt,
  resultsPublishUntil: cycle.resultsPublishUntil,
});

export function requireBeforeDeadline(cycle: FilingCycleRow, action: FilingAction | 'create' | 'update', isControlled: boolean, now: Date): void {
  const passed = passedDeadline(cycleDeadlines(cycle), deadlineFor(action, isControlled), now);
  if (passed) throw deadlinePassedError(cycle.year, passed.name, passed.at);
}

/** The actions the caller may take on the item now: by level, status, the controlled split and deadlines. */
export async function availableFilingActions(deps: GovernanceDeps, actor: Actor, item: FilingItemRow, cycle: FilingCycleRow | undefined): Promise<(FilingAction | 'update')[]> {
  if (!cycle) return [];
  const now = deps.now();
  const levels = await actorLevels(deps, actor, collegeScopeOf(item.collegeId));
  const actions: (FilingAction | 'update')[] = [];
  const isOpen = (action: FilingAction | 'update') => !passedDeadline(cycleDeadlines(cycle), deadlineFor(action, item.isControlled), now);
  if (levels.has('college') && editableStatuses.includes(item.status as FilingItem['status']) && isOpen('update')) actions.push('update');
  for (const level of levels) {
    for (const action of possibleFilingActions(item.status as FilingItem['status'], level, item.isControlled)) if (isOpen(action)) actions.push(action);
  }
  return actions;
}

async function present(deps: GovernanceDeps, actor: Actor, item: FilingItemRow, cycle?: FilingCycleRow): Promise<FilingItem> {
  return presentFilingItem(item, await availableFilingActions(deps, actor, item, cycle ?? (await requireCycle(deps, item.year))), await collegeNamesOf(deps, [item.collegeId]));
}

async function requireProvinceOf(deps: GovernanceDeps, collegeId: string): Promise<string> {
  const provinceCode = await deps.institutions.directory.provinceOfCollege(collegeId);
  if (!provinceCode) throw new AppError('COLLEGE_NOT_FOUND', { id: collegeId });
  return provinceCode;
}

/**
 * The program with the names controlled programs are matched by: in the current catalog
 * version, or — for a change to an existing offering whose code a later version renamed or
 * merged — in the version the offering was recorded under. New offerings need the current version.
 */
async function requireProgram(deps: GovernanceDeps, programCode: string, offeringVersionId: string | undefined) {
  const current = (await deps.catalog.listVersions()).find((v) => v.isCurrent);
  if (!current) throw new AppError('NO_CATALOG_VERSION');
  for (const versionId of [current.id, ...(offeringVersionId && offeringVersionId !== current.id ? [offeringVersionId] : [])]) {
    const [program] = await deps.catalog.findPrograms(versionId, [programCode]);
    if (!program) continue;
    const detail = await deps.catalog.getProgram(versionId, programCode);
    return { versionId, code: program.code, name: program.name, majorName: detail.majorName, categoryName: detail.categoryName };
  }
  throw new AppError('PROGRAM_NOT_IN_CATALOG', { code: programCode, versionId: current.id }, [{ field: 'programCode', code: 'not_in_catalog' }]);
}

/** A college drafts an item: the program must be in the current catalog and fit the offering as it stands. */
export async function createFilingItem(deps: GovernanceDeps, actor: Actor, request: CreateFilingItemRequest, options: { isDemo?: boolean } = {}): Promise<FilingItem> {
  await deps.authz.authorize(actor, governancePermissions.fileOfferings, collegeScopeOf(request.collegeId));
  const provinceCode = await requireProvinceOf(deps, request.collegeId);
  const cycle = await requireCycle(deps, request.year);
  const existing = request.kind === 'new' ? undefined : await findOfferingInForce(deps.db, request.collegeId, request.programCode, request.year);
  const program = await requireProgram(deps, request.programCode, existing?.catalogVersionId);
  const rules = await loadFilingRules(deps.db, provinceCode, request.year);
  const isControlled = rules.isControlled({ majorName: program.majorName, categoryName: program.categoryName, programName: program.name });
  const now = deps.now();
  requireBeforeDeadline(cycle, 'create', isControlled, now);
  const duplicate = () => new AppError('FILING_ITEM_DUPLICATE', { collegeId: request.collegeId, programCode: program.code, year: request.year });
  const item = await deps.db.transaction(async (tx) => {
    const offering = await findOfferingInForce(tx, request.collegeId, program.code, request.year);
    requireKindFits(request.kind, offering?.status as OfferingStatus | undefined);
    if (await findOpenFilingItem(tx, request.collegeId, program.code, request.year)) throw duplicate();
    const inserted = await insertFilingItem(tx, {
      provinceCode, id: newTimeOrderedId(), year: request.year, collegeId: request.collegeId, programCode: program.code, programName: program.name,
      catalogVersionId: program.versionId, kind: request.kind, status: 'draft', justification: request.justification, details: request.details ?? null,
      plannedPlaces: request.plannedPlaces ?? null, isControlled, isDemo: options.isDemo ?? false, createdAt: now, updatedAt: now,
    });
    await recordStep(tx, deps, actor, {
      entityType: 'filing-item', entityId: inserted.id, provinceCode, collegeId: inserted.collegeId, programCode: inserted.programCode, year: inserted.year,
      action: 'create', fromStatus: null, toStatus: 'draft', level: 'college', reason: null, scope: collegeScopeOf(inserted.collegeId),
      details: { kind: inserted.kind, isControlled },
    }, now);
    return inserted;
  }).catch((error: unknown) => {
    // two identical drafts at once both pass the check above; the open-item unique index stops the second
    throw isUniqueViolation(error) ? duplicate() : error;
  });
  return present(deps, actor, item, cycle);
}

/** The college changes a draft or returned item before the college deadline. */
export async function updateFilingItemRequest(deps: GovernanceDeps, actor: Actor, id: string, request: UpdateFilingItemRequest): Promise<FilingItem> {
  const existing = await requireItem(deps, id);
  await deps.authz.authorize(actor, governancePermissions.fileOfferings, collegeScopeOf(existing.collegeId));
  const cycle = await requireCycle(deps, existing.year);
  const now = deps.now();
  requireBeforeDeadline(cycle, 'update', existing.isControlled, now);
  const item = await deps.db.transaction(async (tx) => {
    const current = await findFilingItemForUpdate(tx, id);
    if (!current) throw new AppError('FILING_ITEM_NOT_FOUND', { id });
    if (!editableStatuses.includes(current.status as FilingItem['status'])) {
      throw new AppError('FILING_ITEM_NOT_EDITABLE', { status: current.status, statusZh: statusZh(current.status) });
    }
    const kind = request.kind ?? (current.kind as FilingKind);
    if (request.kind) requireKindFits(kind, (await findOfferingInForce(tx, current.collegeId, current.programCode, current.year))?.status as OfferingStatus | undefined);
    const updated = await updateFilingItem(tx, current, {
      kind,
      ...(request.justification !== undefined ? { justification: request.justification } : {}),
      ...(request.details !== undefined ? { details: request.details } : {}),
      ...(request.plannedPlaces !== undefined ? { plannedPlaces: request.plannedPlaces } : {}),
      updatedAt: now,
    });
    await recordStep(tx, deps, actor, {
      entityType: 'filing-item', entityId: id, provinceCode: current.provinceCode, collegeId: current.collegeId, programCode: current.programCode, year: current.year,
      action: 'update', fromStatus: current.status, toStatus: current.status, level: 'college', reason: null, scope: collegeScopeOf(current.collegeId),
      details: { changed: Object.keys(request) },
    }, now);
    return updated;
  });
  return present(deps, actor, item, cycle);
}

export async function requireItem(deps: Pick<GovernanceDeps, 'db'>, id: string): Promise<FilingItemRow> {
  const item = await findFilingItem(deps.db, id);
  if (!item) throw new AppError('FILING_ITEM_NOT_FOUND', { id });
  return item;
}

export async function getFilingItem(deps: GovernanceDeps, actor: Actor, id: string): Promise<FilingItem> {
  const item = await requireItem(deps, id);
  await deps.authz.authorize(actor, governancePermissions.readGovernance, collegeScopeOf(item.collegeId));
  return present(deps, actor, item);
}

export async function listFilingItemsPage(deps: GovernanceDeps, actor: Actor, query: ListFilingItemsQuery): Promise<{ items: FilingItem[]; nextCursor: string | null }> {
  const scope = deps.authz.scopeFilter(actor, governancePermissions.readGovernance);
  const cursor = decodeTimeCursor(query.cursor);
  const rows = await listFilingItems(deps.db, {
    scope, year: query.year, province: query.province, college: query.college, status: query.status, kind: query.kind,
    isControlled: query.controlled === undefined ? undefined : query.controlled === 'true',
    before: cursor ? { updatedAt: cursor.at, id: cursor.id } : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const cycles = new Map<number, FilingCycleRow>();
  const items: FilingItem[] = [];
  const colleges = await collegeNamesOf(deps, page.map((row) => row.collegeId));
  for (const row of page) {
    if (!cycles.has(row.year)) cycles.set(row.year, await requireCycle(deps, row.year));
    items.push(presentFilingItem(row, await availableFilingActions(deps, actor, row, cycles.get(row.year)), colleges));
  }
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeTimeCursor(last.updatedAt, last.id) : null };
}

export async function getFilingItemTimeline(deps: GovernanceDeps, actor: Actor, id: string) {
  const item = await requireItem(deps, id);
  await deps.authz.authorize(actor, governancePermissions.readGovernance, collegeScopeOf(item.collegeId));
  return presentTimeline(await listEntityTimeline(deps.db, id));
}

/** Every filing step of one college in one cycle: what the college sees as its timeline. */
export async function getCollegeCycleTimeline(deps: GovernanceDeps, actor: Actor, year: number, collegeId: string) {
  await deps.authz.authorize(actor, governancePermissions.readGovernance, collegeScopeOf(collegeId));
  await requireCycle(deps, year);
  return presentTimeline(await listCollegeCycleTimeline(deps.db, collegeId, year));
}

const statusLabelsZh: Record<string, string> = {
  draft: '草稿', internal_review: '校内审核', submitted: '已提交', returned: '已退回', recorded: '已备案', forwarded: '已报送国家', approved: '已审批', rejected: '未获批准',
};
export const statusZh = (status: string) => statusLabelsZh[status] ?? status;
