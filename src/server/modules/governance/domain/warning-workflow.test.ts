import { describe, expect, it } from 'vitest';
import { warningActionSchema, warningStatuses, type WarningAction, type WarningStatus } from '../../../../shared/contracts/governance/warnings.js';
import type { WorkflowLevel } from './filing-workflow.js';
import { decideWarningTransition, possibleWarningActions } from './warning-workflow.js';

const levels: WorkflowLevel[] = ['college', 'province', 'national'];

/** Every allowed step; anything else is forbidden. */
const allowed: { from: WarningStatus; action: WarningAction; by: WorkflowLevel; to: WarningStatus }[] = [
  { from: 'issued', action: 'respond', by: 'college', to: 'responded' },
  { from: 'responded', action: 'accept', by: 'province', to: 'closed' },
  { from: 'responded', action: 'accept', by: 'national', to: 'closed' },
  { from: 'issued', action: 'escalate', by: 'province', to: 'escalated' },
  { from: 'responded', action: 'escalate', by: 'province', to: 'escalated' },
  { from: 'escalated', action: 'close', by: 'national', to: 'closed' },
  { from: 'issued', action: 'close', by: 'province', to: 'closed' },
  { from: 'issued', action: 'close', by: 'national', to: 'closed' },
];

describe('warning state machine', () => {
  const combinations = warningStatuses.flatMap((status) => warningActionSchema.options.flatMap((action) => levels.map((level) => ({ status, action, level }))));

  it.each(combinations)('$status —$action by $level', ({ status, action, level }) => {
    const decision = decideWarningTransition({ status, action, level, hasCollege: true, reason: 'a reason', plan: 'a plan of work', dueDate: '2027-06-30' });
    const expected = allowed.find((a) => a.from === status && a.action === action && a.by === level)?.to;
    if (expected) expect(decision).toEqual({ ok: true, to: expected });
    else expect(decision.ok).toBe(false);
  });

  it('explains refusals', () => {
    expect(decideWarningTransition({ status: 'issued', action: 'respond', level: 'province', hasCollege: true, plan: 'p', dueDate: '2027-01-01' })).toEqual({ ok: false, why: 'wrong_level' });
    expect(decideWarningTransition({ status: 'closed', action: 'respond', level: 'college', hasCollege: true, plan: 'p', dueDate: '2027-01-01' })).toEqual({ ok: false, why: 'wrong_status' });
    expect(decideWarningTransition({ status: 'issued', action: 'respond', level: 'college', hasCollege: false, plan: 'p', dueDate: '2027-01-01' })).toEqual({ ok: false, why: 'no_college' });
    expect(decideWarningTransition({ status: 'issued', action: 'respond', level: 'college', hasCollege: true, plan: 'p' })).toEqual({ ok: false, why: 'plan_required' });
    expect(decideWarningTransition({ status: 'responded', action: 'escalate', level: 'province', hasCollege: true, reason: ' ' })).toEqual({ ok: false, why: 'reason_required' });
    expect(decideWarningTransition({ status: 'escalated', action: 'close', level: 'province', hasCollege: true, reason: 'done' })).toEqual({ ok: false, why: 'wrong_status' });
  });

  it('lists what each level may do now', () => {
    expect(possibleWarningActions('issued', 'college', true)).toEqual(['respond']);
    expect(possibleWarningActions('issued', 'college', false)).toEqual([]);
    expect(possibleWarningActions('responded', 'province', true)).toEqual(['accept', 'escalate']);
    expect(possibleWarningActions('escalated', 'national', true)).toEqual(['close']);
    expect(possibleWarningActions('closed', 'national', true)).toEqual([]);
  });
});
