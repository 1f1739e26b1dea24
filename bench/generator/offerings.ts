import type { OfferingLevel, ProgramOffering } from '../../src/shared/contracts/governance/indicators.js';
import type { GeneratedCollege } from './colleges.js';
import type { GeneratedProgram, ProgramTrend } from './programs.js';
import type { GeneratorProvince } from './provinces.js';
import { clamp, weightedSample, type Random } from './random.js';

/**
 * Which programs each college offers, and when each offering opened and closed within the
 * window. Popular programs saturate (most colleges offer them), declining ones close more
 * often, emerging ones open more often, and each province leans towards some categories.
 */
const programsPerCollege: Record<OfferingLevel, { mean: number; sd: number; min: number; max: number }> = {
  higher: { mean: 46, sd: 12, min: 8, max: 95 },
  secondary: { mean: 7, sd: 2.4, min: 2, max: 20 },
  undergraduate: { mean: 24, sd: 6, min: 10, max: 40 },
};
const openInWindow: Record<ProgramTrend, number> = { emerging: 0.5, stable: 0.12, saturated: 0.05, declining: 0.03 };
const closeInWindow: Record<ProgramTrend, number> = { declining: 0.35, saturated: 0.1, stable: 0.05, emerging: 0.01 };

/** A province's lean towards each major category: a multiplier on program popularity. */
export function provinceAffinity(random: Random, province: GeneratorProvince, majorCodes: readonly string[]): Map<string, number> {
  const r = random.fork(`affinity/${province.code}`);
  return new Map(majorCodes.map((code) => [code, clamp(Math.exp(r.normal(0, 0.45)), 0.3, 3)]));
}

function offeringYears(r: Random, trend: ProgramTrend, startYear: number, endYear: number) {
  const openedYear = r.chance(openInWindow[trend]) ? r.int(startYear, endYear) : startYear - r.int(1, 12);
  const closes = openedYear < endYear && r.chance(closeInWindow[trend]);
  const closedYear = closes ? r.int(Math.max(openedYear + 1, startYear), endYear) : null;
  return { openedYear, closedYear };
}

export function generateCollegeOfferings(
  random: Random,
  college: GeneratedCollege,
  programs: readonly GeneratedProgram[],
  affinity: ReadonlyMap<string, number>,
  window: { startYear: number; endYear: number },
): ProgramOffering[] {
  const r = random.fork(`offerings/${college.id}`);
  const plan = programsPerCollege[college.level];
  const count = Math.round(clamp(r.normal(plan.mean, plan.sd) * Math.sqrt(college.size), plan.min, plan.max));
  const weights = programs.map((p) => p.popularity * (affinity.get(p.majorCode) ?? 1) * (p.isControlled && college.ownership === 'private' ? 0.3 : 1));
  return weightedSample(r, weights, count).map((index) => {
    const program = programs[index]!;
    const years = offeringYears(r.fork(program.code), program.trend, window.startYear, window.endYear);
    return {
      id: `${college.id}:${program.code}`,
      provinceCode: college.provinceCode,
      collegeId: college.id,
      programCode: program.code,
      level: college.level,
      ...years,
      isGenerated: true,
    };
  });
}
