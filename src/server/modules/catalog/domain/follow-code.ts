import type { FollowResult } from '../../../../shared/contracts/catalog/catalog.js';

/** What one version step looks like to the follower: the codes it holds and its change records. */
export type FollowRevision = { id: number; kind: string; predecessorCodes: readonly string[]; successorCodes: readonly string[] };
export type FollowStep<R extends FollowRevision = FollowRevision> = { versionId: string; codes: ReadonlySet<string>; revisions: readonly R[] };

export type FollowOutcome<R extends FollowRevision> = {
  direction: FollowResult['direction'];
  outcome: FollowResult['outcome'];
  codes: string[];
  steps: { versionId: string; codes: string[]; revisions: R[] }[];
};

/**
 * Moves a set of codes across one version boundary. Forward: each code goes to the successors
 * of the change records naming it as predecessor (none for discontinued), or stays when the
 * new version still holds it and no record names it. Backward: the same with roles swapped.
 */
function crossBoundary<R extends FollowRevision>(current: ReadonlySet<string>, revisions: readonly R[], target: ReadonlySet<string>, isForward: boolean) {
  const next = new Set<string>();
  const used: R[] = [];
  let isUntracked = false;
  for (const code of current) {
    const touching = revisions.filter((r) => (isForward ? r.predecessorCodes : r.successorCodes).includes(code));
    if (touching.length === 0) {
      if (target.has(code)) next.add(code);
      else isUntracked = true;
      continue;
    }
    for (const revision of touching) {
      if (!used.includes(revision)) used.push(revision);
      for (const other of isForward ? revision.successorCodes : revision.predecessorCodes) next.add(other);
    }
  }
  return { next, used, isUntracked };
}

/**
 * Follows a program code from version A to version B along a chain of versions. `start` is A
 * (its codes); `steps` are the versions after A up to and including B (forward), or from A
 * back to just after B followed by B's codes (backward, see `followBackward`). Pure.
 */
export function followForward<R extends FollowRevision>(code: string, startCodes: ReadonlySet<string>, steps: readonly FollowStep<R>[]): FollowOutcome<R> {
  if (!startCodes.has(code)) return { direction: 'forward', outcome: 'unknown-code', codes: [], steps: [] };
  let current: ReadonlySet<string> = new Set([code]);
  const trail: FollowOutcome<R>['steps'] = [];
  for (const step of steps) {
    const crossed = crossBoundary(current, step.revisions, step.codes, true);
    trail.push({ versionId: step.versionId, codes: [...crossed.next].sort(), revisions: crossed.used });
    if (crossed.isUntracked && crossed.next.size === 0) return { direction: 'forward', outcome: 'untracked', codes: [], steps: trail };
    current = crossed.next;
    if (current.size === 0) return { direction: 'forward', outcome: 'discontinued', codes: [], steps: trail };
  }
  return { direction: 'forward', outcome: 'continued', codes: [...current].sort(), steps: trail };
}

/**
 * Backward: `steps` run from A down towards B; each step carries the change records of
 * that version (which lead into it) and the codes of the version before it.
 */
export function followBackward<R extends FollowRevision>(
  code: string,
  startCodes: ReadonlySet<string>,
  steps: readonly { versionId: string; revisions: readonly R[]; previousCodes: ReadonlySet<string>; previousVersionId: string }[],
): FollowOutcome<R> {
  if (!startCodes.has(code)) return { direction: 'backward', outcome: 'unknown-code', codes: [], steps: [] };
  let current: ReadonlySet<string> = new Set([code]);
  const trail: FollowOutcome<R>['steps'] = [];
  for (const step of steps) {
    const crossed = crossBoundary(current, step.revisions, step.previousCodes, false);
    trail.push({ versionId: step.previousVersionId, codes: [...crossed.next].sort(), revisions: crossed.used });
    if (crossed.isUntracked && crossed.next.size === 0) return { direction: 'backward', outcome: 'untracked', codes: [], steps: trail };
    current = crossed.next;
    // walking back, an empty set means the code was added after B: it has no ancestor there
    if (current.size === 0) return { direction: 'backward', outcome: 'added-later', codes: [], steps: trail };
  }
  return { direction: 'backward', outcome: 'continued', codes: [...current].sort(), steps: trail };
}
