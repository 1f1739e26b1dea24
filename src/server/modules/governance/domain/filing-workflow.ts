import type { FilingAction, FilingKind, FilingStatus } from '../../../../shared/contracts/governance/filings.js';
import type { OfferingStatus } from '../../../../shared/contracts/governance/offerings.js';

/**
 * The filing state machine (pure): which step may follow which, at which level, and what
 * a recorded or approved item does to the offering. See governance-rules.md, "Workflow".
 *
 *   draft ─internal_review→ internal_review ─submit→ submitted      (college)
 *   draft / returned ─submit→ submitted                            (college)
 *   submitted ─return→ returned · ─record→ recorded · ─forward→ forwarded   (province)
 *   forwarded ─approve→ approved · ─reject→ rejected               (national)
 */
export type WorkflowLevel = 'college' | 'province' | 'national';

type TransitionRule = {
  from: readonly FilingStatus[];
  to: FilingStatus;
  by: WorkflowLevel;
  /** record: only non-controlled programs; forward, approve, reject: only controlled ones. */
  controlled?: boolean;
  needsReason?: boolean;
  needsRegulatorOpinion?: boolean;
};

export const filingTransitions: Record<FilingAction, TransitionRule> = {
  internal_review: { from: ['draft', 'returned'], to: 'internal_review', by: 'college' },
  submit: { from: ['draft', 'internal_review', 'returned'], to: 'submitted', by: 'college' },
  return: { from: ['submitted'], to: 'returned', by: 'province', needsReason: true },
  record: { from: ['submitted'], to: 'recorded', by: 'province', controlled: false },
  forward: { from: ['submitted'], to: 'forwarded', by: 'province', controlled: true, needsRegulatorOpinion: true },
  approve: { from: ['forwarded'], to: 'approved', by: 'national', controlled: true },
  reject: { from: ['forwarded'], to: 'rejected', by: 'national', controlled: true, needsReason: true },
};

/** Statuses in which the college may still change the item. */
export const editableStatuses: readonly FilingStatus[] = ['draft', 'returned'];
/** Statuses after which nothing more happens. */
export const finalStatuses: readonly FilingStatus[] = ['recorded', 'approved', 'rejected'];

export type TransitionDecision =
  | { ok: true; to: FilingStatus }
  | { ok: false; why: 'wrong_level' | 'wrong_status' | 'not_controlled' | 'controlled' | 'reason_required' | 'opinion_required' };

export type TransitionInput = {
  status: FilingStatus;
  action: FilingAction;
  level: WorkflowLevel;
  isControlled: boolean;
  reason?: string | undefined;
  regulatorOpinion?: string | undefined;
};

/** Decides one step. Level is checked first, then status, then the controlled split, then the texts. */
export function decideFilingTransition(input: TransitionInput): TransitionDecision {
  const rule = filingTransitions[input.action];
  if (rule.by !== input.level) return { ok: false, why: 'wrong_level' };
  if (!rule.from.includes(input.status)) return { ok: false, why: 'wrong_status' };
  if (rule.controlled === false && input.isControlled) return { ok: false, why: 'controlled' };
  if (rule.controlled === true && !input.isControlled) return { ok: false, why: 'not_controlled' };
  if (rule.needsReason && !input.reason?.trim()) return { ok: false, why: 'reason_required' };
  if (rule.needsRegulatorOpinion && !input.regulatorOpinion?.trim()) return { ok: false, why: 'opinion_required' };
  return { ok: true, to: rule.to };
}

/** The actions a level could take on an item in this status (before deadlines and scope). */
export function possibleFilingActions(status: FilingStatus, level: WorkflowLevel, isControlled: boolean): FilingAction[] {
  return (Object.keys(filingTransitions) as FilingAction[]).filter((action) => {
    const decision = decideFilingTransition({ status, action, level, isControlled, reason: 'x', regulatorOpinion: 'x' });
    return decision.ok;
  });
}

/** What a recorded or approved item makes of the offering in the item's year. */
export function offeringStatusAfter(kind: FilingKind, isControlled: boolean): OfferingStatus {
  switch (kind) {
    case 'new':
    case 'adjusted':
      return isControlled ? 'approved' : 'recorded';
    case 'suspended':
      return 'suspended';
    case 'withdrawn':
      return 'withdrawn';
  }
}

/**
 * Whether a kind of request fits the offering as it stands (its status in force that year,
 * or none): a new offering needs none that may enroll or is suspended; an adjustment or a
 * suspension needs one that may enroll (an adjustment also resumes a suspended one); a
 * withdrawal needs one that is not yet withdrawn.
 */
export function kindFitsOffering(kind: FilingKind, current: OfferingStatus | undefined): boolean {
  switch (kind) {
    case 'new':
      return current === undefined || current === 'withdrawn';
    case 'adjusted':
      return current === 'recorded' || current === 'approved' || current === 'suspended';
    case 'suspended':
      return current === 'recorded' || current === 'approved';
    case 'withdrawn':
      return current !== undefined && current !== 'withdrawn';
  }
}

/** The deadline that governs an action: the college's (or the controlled one), the province's, or the national decision window. */
export type DeadlineName = 'collegeFilingClosesAt' | 'controlledApplicationsCloseAt' | 'provinceReviewClosesAt' | 'resultsPublishUntil';

export function deadlineFor(action: FilingAction | 'create' | 'update', isControlled: boolean): DeadlineName[] {
  switch (action) {
    case 'create':
    case 'update':
    case 'internal_review':
    case 'submit':
      return isControlled ? ['collegeFilingClosesAt', 'controlledApplicationsCloseAt'] : ['collegeFilingClosesAt'];
    case 'return':
    case 'record':
    case 'forward':
      return ['provinceReviewClosesAt'];
    case 'approve':
    case 'reject':
      return ['resultsPublishUntil'];
  }
}

export type CycleDeadlines = Record<DeadlineName, Date>;

/** The first deadline (of those governing the action) that has passed at `now`, if any. */
export function passedDeadline(deadlines: CycleDeadlines, names: DeadlineName[], now: Date): { name: DeadlineName; at: Date } | undefined {
  for (const name of names) {
    if (now.getTime() > deadlines[name].getTime()) return { name, at: deadlines[name] };
  }
  return undefined;
}
