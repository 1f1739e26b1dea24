import type { OfferingLevel } from '../../../../../shared/contracts/governance/indicators.js';
import type { RegionKind } from '../../../../../shared/contracts/governance/rule-packs.js';
import { buildEngineIndex, collegeRegionCodeOf, existsIn } from './engine-index.js';
import type { RuleEngineInput } from './input.js';

/**
 * Portfolio and saturation indicators for dashboards (the rule engine's caps compute the same
 * figures): per program and region, 布点数 and 布点率; per college, programs offered, new
 * offerings this year, full-time enrollment and students per program.
 */
export type RegionSaturation = {
  regionKind: RegionKind;
  regionCode: string;
  provinceCode: string;
  level: OfferingLevel;
  programCode: string;
  /** 布点数: colleges in the region offering the program this year. */
  offerings: number;
  /** Colleges of the level in the region (the repetition rate's denominator). */
  colleges: number;
  /** 布点率 = offerings ÷ colleges; null without colleges. */
  repetitionRate: number | null;
};

export type CollegePortfolio = {
  collegeId: string;
  provinceCode: string;
  year: number;
  programs: number;
  newOfferings: number;
  /** Programs with a row for the year. */
  reportingPrograms: number;
  /** Sum of the reporting offerings' full-time enrollment; null when none reported. */
  enrollment: number | null;
  /** Full-time enrollment ÷ programs offered; null unless every program reported (as the rule engine's cap requires). */
  studentsPerProgram: number | null;
};

export function computeRegionSaturation(input: RuleEngineInput, year: number, regionKind: RegionKind): RegionSaturation[] {
  const index = buildEngineIndex(input);
  const collegeCounts = new Map<string, number>();
  for (const college of input.colleges) {
    const code = collegeRegionCodeOf(college, regionKind);
    if (code === null || (college.openedYear !== null && college.openedYear > year)) continue;
    const key = `${code}|${college.level}`;
    collegeCounts.set(key, (collegeCounts.get(key) ?? 0) + 1);
  }
  const result: RegionSaturation[] = [];
  for (const group of index.programGroups(regionKind, null)) {
    const offerings = group.offerings.filter((o) => existsIn(o.offering, year)).length;
    if (offerings === 0) continue;
    const colleges = collegeCounts.get(`${group.regionCode}|${group.level}`) ?? 0;
    result.push({ regionKind, regionCode: group.regionCode, provinceCode: group.provinceCode, level: group.level, programCode: group.programCode, offerings, colleges, repetitionRate: colleges > 0 ? offerings / colleges : null });
  }
  return result;
}

export function computeCollegePortfolio(input: RuleEngineInput, year: number): CollegePortfolio[] {
  const index = buildEngineIndex(input);
  const result: CollegePortfolio[] = [];
  for (const { college, offerings } of index.colleges.values()) {
    const current = offerings.filter((o) => existsIn(o.offering, year));
    if (current.length === 0) continue;
    const rows = current.map((o) => o.rows.get(year)).filter((row) => row !== undefined);
    const enrollment = rows.length > 0 ? rows.reduce((sum, row) => sum + row.enrollment, 0) : null;
    result.push({
      collegeId: college.id,
      provinceCode: college.provinceCode,
      year,
      programs: current.length,
      newOfferings: current.filter((o) => o.offering.openedYear === year).length,
      reportingPrograms: rows.length,
      enrollment,
      studentsPerProgram: enrollment === null || rows.length < current.length ? null : enrollment / current.length,
    });
  }
  return result;
}
