import type { OfferingLevel } from '../../../../shared/contracts/governance/indicators.js';
import { rateOf } from './suppression.js';

/**
 * Saturation (专业布点): how many colleges of a region offer a program (布点数) and what share
 * of the region's colleges of that level that is (布点率 = offerings ÷ colleges). An offering
 * is one college × one program, so offerings of a program in a region count colleges. Pure.
 */

/** A program's figures in one region (a province) and year, as the summaries keep them. */
export type ProgramRegionCount = {
  regionCode: string;
  programCode: string;
  level: OfferingLevel;
  offerings: number;
  entrants: number;
  enrollment: number;
  graduates: number;
  placed: number;
};

export type SaturationEntry = {
  /** null when the row spans every region of the view. */
  regionCode: string | null;
  programCode: string;
  level: OfferingLevel;
  offerings: number;
  collegesInRegion: number;
  repetitionRate: number | null;
  entrants: number;
  enrollment: number;
  graduates: number;
  placed: number;
};

/** Colleges of `level` with at least one offering in `regionCode`: the repetition-rate denominator. */
export type CollegeCount = { regionCode: string; level: OfferingLevel; colleges: number };

const key = (regionCode: string, level: string) => `${regionCode}|${level}`;

/**
 * Rows per program × region, or per program over all regions in `counts` (the colleges of all
 * regions then form the denominator, including regions where the program is not offered),
 * sorted by offerings, then repetition rate, then code; at most `limit`.
 */
export function saturationRows(counts: readonly ProgramRegionCount[], colleges: readonly CollegeCount[], groupBy: 'program' | 'program-region', limit: number): SaturationEntry[] {
  const collegesByRegion = new Map(colleges.map((c) => [key(c.regionCode, c.level), c.colleges]));
  const collegesByLevel = new Map<string, number>();
  for (const c of colleges) collegesByLevel.set(c.level, (collegesByLevel.get(c.level) ?? 0) + c.colleges);

  const groups = new Map<string, SaturationEntry>();
  for (const count of counts) {
    const regionCode = groupBy === 'program' ? null : count.regionCode;
    const groupKey = `${regionCode ?? '*'}|${count.level}|${count.programCode}`;
    const denominator = regionCode === null ? (collegesByLevel.get(count.level) ?? 0) : (collegesByRegion.get(key(regionCode, count.level)) ?? 0);
    const entry = groups.get(groupKey) ?? { regionCode, programCode: count.programCode, level: count.level, offerings: 0, collegesInRegion: denominator, repetitionRate: null, entrants: 0, enrollment: 0, graduates: 0, placed: 0 };
    entry.offerings += count.offerings;
    entry.entrants += count.entrants;
    entry.enrollment += count.enrollment;
    entry.graduates += count.graduates;
    entry.placed += count.placed;
    groups.set(groupKey, entry);
  }
  const rows = [...groups.values()].map((entry) => ({ ...entry, repetitionRate: rateOf(entry.offerings, entry.collegesInRegion) }));
  rows.sort((a, b) => b.offerings - a.offerings || (b.repetitionRate ?? 0) - (a.repetitionRate ?? 0) || a.programCode.localeCompare(b.programCode) || (a.regionCode ?? '').localeCompare(b.regionCode ?? ''));
  return rows.slice(0, limit);
}
