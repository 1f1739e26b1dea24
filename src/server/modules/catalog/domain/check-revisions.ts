import type { BuiltRevision, DraftIssue, RevisionDraft, SnapshotProgram } from './catalog-draft.js';
import { fitsShape, revisionShape } from './codes.js';

type Issue = Omit<DraftIssue, 'sheet'>;
const at = (row: number, field: DraftIssue['field'], code: string, params: Record<string, string | number> = {}): DraftIssue => ({ sheet: 'revisions', row, field, code, params });

/** The records' own shape: how many predecessors and successors each kind takes. */
export function checkShapes(revisions: readonly RevisionDraft[]): DraftIssue[] {
  const issues: DraftIssue[] = [];
  for (const r of revisions) {
    if (!fitsShape(r.kind, r.predecessorCodes.length, r.successorCodes.length)) {
      const shape = revisionShape[r.kind];
      issues.push(at(r.row, 'kind', 'REVISION_SHAPE', {
        kind: r.kind,
        predecessors: shape.predecessors.join('–'),
        successors: shape.successors.join('–'),
      }));
    }
  }
  return issues;
}

/** A code may be the predecessor of one record and the successor of one record at most. */
export function checkConflicts(revisions: readonly RevisionDraft[]): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const seen = { predecessors: new Map<string, number>(), successors: new Map<string, number>() };
  for (const r of revisions) {
    for (const [field, list] of [['predecessors', r.predecessorCodes], ['successors', r.successorCodes]] as const) {
      for (const code of list) {
        const first = seen[field].get(code);
        if (first !== undefined && first !== r.row) issues.push(at(r.row, field, 'CONFLICTING_RECORDS', { value: code, firstRow: first }));
        else seen[field].set(code, r.row);
      }
    }
  }
  return issues;
}

/**
 * Checks records against the previous and the new version: predecessors must exist before,
 * successors after, at the record's level; and every code that disappears needs a record.
 */
export function checkAgainstVersions(
  revisions: readonly RevisionDraft[],
  previous: ReadonlyMap<string, SnapshotProgram> | undefined,
  next: ReadonlyMap<string, SnapshotProgram>,
): DraftIssue[] {
  const issues: DraftIssue[] = [];
  for (const r of revisions) {
    for (const code of r.predecessorCodes) {
      const program = previous?.get(code);
      if (!program) issues.push(at(r.row, 'predecessors', previous ? 'PREDECESSOR_UNKNOWN' : 'NO_PREVIOUS_VERSION', { value: code }));
      else if (program.level !== r.level) issues.push(at(r.row, 'level', 'LEVEL_MISMATCH', { value: code, level: program.level }));
    }
    for (const code of r.successorCodes) {
      const program = next.get(code);
      if (!program) issues.push(at(r.row, 'successors', 'SUCCESSOR_UNKNOWN', { value: code }));
      else if (program.level !== r.level) issues.push(at(r.row, 'level', 'LEVEL_MISMATCH', { value: code, level: program.level }));
    }
  }
  if (previous) {
    const named = new Set(revisions.flatMap((r) => r.predecessorCodes));
    for (const code of previous.keys()) {
      if (!next.has(code) && !named.has(code)) issues.push({ ...at(0, '', 'CODE_DROPPED', { value: code }) });
    }
  }
  return issues;
}

/** New codes that no record produced become derived `added` records (only when there is a previous version). */
export function deriveAdditions(
  revisions: readonly RevisionDraft[],
  previous: ReadonlyMap<string, SnapshotProgram> | undefined,
  next: ReadonlyMap<string, SnapshotProgram>,
): BuiltRevision[] {
  if (!previous) return [];
  const produced = new Set(revisions.flatMap((r) => r.successorCodes));
  const derived: BuiltRevision[] = [];
  for (const program of next.values()) {
    if (previous.has(program.code) || produced.has(program.code)) continue;
    derived.push({ row: null, level: program.level, kind: 'added', predecessorCodes: [], successorCodes: [program.code], note: null, isDerived: true });
  }
  return derived;
}

/** A kept code whose name changed needs a `renamed` record naming it as successor. */
export function checkSilentRenames(
  drafts: readonly { row: number; code: string; name: string }[],
  previous: ReadonlyMap<string, SnapshotProgram> | undefined,
  revisions: readonly RevisionDraft[],
): Issue[] {
  if (!previous) return [];
  const produced = new Set(revisions.flatMap((r) => r.successorCodes));
  return drafts
    .filter((d) => {
      const before = previous.get(d.code);
      return before !== undefined && before.name !== d.name && !produced.has(d.code);
    })
    .map((d) => ({ row: d.row, field: 'name' as const, code: 'NAME_CHANGED_WITHOUT_RECORD', params: { value: d.code, before: previous.get(d.code)?.name ?? '' } }));
}
