import type { WarningAction, WarningStatus } from '../../../../shared/contracts/governance/warnings.js';
import type { WorkflowLevel } from './filing-workflow.js';

/**
 * The warning ladder (pure):
 *
 *   issued ─respond (college, plan + due date)→ responded
 *   responded ─accept (province or national)→ closed
 *   issued / responded ─escalate (province, reason)→ escalated
 *   escalated ─close (national, reason)→ closed
 *   issued ─close (province or national, reason)→ closed      (dismissed, e.g. a program-wide warning without a college)
 */
type WarningRule = { from: readonly WarningStatus[]; to: WarningStatus; by: readonly WorkflowLevel[]; needs: 'plan' | 'reason' | 'nothing' };

export const warningTransitions: Record<WarningAction, WarningRule[]> = {
  respond: [{ from: ['issued'], to: 'responded', by: ['college'], needs: 'plan' }],
  accept: [{ from: ['responded'], to: 'closed', by: ['province', 'national'], needs: 'nothing' }],
  escalate: [{ from: ['issued', 'responded'], to: 'escalated', by: ['province'], needs: 'reason' }],
  close: [
    { from: ['escalated'], to: 'closed', by: ['national'], needs: 'reason' },
    { from: ['issued'], to: 'closed', by: ['province', 'national'], needs: 'reason' },
  ],
};

export type WarningDecision =
  | { ok: true; to: WarningStatus }
  | { ok: false; why: 'wrong_level' | 'wrong_status' | 'no_college' | 'plan_required' | 'reason_required' };

export type WarningTransitionInput = {
  status: WarningStatus;
  action: WarningAction;
  level: WorkflowLevel;
  /** Warnings on a program within a region have no college to respond. */
  hasCollege: boolean;
  reason?: string | undefined;
  plan?: string | undefined;
  dueDate?: string | undefined;
};

export function decideWarningTransition(input: WarningTransitionInput): WarningDecision {
  const rules = warningTransitions[input.action];
  const byLevel = rules.filter((r) => r.by.includes(input.level));
  if (byLevel.length === 0) return { ok: false, why: 'wrong_level' };
  const rule = byLevel.find((r) => r.from.includes(input.status));
  if (!rule) return { ok: false, why: 'wrong_status' };
  if (input.action === 'respond' && !input.hasCollege) return { ok: false, why: 'no_college' };
  if (rule.needs === 'plan' && (!input.plan?.trim() || !input.dueDate)) return { ok: false, why: 'plan_required' };
  if (rule.needs === 'reason' && !input.reason?.trim()) return { ok: false, why: 'reason_required' };
  return { ok: true, to: rule.to };
}

export function possibleWarningActions(status: WarningStatus, level: WorkflowLevel, hasCollege: boolean): WarningAction[] {
  return (Object.keys(warningTransitions) as WarningAction[]).filter(
    (action) => decideWarningTransition({ status, action, level, hasCollege, reason: 'x', plan: 'x', dueDate: '2030-01-01' }).ok,
  );
}
