import { describe, expect, it } from 'vitest';
import { formatPercent, formatRateWithCounts, frameTable } from './frame-table.js';

describe('dashboard table view', () => {
  const columns = [
    { key: 'unitName', label: { 'zh-CN': '省份', en: 'Province' }, kind: 'text' as const },
    { key: 'graduates', label: { 'zh-CN': '毕业生', en: 'Graduates' }, kind: 'count' as const },
    { key: 'destinationRate', label: { 'zh-CN': '去向落实率', en: 'Destination rate' }, kind: 'rate' as const },
  ];
  const rows = [
    { unitId: '440000', unitName: '广东省', graduates: 1234, destinationRate: 0.8654, isInsufficient: false },
    { unitId: '320000', unitName: '江苏省', graduates: 12, destinationRate: null, isInsufficient: true },
  ];

  it('labels columns in the reader’s language and formats cells by kind', () => {
    const zh = frameTable(columns, rows, 'zh-CN', (row, index) => `${index}`);
    expect(zh.columns.map((column) => column.title)).toEqual(['省份', '毕业生', '去向落实率']);
    expect(zh.columns.map((column) => Boolean(column.isNumeric))).toEqual([false, true, true]);
    const render = (columnIndex: number, rowIndex: number) => {
      const column = zh.columns[columnIndex]!;
      const row = zh.rows[rowIndex]!;
      return column.render?.(row[column.key] ?? null, row);
    };
    expect(render(2, 0)).toBe('86.5%');
    expect(render(2, 1)).toBe('—');
    expect(render(0, 1)).toBe('江苏省');
    expect(frameTable(columns, rows, 'en').columns[2]!.title).toBe('Destination rate');
  });

  it('keeps every row, keyed, with booleans shown as marks', () => {
    const table = frameTable(columns, rows, 'en', (row) => row.unitId);
    expect(table.rows.map((row) => row[table.rowKey])).toEqual(['440000', '320000']);
    expect(table.rows[1]!.isInsufficient).toBe('✓');
  });

  it('formats rates with their counts', () => {
    expect(formatPercent(0.5)).toBe('50.0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatRateWithCounts(45 / 52, 45, 52)).toBe('86.5% (45 / 52)');
    expect(formatRateWithCounts(null, null, null)).toBe('—');
  });
});
