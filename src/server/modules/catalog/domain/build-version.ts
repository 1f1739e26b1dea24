import type { ReferenceKind } from '../../../../shared/contracts/catalog/reference-data.js';
import type { BuiltRevision, DraftIssue, ProgramDraft, ReferenceLookup, RevisionDraft, Snapshot, SnapshotCategory, SnapshotProgram } from './catalog-draft.js';
import { checkAgainstVersions, checkConflicts, checkShapes, checkSilentRenames, deriveAdditions } from './check-revisions.js';
import { levelOrder } from './codes.js';

export type BuildInput = {
  /** full: the rows are the whole catalog; delta: the rows are added or changed programs. */
  mode: 'full' | 'delta';
  previous: Snapshot | undefined;
  programs: readonly ProgramDraft[];
  revisions: readonly RevisionDraft[];
  references: ReferenceLookup;
};
export type BuildResult = { snapshot: Snapshot; revisions: BuiltRevision[]; issues: DraftIssue[] };

const programIssue = (row: number, field: DraftIssue['field'], code: string, params: Record<string, string | number> = {}): DraftIssue => ({ sheet: 'programs', row, field, code, params });

function dedupePrograms(rows: readonly ProgramDraft[], issues: DraftIssue[]): ProgramDraft[] {
  const firstRow = new Map<string, number>();
  const unique: ProgramDraft[] = [];
  for (const row of rows) {
    const first = firstRow.get(row.code);
    if (first !== undefined) issues.push(programIssue(row.row, 'code', 'DUPLICATE', { value: row.code, firstRow: first }));
    else {
      firstRow.set(row.code, row.row);
      unique.push(row);
    }
  }
  return unique;
}

/** Major categories and categories named by the rows; a code must mean the same thing on every row. */
function collectCategories(rows: readonly ProgramDraft[], carried: ReadonlyMap<string, SnapshotCategory>, issues: DraftIssue[]) {
  const categories = new Map(carried);
  const fromFile = new Map<string, number>();
  const put = (entry: SnapshotCategory, row: number, field: 'majorName' | 'categoryName') => {
    const existing = categories.get(entry.code);
    const isSame = existing && existing.rank === entry.rank && existing.level === entry.level && existing.name === entry.name && existing.parentCode === entry.parentCode;
    if (existing && fromFile.has(entry.code) && !isSame) {
      issues.push(programIssue(row, field, 'INCONSISTENT_CATEGORY', { value: entry.code, firstRow: fromFile.get(entry.code) ?? 0, name: existing.name }));
      return;
    }
    if (!fromFile.has(entry.code)) fromFile.set(entry.code, row);
    categories.set(entry.code, entry);
  };
  for (const r of rows) {
    put({ code: r.majorCode, level: r.level, rank: 'major', parentCode: null, name: r.majorName, nameEn: r.majorNameEn }, r.row, 'majorName');
    put({ code: r.categoryCode, level: r.level, rank: 'category', parentCode: r.majorCode, name: r.categoryName, nameEn: r.categoryNameEn }, r.row, 'categoryName');
  }
  return categories;
}

const toSnapshotProgram = (r: ProgramDraft): SnapshotProgram => ({
  code: r.code, level: r.level, majorCode: r.majorCode, categoryCode: r.categoryCode, name: r.name, nameEn: r.nameEn, notes: r.notes,
});

/** The new version's programs: the rows (full), or the previous version changed by the rows and records (delta). */
function assemblePrograms(input: BuildInput, rows: readonly ProgramDraft[]): Map<string, SnapshotProgram> {
  const programs = new Map<string, SnapshotProgram>();
  if (input.mode === 'delta' && input.previous) {
    const successors = new Set(input.revisions.flatMap((r) => r.successorCodes));
    const removed = new Set(input.revisions.flatMap((r) => r.predecessorCodes).filter((code) => !successors.has(code)));
    for (const [code, program] of input.previous.programs) if (!removed.has(code)) programs.set(code, program);
  }
  for (const row of rows) programs.set(row.code, toSnapshotProgram(row));
  return programs;
}

/** Where a code of the previous version went: its successors, itself, or nowhere. */
function mapThroughRevisions(code: string, revisions: readonly RevisionDraft[], programs: ReadonlyMap<string, SnapshotProgram>): string[] {
  const touching = revisions.filter((r) => r.predecessorCodes.includes(code));
  if (touching.length === 0) return programs.has(code) ? [code] : [];
  return touching.flatMap((r) => r.successorCodes).filter((c) => programs.has(c));
}

function buildContinuities(input: BuildInput, rows: readonly ProgramDraft[], programs: ReadonlyMap<string, SnapshotProgram>, issues: DraftIssue[]) {
  const result = new Map<string, { fromCode: string; toCode: string }>();
  const inFile = new Set(rows.map((r) => r.code));
  const isUpward = (from: string, to: string) => {
    const a = programs.get(from);
    const b = programs.get(to);
    return a !== undefined && b !== undefined && levelOrder[b.level] > levelOrder[a.level];
  };
  for (const row of rows) {
    for (const to of row.continuesTo) {
      if (!programs.has(to)) issues.push(programIssue(row.row, 'continuesTo', 'UNKNOWN_PROGRAM', { value: to }));
      else if (!isUpward(row.code, to)) issues.push(programIssue(row.row, 'continuesTo', 'CONTINUITY_LEVEL', { value: to }));
      else result.set(`${row.code}>${to}`, { fromCode: row.code, toCode: to });
    }
  }
  if (input.mode === 'delta') {
    for (const link of input.previous?.continuities ?? []) {
      if (inFile.has(link.fromCode) || !programs.has(link.fromCode)) continue;
      for (const to of mapThroughRevisions(link.toCode, input.revisions, programs)) {
        if (isUpward(link.fromCode, to)) result.set(`${link.fromCode}>${to}`, { fromCode: link.fromCode, toCode: to });
      }
    }
  }
  return [...result.values()];
}

function buildClassifications(input: BuildInput, rows: readonly ProgramDraft[], programs: ReadonlyMap<string, SnapshotProgram>, issues: DraftIssue[]) {
  const result = new Map<string, Snapshot['classifications'][number]>();
  for (const row of rows) {
    for (const { kind, itemCode } of row.classifications) {
      const set = input.references[kind];
      if (!set) issues.push(programIssue(row.row, kind satisfies ReferenceKind, 'NO_REFERENCE_SET', { kind }));
      else if (!set.codes.has(itemCode)) issues.push(programIssue(row.row, kind, 'UNKNOWN_REFERENCE', { value: itemCode, set: set.setId }));
      else result.set(`${row.code}|${set.setId}|${itemCode}`, { programCode: row.code, setId: set.setId, itemCode });
    }
  }
  if (input.mode === 'delta') {
    const inFile = new Set(rows.map((r) => r.code));
    for (const c of input.previous?.classifications ?? []) {
      if (!inFile.has(c.programCode) && programs.has(c.programCode)) result.set(`${c.programCode}|${c.setId}|${c.itemCode}`, c);
    }
  }
  return [...result.values()];
}

function pruneCategories(categories: Map<string, SnapshotCategory>, programs: ReadonlyMap<string, SnapshotProgram>): Map<string, SnapshotCategory> {
  const used = new Set<string>();
  for (const p of programs.values()) {
    used.add(p.majorCode);
    used.add(p.categoryCode);
  }
  return new Map([...categories].filter(([code]) => used.has(code)));
}

/**
 * Builds a version from checked rows: its snapshot, its change records (explicit plus
 * derived additions), and every cross-row problem. Pure; nothing is written.
 */
export function buildVersion(input: BuildInput): BuildResult {
  const issues: DraftIssue[] = [];
  const rows = dedupePrograms(input.programs, issues);
  const carriedCategories = input.mode === 'delta' ? (input.previous?.categories ?? new Map()) : new Map<string, SnapshotCategory>();
  const categories = collectCategories(rows, carriedCategories, issues);
  issues.push(...checkShapes(input.revisions), ...checkConflicts(input.revisions));
  const programs = assemblePrograms(input, rows);
  issues.push(...checkAgainstVersions(input.revisions, input.previous?.programs, programs));
  issues.push(...checkSilentRenames(rows, input.previous?.programs, input.revisions).map((i) => ({ ...i, sheet: 'programs' as const })));
  const continuities = buildContinuities(input, rows, programs, issues);
  const classifications = buildClassifications(input, rows, programs, issues);
  const revisions: BuiltRevision[] = [
    ...input.revisions.map((r) => ({ ...r, isDerived: false })),
    ...deriveAdditions(input.revisions, input.previous?.programs, programs),
  ];
  return { snapshot: { programs, categories: pruneCategories(categories, programs), continuities, classifications }, revisions, issues };
}
