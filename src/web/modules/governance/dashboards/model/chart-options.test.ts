import { describe, expect, it } from 'vitest';
import type { AdjustmentRow, StructuralDeviationRow, TrendRow, UnitRow } from '../../../../../shared/contracts/governance/dashboards.js';
import { adjustmentsOption, deviationOption, toPercent, trendsOption, unitsBarOption } from './chart-options.js';

function unit(id: string, rate: number | null, isInsufficient = false): UnitRow {
  return {
    unitKind: 'college', unitId: id, unitName: `学院${id}`, provinceCode: '440000', collegeId: id, programCode: null,
    offerings: 1, colleges: 1, plannedPlaces: 50, entrants: 45, enrollment: 130, graduates: 40,
    destinationNumerator: 30, destinationDenominator: 40, destinationRate: rate, isInsufficient,
    warningsNotice: 0, warningsYellow: 0, warningsRed: 0,
  };
}

type Series = { data?: unknown };
const seriesData = (option: { series?: unknown }) => (Array.isArray(option.series) ? (option.series as Series[]).map((series) => series.data) : []);

describe('dashboard chart options', () => {
  it('draws rates in percent and leaves a missing rate as a gap', () => {
    expect(toPercent(0.8654)).toBe(86.5);
    expect(toPercent(null)).toBeNull();
  });

  it('sorts units lowest rate first and greys out small cohorts', () => {
    const option = unitsBarOption([unit('A', 0.9), unit('B', 0.5, true), unit('C', null)], { destinationRate: 'rate', insufficient: 'few' });
    expect(option.yAxis).toMatchObject({ data: ['学院C', '学院B', '学院A'] });
    expect(seriesData(option)[0]).toEqual([
      { value: null, itemStyle: { color: '#1f5fbf' } },
      { value: 50, itemStyle: { color: '#bfbfbf' } },
      { value: 90, itemStyle: { color: '#1f5fbf' } },
    ]);
  });

  it('puts counts on the left axis and both destination snapshots on the right', () => {
    const row: TrendRow = {
      year: 2024, offerings: 10, plannedPlaces: 500, entrants: 450, enrollment: 1300, graduates: 400, fillRate: 0.9,
      destinationFirstNumerator: 300, destinationFirstDenominator: 400, destinationFirstRate: 0.75,
      destinationYearEndNumerator: 360, destinationYearEndDenominator: 400, destinationYearEndRate: 0.9,
      addedOfferings: 1, closedOfferings: 0,
    };
    const option = trendsOption([row], { entrants: 'e', graduates: 'g', destinationFirst: 'f', destinationYearEnd: 'y' });
    expect(seriesData(option)).toEqual([[450], [400], [75], [90]]);
  });

  it('colours oversupply red and skips sections without industry figures', () => {
    const section = (code: string, deviation: number | null): StructuralDeviationRow => ({
      sectionCode: code, sectionName: `门类${code}`, graduates: 10, graduatesTotal: 100, graduateShare: 0.1,
      industryValue: deviation === null ? null : 5, industryTotal: 100, industryShare: deviation === null ? null : 0.05, deviation,
    });
    const option = deviationOption([section('C', 1), section('I', -0.5), section('Q', null)], { deviation: 'd' });
    expect(seriesData(option)[0]).toEqual([
      { value: 100, itemStyle: { color: '#cf1322' } },
      { value: -50, itemStyle: { color: '#1f5fbf' } },
    ]);
  });

  it('stacks added up and closed down, the most changed programs first', () => {
    const adjustment = (code: string, added: number, closed: number): AdjustmentRow => ({ programCode: code, programName: code, level: 'higher', added, closed, net: added - closed });
    const option = adjustmentsOption([adjustment('A', 1, 0), adjustment('B', 2, 3)], { added: 'added', closed: 'closed' });
    expect(option.xAxis).toMatchObject({ data: ['B', 'A'] });
    expect(seriesData(option)).toEqual([[2, 1], [-3, 0]]);
  });
});
