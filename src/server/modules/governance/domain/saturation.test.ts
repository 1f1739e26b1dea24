import { describe, expect, it } from 'vitest';
import { saturationRows, type ProgramRegionCount } from './saturation.js';

const count = (regionCode: string, programCode: string, offerings: number): ProgramRegionCount => ({
  regionCode, programCode, level: 'higher', offerings, entrants: offerings * 40, enrollment: offerings * 120, graduates: offerings * 38, placed: offerings * 34,
});

const counts = [count('440000', 'P1', 24), count('440000', 'P2', 3), count('320000', 'P1', 10), count('320000', 'P3', 12)];
const colleges = [
  { regionCode: '440000', level: 'higher' as const, colleges: 30 },
  { regionCode: '320000', level: 'higher' as const, colleges: 20 },
  { regionCode: '320000', level: 'secondary' as const, colleges: 100 },
];

describe('saturationRows', () => {
  it('counts offerings per program and region and divides by the region’s colleges of that level', () => {
    const rows = saturationRows(counts, colleges, 'program-region', 10);
    expect(rows.map((r) => [r.regionCode, r.programCode, r.offerings, r.collegesInRegion, r.repetitionRate])).toEqual([
      ['440000', 'P1', 24, 30, 0.8],
      ['320000', 'P3', 12, 20, 0.6],
      ['320000', 'P1', 10, 20, 0.5],
      ['440000', 'P2', 3, 30, 0.1],
    ]);
  });

  it('sums a program over regions, with every region’s colleges of the level in the denominator', () => {
    const rows = saturationRows(counts, colleges, 'program', 10);
    expect(rows.map((r) => [r.regionCode, r.programCode, r.offerings, r.collegesInRegion])).toEqual([
      [null, 'P1', 34, 50],
      [null, 'P3', 12, 50],
      [null, 'P2', 3, 50],
    ]);
    expect(rows[0]?.repetitionRate).toBeCloseTo(0.68);
    expect(rows[0]?.enrollment).toBe(34 * 120);
  });

  it('keeps the most offered programs up to the limit', () => {
    expect(saturationRows(counts, colleges, 'program-region', 2).map((r) => r.programCode)).toEqual(['P1', 'P3']);
  });

  it('has no rate when the region has no colleges of the level', () => {
    expect(saturationRows([count('510000', 'P1', 2)], colleges, 'program-region', 5)[0]?.repetitionRate).toBeNull();
  });
});
