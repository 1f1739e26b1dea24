import type { CatalogLevel, RevisionKind } from '../../../../shared/contracts/catalog/catalog.js';
import type { ReferenceKind } from '../../../../shared/contracts/catalog/reference-data.js';

/** Catalog data on its way in (one row each) and as stored (a version's snapshot). Pure types. */

export type ProgramField =
  | 'level' | 'majorCode' | 'majorName' | 'majorNameEn' | 'categoryCode' | 'categoryName' | 'categoryNameEn' | 'code' | 'name' | 'nameEn'
  | 'continuesTo' | 'industry' | 'isced' | 'alignment' | 'chain' | 'notes';
export type RevisionField = 'level' | 'kind' | 'predecessors' | 'successors' | 'note';

export type ProgramDraft = {
  row: number;
  level: CatalogLevel;
  majorCode: string;
  majorName: string;
  majorNameEn: string | null;
  categoryCode: string;
  categoryName: string;
  categoryNameEn: string | null;
  code: string;
  name: string;
  nameEn: string | null;
  notes: string | null;
  continuesTo: string[];
  classifications: { kind: ReferenceKind; itemCode: string }[];
};

export type RevisionDraft = {
  row: number;
  level: CatalogLevel;
  kind: RevisionKind;
  predecessorCodes: string[];
  successorCodes: string[];
  note: string | null;
};

export type SnapshotProgram = {
  code: string;
  level: CatalogLevel;
  majorCode: string;
  categoryCode: string;
  name: string;
  nameEn: string | null;
  notes: string | null;
};

export type SnapshotCategory = {
  code: string;
  level: CatalogLevel;
  rank: 'major' | 'category';
  parentCode: string | null;
  name: string;
  nameEn: string | null;
};

/** A version's full content. */
export type Snapshot = {
  programs: Map<string, SnapshotProgram>;
  categories: Map<string, SnapshotCategory>;
  continuities: { fromCode: string; toCode: string }[];
  classifications: { programCode: string; setId: string; itemCode: string }[];
};

export type BuiltRevision = Omit<RevisionDraft, 'row'> & { row: number | null; isDerived: boolean };

/** A problem found while checking rows against each other and against the previous version. */
export type DraftIssue = {
  sheet: 'programs' | 'revisions';
  /** 0 when it concerns no single row. */
  row: number;
  field: ProgramField | RevisionField | '';
  code: string;
  params: Record<string, string | number>;
};

/** The reference set each classification column points to, with its item codes. */
export type ReferenceLookup = Partial<Record<ReferenceKind, { setId: string; codes: ReadonlySet<string> }>>;

export const emptySnapshot = (): Snapshot => ({ programs: new Map(), categories: new Map(), continuities: [], classifications: [] });
