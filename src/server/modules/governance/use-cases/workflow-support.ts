import type { DbOrTx } from '../../../db/open-db.js';
import { actorId, actorLabel, type Actor } from '../../../platform/authz/actor.js';
import { scopeContains } from '../../../platform/authz/scope.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { Role, Scope } from '../../../../shared/contracts/platform/roles.js';
import type { LocalizedText } from '../../../../shared/contracts/governance/findings.js';
import type { NotificationEntityType, NotificationKind } from '../../../../shared/contracts/governance/notifications.js';
import type { WorkflowLevel } from '../domain/filing-workflow.js';
import { insertTimelineEvent } from '../filings.repository.js';
import { insertNotifications } from '../notifications.repository.js';
import { newTimeOrderedId } from '../governance-ids.js';
import type { GovernanceDeps } from '../governance-deps.js';

const levelOfRole: Partial<Record<Role, WorkflowLevel>> = { college_admin: 'college', province_admin: 'province', national_admin: 'national' };
export const roleOfLevel: Record<WorkflowLevel, Role> = { college: 'college_admin', province: 'province_admin', national: 'national_admin' };

/**
 * The workflow levels the actor holds over a resource in `scope` (a college admin of that
 * college, a province admin of its province, a national admin). The system holds every level.
 */
export async function actorLevels(deps: Pick<GovernanceDeps, 'authz'>, actor: Actor, scope: Scope): Promise<Set<WorkflowLevel>> {
  if (actor.kind === 'system') return new Set(['college', 'province', 'national']);
  const levels = new Set<WorkflowLevel>();
  if (actor.kind === 'anonymous') return levels;
  for (const assignment of actor.assignments) {
    const level = levelOfRole[assignment.role];
    if (!level || assignment.scope === 'self') continue;
    if (await scopeContains(assignment.scope, scope, deps.authz.directory)) levels.add(level);
  }
  return levels;
}

/** The level a supervisor acts at: national when the actor holds a national administrator role, else province. */
export function issuerLevel(actor: Actor): WorkflowLevel {
  if (actor.kind === 'user' || actor.kind === 'apiKey') return actor.assignments.some((a) => a.role === 'national_admin') ? 'national' : 'province';
  return 'national';
}

export type Step = {
  entityType: 'filing-item' | 'warning';
  entityId: string;
  provinceCode: string;
  collegeId: string | null;
  programCode: string | null;
  /** The filing cycle's year (filing items) or the warning's year. */
  year: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  level: WorkflowLevel;
  reason: string | null;
  /** The audit entry's scope: the college, or the province for a warning without one. */
  scope: Scope;
  details?: Record<string, unknown>;
};

/** One step of a filing item or warning: a timeline row and its audit entry, in the caller's transaction. */
export async function recordStep(tx: DbOrTx, deps: Pick<GovernanceDeps, 'audit'>, actor: Actor, step: Step, at: Date): Promise<void> {
  await insertTimelineEvent(tx, {
    provinceCode: step.provinceCode,
    id: newTimeOrderedId(),
    entityType: step.entityType,
    entityId: step.entityId,
    collegeId: step.collegeId,
    programCode: step.programCode,
    year: step.year,
    action: step.action,
    fromStatus: step.fromStatus,
    toStatus: step.toStatus,
    actorId: actorId(actor),
    actorLabel: actorLabel(actor),
    role: actor.kind === 'system' ? 'system' : roleOfLevel[step.level],
    reason: step.reason,
    details: step.details ?? {},
    at,
  });
  await deps.audit.record(tx, actor, {
    action: `governance.${step.entityType}.${step.action}`,
    entityType: `governance-${step.entityType}`,
    entityId: step.entityId,
    scope: step.scope,
    details: { from: step.fromStatus, to: step.toStatus, reason: step.reason, ...step.details },
  });
}

export type NotificationDraft = { kind: NotificationKind; recipients: Scope[]; entityType: NotificationEntityType; entityId: string; title: LocalizedText; body: LocalizedText };

export async function notify(tx: DbOrTx, drafts: readonly NotificationDraft[], at: Date): Promise<void> {
  const rows = drafts.flatMap((d) =>
    [...new Set(d.recipients)].map((recipientScope) => ({ id: newTimeOrderedId(), recipientScope, kind: d.kind, entityType: d.entityType, entityId: d.entityId, title: d.title, body: d.body, createdAt: at })),
  );
  await insertNotifications(tx, rows);
}

/** A field-level 400 for a text the step needs (the contracts usually catch it first). */
export function missingField(field: string): AppError {
  return new AppError('VALIDATION_FAILED', { summary: `${field}: is required` }, [{ field, code: 'invalid_type' }]);
}
