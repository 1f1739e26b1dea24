import type { AdjustmentRow, AlignmentRow, SaturationRow, StructuralDeviationRow, TrendRow, UnitRow } from '../../../../../shared/contracts/governance/dashboards.js';
import type { EChartOption } from '../../../../ui/lazy-echart.js';

/** Rates are drawn in percent with one decimal; a missing rate is a gap, never 0. */
export function toPercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

const percentAxis = { type: 'value' as const, axisLabel: { formatter: '{value}%' } };
const percentValue = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '—');
const countValue = (value: unknown) => (typeof value === 'number' ? value.toLocaleString() : '—');
const shortName = (name: string, max = 10) => (name.length > max ? `${name.slice(0, max)}…` : name);

export type UnitsLabels = { destinationRate: string; insufficient: string };

/** Destination rate of each unit of the next level (colleges, offerings), lowest first; small cohorts in grey. */
export function unitsBarOption(rows: readonly UnitRow[], labels: UnitsLabels): EChartOption {
  const sorted = [...rows].sort((a, b) => (a.destinationRate ?? -1) - (b.destinationRate ?? -1)).slice(0, 30);
  return {
    tooltip: { trigger: 'axis', valueFormatter: percentValue },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { ...percentAxis, max: 100 },
    yAxis: { type: 'category', data: sorted.map((row) => shortName(row.unitName, 14)) },
    series: [
      {
        type: 'bar',
        name: labels.destinationRate,
        data: sorted.map((row) => ({ value: toPercent(row.destinationRate), itemStyle: { color: row.isInsufficient ? '#bfbfbf' : '#1f5fbf' } })),
        label: { show: true, position: 'right', formatter: (params: { value?: unknown }) => percentValue(params.value) },
      },
    ],
  };
}

export type TrendLabels = { entrants: string; graduates: string; destinationFirst: string; destinationYearEnd: string };

/** Entrants and graduates as bars (left axis), both destination snapshots as lines (right axis, %). */
export function trendsOption(rows: readonly TrendRow[], labels: TrendLabels): EChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => String(row.year)) },
    yAxis: [{ type: 'value' }, { ...percentAxis, min: 0, max: 100, splitLine: { show: false } }],
    series: [
      { type: 'bar', name: labels.entrants, data: rows.map((row) => row.entrants), tooltip: { valueFormatter: countValue } },
      { type: 'bar', name: labels.graduates, data: rows.map((row) => row.graduates), tooltip: { valueFormatter: countValue } },
      { type: 'line', name: labels.destinationFirst, yAxisIndex: 1, data: rows.map((row) => toPercent(row.destinationFirstRate)), tooltip: { valueFormatter: percentValue } },
      { type: 'line', name: labels.destinationYearEnd, yAxisIndex: 1, data: rows.map((row) => toPercent(row.destinationYearEndRate)), tooltip: { valueFormatter: percentValue } },
    ],
  };
}

export type SaturationLabels = { offerings: string; repetitionRate: string };

/** 布点数 of the most offered programs (bars) with their 布点率 (line, %). */
export function saturationOption(rows: readonly SaturationRow[], labels: SaturationLabels): EChartOption {
  const top = rows.slice(0, 15);
  const name = (row: SaturationRow) => (row.regionCode ? `${shortName(row.programName, 8)}·${shortName(row.regionName, 4)}` : shortName(row.programName));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: top.map(name), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: [{ type: 'value' }, { ...percentAxis, min: 0, splitLine: { show: false } }],
    series: [
      { type: 'bar', name: labels.offerings, data: top.map((row) => row.offerings), tooltip: { valueFormatter: countValue } },
      { type: 'line', name: labels.repetitionRate, yAxisIndex: 1, data: top.map((row) => toPercent(row.repetitionRate)), tooltip: { valueFormatter: percentValue } },
    ],
  };
}

export type AlignmentLabels = { offeringShare: string; enrollmentShare: string; nameOf: (row: AlignmentRow) => string };

/** Shares of offerings and of enrollment per alignment tier or chain. */
export function alignmentOption(rows: readonly AlignmentRow[], labels: AlignmentLabels): EChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: percentValue },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => shortName(labels.nameOf(row), 8)), axisLabel: { interval: 0 } },
    yAxis: percentAxis,
    series: [
      { type: 'bar', name: labels.offeringShare, data: rows.map((row) => toPercent(row.offeringShare)) },
      { type: 'bar', name: labels.enrollmentShare, data: rows.map((row) => toPercent(row.enrollmentShare)) },
    ],
  };
}

export type DeviationLabels = { deviation: string };

/** 结构偏离度 per industry section: above 0 (oversupply) in red, below in blue. */
export function deviationOption(rows: readonly StructuralDeviationRow[], labels: DeviationLabels): EChartOption {
  const drawn = rows.filter((row) => row.deviation !== null);
  return {
    tooltip: { trigger: 'axis', valueFormatter: percentValue },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: percentAxis,
    yAxis: { type: 'category', data: drawn.map((row) => `${row.sectionCode} ${shortName(row.sectionName, 10)}`) },
    series: [
      {
        type: 'bar',
        name: labels.deviation,
        data: drawn.map((row) => ({ value: toPercent(row.deviation), itemStyle: { color: (row.deviation ?? 0) > 0 ? '#cf1322' : '#1f5fbf' } })),
      },
    ],
  };
}

export type AdjustmentLabels = { added: string; closed: string };

/** Offerings added (up) and closed (down) per program in the year, the most changed first. */
export function adjustmentsOption(rows: readonly AdjustmentRow[], labels: AdjustmentLabels): EChartOption {
  const top = [...rows].sort((a, b) => b.added + b.closed - (a.added + a.closed)).slice(0, 15);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? Math.abs(value).toLocaleString() : '—') },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: top.map((row) => shortName(row.programName, 8)), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: labels.added, stack: 'change', data: top.map((row) => row.added), itemStyle: { color: '#389e0d' } },
      { type: 'bar', name: labels.closed, stack: 'change', data: top.map((row) => (row.closed === 0 ? 0 : -row.closed)), itemStyle: { color: '#cf1322' } },
    ],
  };
}
