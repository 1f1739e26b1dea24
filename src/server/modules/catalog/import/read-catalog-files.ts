import type { CatalogImportRequest } from '../../../../shared/contracts/catalog/imports.js';
import { columnLetters, locateTable, readUpload, RowReader, type Layout, type LocatedTable, type RowIssue, type Sheet } from '../../institutions/index.js';
import type { DraftIssue, ProgramDraft, ProgramField, RevisionDraft, RevisionField } from '../domain/catalog-draft.js';
import { programLayout, readProgramRow, readRevisionRow, revisionLayout } from './catalog-layout.js';

export type CatalogFiles = {
  programs: ProgramDraft[];
  revisions: RevisionDraft[];
  programRows: number;
  revisionRows: number;
  issues: RowIssue[];
  /** Turns a cross-row problem into one that names the sheet, row, column and cell. */
  locate(issue: DraftIssue): RowIssue;
};

type Locale = 'zh-CN' | 'en';

/** The first sheet whose header matches the layout well enough. */
function findTable<K extends string>(sheets: readonly Sheet[], layout: Layout<K>, locale: Locale) {
  for (const sheet of sheets) {
    const located = locateTable(sheet, [layout], locale);
    if (located.table) return located;
  }
  return undefined;
}

function issueLocator(tables: { programs?: LocatedTable<ProgramField>; revisions?: LocatedTable<RevisionField> }, names: { programs: string; revisions: string }) {
  return (issue: DraftIssue): RowIssue => {
    const table: LocatedTable<string> | undefined = issue.sheet === 'programs' ? tables.programs : tables.revisions;
    const sheet = table?.sheet.name ?? names[issue.sheet];
    const column = issue.field === '' ? undefined : table?.columns.get(issue.field);
    const isCell = column !== undefined && issue.row > 0;
    return {
      sheet,
      row: issue.row,
      column: column?.header ?? '',
      cell: isCell ? `${columnLetters(column.index + 1)}${issue.row}` : null,
      code: issue.code,
      params: issue.params,
    };
  };
}

function readPrograms(table: LocatedTable<ProgramField>, isSample: boolean, locale: Locale) {
  const drafts: ProgramDraft[] = [];
  const issues: RowIssue[] = [];
  for (const row of table.rows) {
    const result = readProgramRow(new RowReader(table, row, locale), isSample);
    issues.push(...result.issues);
    if (result.draft) drafts.push(result.draft);
  }
  return { drafts, issues };
}

function readRevisions(table: LocatedTable<RevisionField>, locale: Locale) {
  const drafts: RevisionDraft[] = [];
  const issues: RowIssue[] = [];
  for (const row of table.rows) {
    const result = readRevisionRow(new RowReader(table, row, locale));
    issues.push(...result.issues);
    if (result.draft) drafts.push(result.draft);
  }
  return { drafts, issues };
}

/**
 * Reads the programs file (and the change-record sheet, from the same workbook or a second
 * file) into drafts, with every cell-level problem.
 */
export async function readCatalogFiles(request: CatalogImportRequest, locale: Locale): Promise<CatalogFiles> {
  const issues: RowIssue[] = [];
  const main = await readUpload(request.programs);
  issues.push(...main.issues);
  const extra = request.revisions ? await readUpload(request.revisions) : undefined;
  if (extra) issues.push(...extra.issues);

  const programsFound = main.sheets.length > 0 ? findTable(main.sheets, programLayout, locale) : undefined;
  if (main.sheets.length > 0 && !programsFound) {
    const firstSheet = main.sheets[0]!;
    issues.push(...locateTable(firstSheet, [programLayout], locale).issues);
  }
  const revisionSheets = extra ? extra.sheets : main.sheets.filter((s) => s !== programsFound?.table?.sheet);
  const revisionsFound = revisionSheets.length > 0 ? findTable(revisionSheets, revisionLayout, locale) : undefined;
  if (extra && extra.sheets.length > 0 && !revisionsFound) issues.push(...locateTable(extra.sheets[0]!, [revisionLayout], locale).issues);

  const tables = { programs: programsFound?.table, revisions: revisionsFound?.table };
  issues.push(...(programsFound?.issues ?? []), ...(revisionsFound?.issues ?? []));
  const hasMissingColumns = issues.some((i) => i.code === 'MISSING_COLUMN');
  const programs = tables.programs && !hasMissingColumns ? readPrograms(tables.programs, request.version.isSample, locale) : { drafts: [], issues: [] };
  const revisions = tables.revisions && !hasMissingColumns ? readRevisions(tables.revisions, locale) : { drafts: [], issues: [] };
  issues.push(...programs.issues, ...revisions.issues);
  return {
    programs: programs.drafts,
    revisions: revisions.drafts,
    programRows: tables.programs?.rows.length ?? 0,
    revisionRows: tables.revisions?.rows.length ?? 0,
    issues,
    locate: issueLocator(tables, { programs: request.programs.fileName, revisions: request.revisions?.fileName ?? request.programs.fileName }),
  };
}
