import type { OfferingLevel, OfferingYearIndicators, ProgramOffering } from '../../src/shared/contracts/governance/indicators.js';
import { generateColleges, type CollegePlan, type GeneratedCollege } from './colleges.js';
import { offeringIndicators } from './indicators.js';
import { generateCollegeOfferings, provinceAffinity } from './offerings.js';
import { generatePrograms, type GeneratedProgram } from './programs.js';
import { apportion, generatorProvinces, type GeneratorProvince } from './provinces.js';
import { createRandom } from './random.js';

/**
 * The national-scale generator: deterministic and seeded, pure (rows out, no I/O), at three
 * scales. `national` targets ~1,550 higher-vocational colleges, ~7,000 secondary schools, ~33
 * vocational universities and ~120,000 offerings over 5 years (governance-rules.md).
 */
export type Scale = 'demo' | 'province' | 'national';

export type ScalePlan = { provinces: readonly string[]; counts: Record<OfferingLevel, number> };

export const scalePlans: Record<Scale, ScalePlan> = {
  demo: { provinces: ['440000', '320000', '510000'], counts: { higher: 24, secondary: 60, undergraduate: 3 } },
  province: { provinces: ['440000'], counts: { higher: 89, secondary: 400, undergraduate: 2 } },
  national: { provinces: generatorProvinces.map((p) => p.code), counts: { higher: 1550, secondary: 7000, undergraduate: 33 } },
};

export type GeneratorOptions = {
  scale: Scale;
  seed?: string;
  /** First year of the window (default 2021). */
  startYear?: number;
  /** Years in the window (default 5). */
  years?: number;
  /** For scale `province`: which province (default 440000). */
  provinceCode?: string;
};

export type GeneratedWorld = {
  scale: Scale;
  seed: string;
  years: number[];
  provinces: GeneratorProvince[];
  programs: GeneratedProgram[];
  colleges: GeneratedCollege[];
  offerings: ProgramOffering[];
};

function collegePlans(plan: ScalePlan, provinces: readonly GeneratorProvince[]): CollegePlan[] {
  const shares = Object.fromEntries((['higher', 'secondary', 'undergraduate'] as const).map((level) => [level, apportion(plan.counts[level], provinces)])) as Record<OfferingLevel, Map<string, number>>;
  return provinces.map((province) => ({
    province,
    counts: { higher: shares.higher.get(province.code) ?? 0, secondary: shares.secondary.get(province.code) ?? 0, undergraduate: shares.undergraduate.get(province.code) ?? 0 },
  }));
}

/** Provinces, programs, colleges and offerings of one scale and seed. */
export function generateWorld(options: GeneratorOptions): GeneratedWorld {
  const seed = options.seed ?? 'luban';
  const startYear = options.startYear ?? 2021;
  const years = Array.from({ length: options.years ?? 5 }, (_, i) => startYear + i);
  const plan = options.scale === 'province' && options.provinceCode ? { ...scalePlans.province, provinces: [options.provinceCode] } : scalePlans[options.scale];
  const provinces = generatorProvinces.filter((p) => plan.provinces.includes(p.code));
  if (provinces.length !== plan.provinces.length) throw new Error(`unknown province in ${plan.provinces.join(', ')}`);
  const random = createRandom(seed);
  const programs = generatePrograms(random);
  const colleges = generateColleges(random, collegePlans(plan, provinces));
  const byLevel = new Map<OfferingLevel, GeneratedProgram[]>((['secondary', 'higher', 'undergraduate'] as const).map((level) => [level, programs.filter((p) => p.level === level)]));
  const majors = [...new Set(programs.map((p) => p.majorCode))];
  const affinities = new Map(provinces.map((p) => [p.code, provinceAffinity(random, p, majors)]));
  const window = { startYear, endYear: years[years.length - 1] ?? startYear };
  const offerings = colleges.flatMap((college) => generateCollegeOfferings(random, college, byLevel.get(college.level) ?? [], affinities.get(college.provinceCode) ?? new Map(), window));
  return { scale: options.scale, seed, years, provinces, programs, colleges, offerings };
}

/**
 * Every offering's yearly indicators, streamed (the national scale yields ~550,000 rows):
 * each row depends only on the seed and its offering, so any subset comes out the same.
 */
export function* generateIndicators(world: GeneratedWorld): Generator<OfferingYearIndicators> {
  const random = createRandom(world.seed);
  const programs = new Map(world.programs.map((p) => [p.code, p]));
  const colleges = new Map(world.colleges.map((c) => [c.id, c]));
  const zones = new Map(world.provinces.map((p) => [p.code, p.zone]));
  const startYear = world.years[0] ?? 2021;
  const endYear = world.years[world.years.length - 1] ?? startYear;
  for (const offering of world.offerings) {
    const program = programs.get(offering.programCode);
    const college = colleges.get(offering.collegeId);
    if (!program || !college) continue;
    yield* offeringIndicators(random, { offering, program, college, zone: zones.get(offering.provinceCode) ?? 'central' }, startYear, endYear);
  }
}

export type { GeneratedCollege } from './colleges.js';
export type { GeneratedProgram, ProgramTrend } from './programs.js';
export type { GeneratorProvince } from './provinces.js';
