import { describe, expect, it } from 'vitest';
import { followBackward, followForward, type FollowRevision } from './follow-code.js';

let nextId = 1;
const rec = (kind: string, predecessorCodes: string[], successorCodes: string[]): FollowRevision => ({ id: nextId++, kind, predecessorCodes, successorCodes });
const codes = (...list: string[]) => new Set(list);

// 2021 → 2022 (A renamed to A2, B and C merged into BC, D split into D1 and D2) → 2023 (E discontinued, BC kept)
const v2021 = codes('A', 'B', 'C', 'D', 'E', 'F');
const r2022 = [rec('renamed', ['A'], ['A2']), rec('merged', ['B', 'C'], ['BC']), rec('split', ['D'], ['D1', 'D2'])];
const v2022 = codes('A2', 'BC', 'D1', 'D2', 'E', 'F');
const r2023 = [rec('discontinued', ['E'], []), rec('added', [], ['G'])];
const v2023 = codes('A2', 'BC', 'D1', 'D2', 'F', 'G');
const forwardSteps = [
  { versionId: '2022', codes: v2022, revisions: r2022 },
  { versionId: '2023', codes: v2023, revisions: r2023 },
];

describe('followForward', () => {
  it('follows renames, merges and splits to the target version', () => {
    expect(followForward('A', v2021, forwardSteps)).toMatchObject({ outcome: 'continued', codes: ['A2'] });
    expect(followForward('C', v2021, forwardSteps)).toMatchObject({ outcome: 'continued', codes: ['BC'] });
    expect(followForward('D', v2021, forwardSteps)).toMatchObject({ outcome: 'continued', codes: ['D1', 'D2'] });
  });
  it('keeps an untouched code and reports where a code was discontinued', () => {
    expect(followForward('F', v2021, forwardSteps)).toMatchObject({ outcome: 'continued', codes: ['F'] });
    const result = followForward('E', v2021, forwardSteps);
    expect(result.outcome).toBe('discontinued');
    expect(result.steps.at(-1)).toMatchObject({ versionId: '2023', codes: [] });
    expect(result.steps.at(-1)?.revisions[0]?.kind).toBe('discontinued');
  });
  it('says when a code is unknown in the start version, or vanished without a record', () => {
    expect(followForward('Z', v2021, forwardSteps).outcome).toBe('unknown-code');
    const gap = followForward('F', v2021, [{ versionId: '2022', codes: codes('A2'), revisions: [] }]);
    expect(gap.outcome).toBe('untracked');
  });
  it('is the identity over no steps', () => {
    expect(followForward('A', v2021, [])).toMatchObject({ outcome: 'continued', codes: ['A'], steps: [] });
  });
});

describe('followBackward', () => {
  const backwardSteps = [
    { versionId: '2023', revisions: r2023, previousCodes: v2022, previousVersionId: '2022' },
    { versionId: '2022', revisions: r2022, previousCodes: v2021, previousVersionId: '2021' },
  ];
  it('finds the ancestors of a merged code and of a split one', () => {
    expect(followBackward('BC', v2023, backwardSteps)).toMatchObject({ outcome: 'continued', codes: ['B', 'C'] });
    expect(followBackward('D2', v2023, backwardSteps)).toMatchObject({ outcome: 'continued', codes: ['D'] });
  });
  it('says a code added later has no ancestor', () => {
    expect(followBackward('G', v2023, backwardSteps)).toMatchObject({ outcome: 'added-later', codes: [] });
  });
});
