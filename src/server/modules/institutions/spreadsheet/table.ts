import { columnLetters, type Sheet, type SheetRow } from './workbook.js';
import type { RowIssue } from './issues.js';

/** One column of an import layout: its canonical bilingual header and other accepted headers. */
export type ColumnSpec<K extends string> = {
  key: K;
  label: { 'zh-CN': string; en: string };
  aliases?: readonly string[];
  isRequired: boolean;
  /** Shown in the template's example row. */
  example?: string;
};

export type Layout<K extends string> = {
  id: string;
  columns: readonly ColumnSpec<K>[];
  /** Matched columns needed before a row is taken for this layout's header. */
  minMatches: number;
};

/** How many leading rows may precede the header (titles, notes). */
export const HEADER_SEARCH_ROWS = 20;

export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*＊_\-()（）[\]【】:：.。]/g, '');
}

function headerParts(text: string): string[] {
  return [text, ...text.split(/[/|\n]/)].map(normalizeHeader).filter((part) => part.length > 0);
}

function matchColumn<K extends string>(header: string, columns: readonly ColumnSpec<K>[]): ColumnSpec<K> | undefined {
  const parts = headerParts(header);
  return columns.find((spec) =>
    [spec.label['zh-CN'], spec.label.en, ...(spec.aliases ?? [])].some((candidate) => parts.includes(normalizeHeader(candidate))),
  );
}

/** Canonical bilingual header text used in templates: `专业代码 / Program code`. */
export const templateHeader = (spec: ColumnSpec<string>) => `${spec.label['zh-CN']} / ${spec.label.en}`;

export type LocatedTable<K extends string> = {
  sheet: Sheet;
  layout: Layout<K>;
  headerRow: number;
  /** Data rows after the header. */
  rows: SheetRow[];
  /** 0-based cell index and header text of each found column. */
  columns: Map<K, { index: number; header: string }>;
};

export type LocateResult<K extends string> = { table: LocatedTable<K> | undefined; issues: RowIssue[] };

function mapHeaderRow<K extends string>(row: SheetRow, layout: Layout<K>) {
  const columns = new Map<K, { index: number; header: string }>();
  const duplicates: { header: string; index: number }[] = [];
  row.cells.forEach((header, index) => {
    const spec = header ? matchColumn(header, layout.columns) : undefined;
    if (!spec) return;
    if (columns.has(spec.key)) duplicates.push({ header, index });
    else columns.set(spec.key, { index, header });
  });
  return { columns, duplicates };
}

/**
 * Finds the header row (within the first rows) that best matches one of the layouts, maps
 * its columns, and reports missing required and duplicated columns.
 */
export function locateTable<K extends string>(sheet: Sheet, layouts: readonly Layout<K>[], locale: 'zh-CN' | 'en'): LocateResult<K> {
  let best: { row: SheetRow; layout: Layout<K>; mapped: ReturnType<typeof mapHeaderRow<K>> } | undefined;
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    for (const layout of layouts) {
      const mapped = mapHeaderRow(row, layout);
      if (mapped.columns.size < layout.minMatches) continue;
      if (!best || mapped.columns.size > best.mapped.columns.size) best = { row, layout, mapped };
    }
    if (best) break;
  }
  if (!best) {
    const expected = (layouts[0]?.columns ?? []).filter((c) => c.isRequired).map((c) => c.label[locale]).join(locale === 'en' ? ', ' : '、');
    return { table: undefined, issues: [{ sheet: sheet.name, row: 0, column: '', cell: null, code: 'HEADER_NOT_FOUND', params: { rows: HEADER_SEARCH_ROWS, expected } }] };
  }
  const { row, layout, mapped } = best;
  const issues: RowIssue[] = [];
  for (const spec of layout.columns) {
    if (spec.isRequired && !mapped.columns.has(spec.key)) {
      issues.push({ sheet: sheet.name, row: row.number, column: spec.label[locale], cell: null, code: 'MISSING_COLUMN', params: {} });
    }
  }
  for (const duplicate of mapped.duplicates) {
    issues.push({ sheet: sheet.name, row: row.number, column: duplicate.header, cell: `${columnLetters(duplicate.index + 1)}${row.number}`, code: 'DUPLICATE_COLUMN', params: {} });
  }
  const rows = sheet.rows.filter((r) => r.number > row.number);
  return { table: { sheet, layout, headerRow: row.number, rows, columns: mapped.columns }, issues };
}

/** Reads one data row by column key and builds issues that point at the right cell. */
export class RowReader<K extends string> {
  constructor(
    private readonly table: LocatedTable<K>,
    readonly row: SheetRow,
    private readonly locale: 'zh-CN' | 'en',
  ) {}

  has(key: K): boolean {
    return this.table.columns.has(key);
  }

  get(key: K): string {
    const column = this.table.columns.get(key);
    return column === undefined ? '' : (this.row.cells[column.index] ?? '').trim();
  }

  issue(key: K, code: string, params: Record<string, string | number> = {}): RowIssue {
    const column = this.table.columns.get(key);
    const spec = this.table.layout.columns.find((c) => c.key === key);
    return {
      sheet: this.table.sheet.name,
      row: this.row.number,
      column: column?.header ?? spec?.label[this.locale] ?? key,
      cell: column === undefined ? null : `${columnLetters(column.index + 1)}${this.row.number}`,
      code,
      params,
    };
  }

  /** The whole row (not one cell) is at fault. */
  rowIssue(code: string, params: Record<string, string | number> = {}): RowIssue {
    return { sheet: this.table.sheet.name, row: this.row.number, column: '', cell: null, code, params };
  }
}

/** Splits a multi-value cell: codes separated by ; ， 、 , or whitespace. */
export function splitList(text: string): string[] {
  return text
    .split(/[;；,，、\s]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
