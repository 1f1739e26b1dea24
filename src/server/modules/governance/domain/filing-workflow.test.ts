import { describe, expect, it } from 'vitest';
import { filingActionSchema, filingStatuses, type FilingAction, type FilingStatus } from '../../../../shared/contracts/governance/filings.js';
import { deadlineFor, decideFilingTransition, kindFitsOffering, offeringStatusAfter, passedDeadline, possibleFilingActions, type WorkflowLevel } from './filing-workflow.js';

const levels: WorkflowLevel[] = ['college', 'province', 'national'];
const actions = filingActionSchema.options;

/** Every allowed step: [from, action, level, controlled?] → to. Anything not listed is forbidden. */
const allowed: { from: FilingStatus; action: FilingAction; by: WorkflowLevel; controlled: boolean[]; to: FilingStatus }[] = [
  { from: 'draft', action: 'internal_review', by: 'college', controlled: [false, true], to: 'internal_review' },
  { from: 'returned', action: 'internal_review', by: 'college', controlled: [false, true], to: 'internal_review' },
  { from: 'draft', action: 'submit', by: 'college', controlled: [false, true], to: 'submitted' },
  { from: 'internal_review', action: 'submit', by: 'college', controlled: [false, true], to: 'submitted' },
  { from: 'returned', action: 'submit', by: 'college', controlled: [false, true], to: 'submitted' },
  { from: 'submitted', action: 'return', by: 'province', controlled: [false, true], to: 'returned' },
  { from: 'submitted', action: 'record', by: 'province', controlled: [false], to: 'recorded' },
  { from: 'submitted', action: 'forward', by: 'province', controlled: [true], to: 'forwarded' },
  { from: 'forwarded', action: 'approve', by: 'national', controlled: [true], to: 'approved' },
  { from: 'forwarded', action: 'reject', by: 'national', controlled: [true], to: 'rejected' },
];

function expectedOf(status: FilingStatus, action: FilingAction, level: WorkflowLevel, isControlled: boolean): FilingStatus | undefined {
  return allowed.find((a) => a.from === status && a.action === action && a.by === level && a.controlled.includes(isControlled))?.to;
}

describe('filing state machine', () => {
  const combinations = filingStatuses.flatMap((status) => actions.flatMap((action) => levels.flatMap((level) => [false, true].map((isControlled) => ({ status, action, level, isControlled })))));

  it.each(combinations)('$status —$action by $level (controlled $isControlled)', ({ status, action, level, isControlled }) => {
    const decision = decideFilingTransition({ status, action, level, isControlled, reason: 'a reason', regulatorOpinion: 'an opinion' });
    const expected = expectedOf(status, action, level, isControlled);
    if (expected) expect(decision).toEqual({ ok: true, to: expected });
    else expect(decision.ok).toBe(false);
  });

  it('says why a step is refused: level before status before the controlled split', () => {
    expect(decideFilingTransition({ status: 'draft', action: 'record', level: 'college', isControlled: false })).toEqual({ ok: false, why: 'wrong_level' });
    expect(decideFilingTransition({ status: 'draft', action: 'record', level: 'province', isControlled: false })).toEqual({ ok: false, why: 'wrong_status' });
    expect(decideFilingTransition({ status: 'submitted', action: 'record', level: 'province', isControlled: true })).toEqual({ ok: false, why: 'controlled' });
    expect(decideFilingTransition({ status: 'submitted', action: 'forward', level: 'province', isControlled: false, regulatorOpinion: 'ok' })).toEqual({ ok: false, why: 'not_controlled' });
    expect(decideFilingTransition({ status: 'recorded', action: 'approve', level: 'national', isControlled: true })).toEqual({ ok: false, why: 'wrong_status' });
  });

  it('needs a reason to return or reject and the regulator’s opinion to forward', () => {
    expect(decideFilingTransition({ status: 'submitted', action: 'return', level: 'province', isControlled: false, reason: '  ' })).toEqual({ ok: false, why: 'reason_required' });
    expect(decideFilingTransition({ status: 'forwarded', action: 'reject', level: 'national', isControlled: true })).toEqual({ ok: false, why: 'reason_required' });
    expect(decideFilingTransition({ status: 'submitted', action: 'forward', level: 'province', isControlled: true })).toEqual({ ok: false, why: 'opinion_required' });
    expect(decideFilingTransition({ status: 'submitted', action: 'record', level: 'province', isControlled: false })).toEqual({ ok: true, to: 'recorded' });
  });

  it('lists the actions a level may take now', () => {
    expect(possibleFilingActions('draft', 'college', false)).toEqual(['internal_review', 'submit']);
    expect(possibleFilingActions('submitted', 'province', false)).toEqual(['return', 'record']);
    expect(possibleFilingActions('submitted', 'province', true)).toEqual(['return', 'forward']);
    expect(possibleFilingActions('forwarded', 'national', true)).toEqual(['approve', 'reject']);
    expect(possibleFilingActions('recorded', 'province', false)).toEqual([]);
    expect(possibleFilingActions('submitted', 'college', false)).toEqual([]);
  });
});

describe('offerings after a decision', () => {
  it('records, approves, suspends or withdraws', () => {
    expect(offeringStatusAfter('new', false)).toBe('recorded');
    expect(offeringStatusAfter('new', true)).toBe('approved');
    expect(offeringStatusAfter('adjusted', false)).toBe('recorded');
    expect(offeringStatusAfter('suspended', true)).toBe('suspended');
    expect(offeringStatusAfter('withdrawn', false)).toBe('withdrawn');
  });

  it('fits a kind to the offering as it stands', () => {
    expect(kindFitsOffering('new', undefined)).toBe(true);
    expect(kindFitsOffering('new', 'withdrawn')).toBe(true);
    expect(kindFitsOffering('new', 'recorded')).toBe(false);
    expect(kindFitsOffering('new', 'suspended')).toBe(false);
    expect(kindFitsOffering('adjusted', 'suspended')).toBe(true);
    expect(kindFitsOffering('adjusted', undefined)).toBe(false);
    expect(kindFitsOffering('suspended', 'approved')).toBe(true);
    expect(kindFitsOffering('suspended', 'suspended')).toBe(false);
    expect(kindFitsOffering('withdrawn', 'suspended')).toBe(true);
    expect(kindFitsOffering('withdrawn', 'withdrawn')).toBe(false);
    expect(kindFitsOffering('withdrawn', undefined)).toBe(false);
  });
});

describe('deadlines', () => {
  const deadlines = {
    collegeFilingClosesAt: new Date('2026-11-15T00:00:00Z'),
    controlledApplicationsCloseAt: new Date('2026-11-01T00:00:00Z'),
    provinceReviewClosesAt: new Date('2026-12-31T00:00:00Z'),
    resultsPublishUntil: new Date('2027-04-30T00:00:00Z'),
  };

  it('governs each action by its level’s deadline; controlled programs close earlier', () => {
    expect(deadlineFor('submit', false)).toEqual(['collegeFilingClosesAt']);
    expect(deadlineFor('submit', true)).toEqual(['collegeFilingClosesAt', 'controlledApplicationsCloseAt']);
    expect(deadlineFor('record', false)).toEqual(['provinceReviewClosesAt']);
    expect(deadlineFor('approve', true)).toEqual(['resultsPublishUntil']);
  });

  it('finds the passed deadline, and exactly at the deadline is still in time', () => {
    expect(passedDeadline(deadlines, deadlineFor('submit', true), new Date('2026-11-05T00:00:00Z'))).toEqual({ name: 'controlledApplicationsCloseAt', at: deadlines.controlledApplicationsCloseAt });
    expect(passedDeadline(deadlines, deadlineFor('submit', false), new Date('2026-11-05T00:00:00Z'))).toBeUndefined();
    expect(passedDeadline(deadlines, deadlineFor('submit', false), new Date('2026-11-15T00:00:00Z'))).toBeUndefined();
    expect(passedDeadline(deadlines, deadlineFor('record', false), new Date('2027-01-01T00:00:00Z'))?.name).toBe('provinceReviewClosesAt');
  });
});
