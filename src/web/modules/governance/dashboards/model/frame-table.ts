import type { Locale } from '../../../../../shared/contracts/platform/common.js';
import type { TableColumn } from '../../../../../shared/contracts/governance/dashboards.js';
import type { ChartTable, DataCell, DataColumn, DataRow } from '../../../../ui/chart-card.js';

/** 0.8654 → "86.5%". */
export function formatPercent(rate: number | null | undefined, digits = 1): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(rate * 100).toFixed(digits)}%`;
}

/** A rate with the counts behind it: "86.5%（45 / 52）". */
export function formatRateWithCounts(rate: number | null, numerator: number | null, denominator: number | null): string {
  if (numerator === null || denominator === null) return formatPercent(rate);
  return `${formatPercent(rate)} (${numerator.toLocaleString()} / ${denominator.toLocaleString()})`;
}

function formatCell(kind: TableColumn['kind'], value: DataCell): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'rate':
      return formatPercent(value);
    case 'count':
    case 'number':
      return value.toLocaleString(undefined, { maximumFractionDigits: 2 });
    default:
      return String(value);
  }
}

function toCell(value: unknown): DataCell {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '✓' : '';
  return null;
}

/**
 * The table view of a dashboard chart: the columns the server named (in the reader's language,
 * formatted by kind) over the chart's rows as they came, so the table shows exactly what the
 * .xlsx export holds.
 */
export function frameTable<T extends object>(columns: readonly TableColumn[], rows: readonly T[], locale: Locale, rowKey?: (row: T, index: number) => string): ChartTable {
  const dataColumns: DataColumn[] = columns.map((column) => ({
    key: column.key,
    title: column.label[locale],
    isNumeric: column.kind === 'count' || column.kind === 'number' || column.kind === 'rate',
    render: (value) => formatCell(column.kind, value),
  }));
  const dataRows: DataRow[] = rows.map((row, index) => {
    const cells: Record<string, DataCell> = { __key: rowKey ? rowKey(row, index) : String(index) };
    for (const [key, value] of Object.entries(row)) cells[key] = toCell(value);
    return cells;
  });
  return { columns: dataColumns, rows: dataRows, rowKey: '__key' };
}
