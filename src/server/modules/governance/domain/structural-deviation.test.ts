import { describe, expect, it } from 'vitest';
import { clusterGraduates, structuralDeviation } from './structural-deviation.js';

const sectionsOf = new Map<string, string[]>([
  ['P-MFG-1', ['C']],
  ['P-MFG-2', ['C']],
  ['P-IT', ['I']],
  ['P-LOG', ['G', 'I']],
]);

describe('clusterGraduates', () => {
  it('sums graduates per section and splits a program classified to two sections', () => {
    const clusters = clusterGraduates(
      [{ programCode: 'P-MFG-1', graduates: 100 }, { programCode: 'P-MFG-2', graduates: 50 }, { programCode: 'P-LOG', graduates: 40 }, { programCode: 'UNMAPPED', graduates: 999 }],
      sectionsOf,
    );
    expect(Object.fromEntries(clusters)).toEqual({ C: 150, G: 20, I: 20 });
  });
});

describe('structuralDeviation', () => {
  it('is about 0 for every cluster when graduates follow employment', () => {
    const clusters = new Map([['C', 300], ['I', 100], ['G', 100]]);
    const rows = structuralDeviation(clusters, [{ sectionCode: 'C', value: 6_000_000 }, { sectionCode: 'I', value: 2_000_000 }, { sectionCode: 'G', value: 2_000_000 }]);
    expect(rows.map((r) => r.sectionCode)).toEqual(['C', 'G', 'I']);
    for (const row of rows) expect(row.deviation).toBeCloseTo(0, 10);
  });

  it('is positive for oversupply and −1 for a section with employment but no graduates', () => {
    const rows = structuralDeviation(new Map([['I', 50], ['C', 50]]), [{ sectionCode: 'I', value: 10 }, { sectionCode: 'C', value: 60 }, { sectionCode: 'A', value: 30 }]);
    const bySection = Object.fromEntries(rows.map((r) => [r.sectionCode, r]));
    expect(bySection.I?.graduateShare).toBe(0.5);
    expect(bySection.I?.industryShare).toBe(0.1);
    expect(bySection.I?.deviation).toBeCloseTo(4);
    expect(bySection.C?.deviation).toBeCloseTo(0.5 / 0.6 - 1);
    expect(bySection.A?.deviation).toBe(-1);
  });

  it('has no deviation without an industry figure for the section', () => {
    const rows = structuralDeviation(new Map([['C', 10]]), []);
    expect(rows).toEqual([{ sectionCode: 'C', graduates: 10, graduatesTotal: 10, graduateShare: 1, industryValue: null, industryTotal: null, industryShare: null, deviation: null }]);
  });
});
