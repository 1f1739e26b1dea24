import type { FilingAction, FilingCycle, FilingItem, FilingKind, FilingStatus, TimelineEvent } from '../../../../shared/contracts/governance/filings.js';
import type { Offering, OfferingStatus } from '../../../../shared/contracts/governance/offerings.js';
import { enrollableStatuses } from '../../../../shared/contracts/governance/offerings.js';
import type { Warning, WarningAction, WarningStatus } from '../../../../shared/contracts/governance/warnings.js';
import { notificationEntityTypeSchema, type Notification, type NotificationKind } from '../../../../shared/contracts/governance/notifications.js';
import { findingFactSchema, localizedTextSchema, ruleActionSchema, severitySchema, type LocalizedText } from '../../../../shared/contracts/governance/findings.js';
import type { FilingCycleRow, FilingItemRow, TimelineEventRow } from '../filings.repository.js';
import type { OfferingRow } from '../offerings.repository.js';
import type { WarningRow } from '../warnings.repository.js';
import type { NotificationWithRead } from '../notifications.repository.js';
import type { CollegeNames } from './college-names.js';

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

export function presentOffering(row: OfferingRow, askedYear: number | undefined): Offering {
  const status = row.status as OfferingStatus;
  return {
    id: `${row.collegeId}:${row.programCode}`,
    provinceCode: row.provinceCode,
    collegeId: row.collegeId,
    programCode: row.programCode,
    programName: row.programName,
    catalogVersionId: row.catalogVersionId,
    year: askedYear ?? row.year,
    sinceYear: row.year,
    status,
    canEnroll: enrollableStatuses.includes(status),
    filingItemId: row.filingItemId,
    isDemo: row.isDemo,
    updatedAt: iso(row.updatedAt),
  };
}

export function presentCycle(row: FilingCycleRow): FilingCycle {
  return {
    year: row.year,
    collegeFilingClosesAt: iso(row.collegeFilingClosesAt),
    controlledApplicationsCloseAt: iso(row.controlledApplicationsCloseAt),
    provinceReviewClosesAt: iso(row.provinceReviewClosesAt),
    resultsPublishFrom: iso(row.resultsPublishFrom),
    resultsPublishUntil: iso(row.resultsPublishUntil),
    isDemo: row.isDemo,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function presentFilingItem(row: FilingItemRow, availableActions: (FilingAction | 'update')[], colleges: CollegeNames): FilingItem {
  return {
    id: row.id,
    year: row.year,
    provinceCode: row.provinceCode,
    collegeId: row.collegeId,
    collegeName: colleges.get(row.collegeId) ?? null,
    programCode: row.programCode,
    programName: row.programName,
    catalogVersionId: row.catalogVersionId,
    kind: row.kind as FilingKind,
    status: row.status as FilingStatus,
    justification: row.justification,
    details: row.details,
    plannedPlaces: row.plannedPlaces,
    isControlled: row.isControlled,
    regulatorOpinion: row.regulatorOpinion,
    lastReason: row.lastReason,
    submittedAt: isoOrNull(row.submittedAt),
    decidedAt: isoOrNull(row.decidedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    isDemo: row.isDemo,
    availableActions,
  };
}

export function presentTimeline(rows: readonly TimelineEventRow[]): { items: TimelineEvent[] } {
  return {
    items: rows.map((r) => ({
      id: r.id,
      entityType: r.entityType === 'warning' ? 'warning' : 'filing-item',
      entityId: r.entityId,
      collegeId: r.collegeId,
      programCode: r.programCode,
      action: r.action,
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      actorId: r.actorId,
      actorLabel: r.actorLabel,
      role: r.role,
      reason: r.reason,
      at: iso(r.at),
    })),
  };
}

/** JSON columns are parsed on the way out: a malformed stored value fails loudly, never half-shown. */
const parseText = (value: unknown): LocalizedText => localizedTextSchema.parse(value);

export function presentWarning(row: WarningRow, availableActions: WarningAction[], colleges: CollegeNames): Warning {
  const subjectKind = row.subjectKind === 'offering' || row.subjectKind === 'college' ? row.subjectKind : 'program-in-region';
  return {
    id: row.id,
    provinceCode: row.provinceCode,
    collegeId: row.collegeId,
    collegeName: row.collegeId === null ? null : (colleges.get(row.collegeId) ?? null),
    programCode: row.programCode,
    offeringId: row.offeringId,
    regionCode: row.regionCode,
    subjectKind,
    severity: severitySchema.parse(row.severity),
    action: ruleActionSchema.parse(row.action),
    source: row.source === 'rule' ? 'rule' : 'manual',
    runId: row.runId,
    packId: row.packId,
    packVersion: row.packVersion,
    ruleId: row.ruleId,
    year: row.year,
    fingerprint: row.fingerprint,
    summary: parseText(row.summary),
    facts: findingFactSchema.array().parse(row.facts),
    status: row.status as WarningStatus,
    reason: row.reason,
    responsePlan: row.responsePlan,
    responseDueDate: row.responseDueDate,
    respondedAt: isoOrNull(row.respondedAt),
    lastNote: row.lastNote,
    issuedAt: iso(row.issuedAt),
    closedAt: isoOrNull(row.closedAt),
    updatedAt: iso(row.updatedAt),
    availableActions,
  };
}

export function presentNotification(row: NotificationWithRead): Notification {
  return {
    id: row.id,
    recipientScope: row.recipientScope,
    kind: row.kind as NotificationKind,
    entityType: notificationEntityTypeSchema.catch('filing-item').parse(row.entityType),
    entityId: row.entityId,
    title: parseText(row.title),
    body: parseText(row.body),
    createdAt: iso(row.createdAt),
    readAt: isoOrNull(row.readAt),
  };
}
