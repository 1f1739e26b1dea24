import type { DestinationBreakdown, OfferingYearIndicators, ProgramOffering } from '../../src/shared/contracts/governance/indicators.js';
import type { GeneratedCollege } from './colleges.js';
import type { GeneratedProgram } from './programs.js';
import { zoneEffects, type Zone } from './provinces.js';
import { clamp, type Random } from './random.js';

/**
 * Yearly indicators of one offering: planned places, entrants (declining programs shrink and
 * some stop enrolling altogether), enrollment over the years of study, graduates of the cohort
 * that started `duration` years earlier, destinations at both snapshots (year-end above first),
 * related employment, starting salary and teachers.
 */
export type OfferingContext = { offering: ProgramOffering; program: GeneratedProgram; college: GeneratedCollege; zone: Zone };

/** Year shocks shared by everyone (a weak labour market in 2022). */
const yearShock = (year: number) => (year === 2022 ? -0.025 : year === 2023 ? -0.01 : 0);
const trendShift = { saturated: -0.05, declining: -0.07, stable: 0, emerging: 0.02 } as const;
const durationOf = (level: ProgramOffering['level']) => (level === 'undergraduate' ? 4 : 3);

function plannedPlaces(r: Random, context: OfferingContext): number {
  const base = { secondary: 45, higher: 50, undergraduate: 60 }[context.offering.level];
  const planned = r.normal(base, base * 0.3) * Math.pow(context.college.size, 0.3);
  const capped = context.program.isControlled && context.program.level !== 'secondary' ? Math.min(planned, 50) : planned;
  return Math.max(10, Math.round(capped / 5) * 5);
}

type Series = { planned: Map<number, number>; entrants: Map<number, number> };

/** Places and entrants for every year the offering's cohorts need, from before the window to its end. */
function enrollmentSeries(r: Random, context: OfferingContext, startYear: number, endYear: number): Series {
  const { offering, program, zone } = context;
  const basePlan = plannedPlaces(r, context);
  const fill = clamp(zoneEffects[zone].fill * r.uniform(0.86, 1.02) * (program.trend === 'saturated' ? 0.9 : 1), 0.3, 1.05);
  const stopsFrom = program.trend === 'declining' && r.chance(0.18) ? r.int(startYear, endYear) : Infinity;
  const series: Series = { planned: new Map(), entrants: new Map() };
  for (let year = startYear - 4 - durationOf(offering.level); year <= endYear; year += 1) {
    const isOpen = year >= offering.openedYear && (offering.closedYear === null || year <= offering.closedYear);
    if (!isOpen) continue;
    const drift = program.trend === 'declining' ? 1 - 0.07 * (year - startYear + 3) : program.trend === 'emerging' ? 1 + 0.05 * (year - offering.openedYear) : 1;
    const planned = year >= stopsFrom ? 0 : Math.max(5, Math.round((basePlan * clamp(drift, 0.3, 1.6)) / 5) * 5);
    const entrants = planned === 0 ? 0 : Math.max(0, Math.round(planned * fill * clamp(drift, 0.4, 1.2) * (1 + r.normal(0, 0.06))));
    series.planned.set(year, planned);
    series.entrants.set(year, entrants);
  }
  return series;
}

type Shares = { study: number; selfEmployed: number; flexible: number; notSeeking: number };

/** How the placed and the not placed split, drawn once per year so both snapshots agree. */
function drawShares(r: Random, level: ProgramOffering['level']): Shares {
  return {
    study: level === 'secondary' ? r.uniform(0.45, 0.7) : level === 'higher' ? r.uniform(0.12, 0.32) : r.uniform(0.05, 0.15),
    selfEmployed: r.uniform(0.005, 0.04),
    flexible: r.uniform(0.1, 0.3),
    notSeeking: r.uniform(0.1, 0.3),
  };
}

function breakdownOf(graduates: number, rate: number, shares: Shares): DestinationBreakdown {
  const placed = Math.round(graduates * rate);
  const furtherStudy = Math.round(placed * shares.study);
  const employed = placed - furtherStudy;
  const selfEmployed = Math.round(employed * shares.selfEmployed);
  const flexibleJobs = Math.round((employed - selfEmployed) * shares.flexible);
  const notPlaced = graduates - placed;
  const notSeeking = Math.round(notPlaced * shares.notSeeking);
  return { contractJobs: employed - selfEmployed - flexibleJobs, flexibleJobs, selfEmployed, furtherStudy, seekingWork: notPlaced - notSeeking, notSeeking };
}

function destinationRates(r: Random, context: OfferingContext, year: number) {
  const { program, college, zone } = context;
  const yearEnd = clamp(program.baseDestination + zoneEffects[zone].destination + college.quality + trendShift[program.trend] + yearShock(year) + r.normal(0, 0.03), 0.25, 0.995);
  return { yearEnd, first: clamp(yearEnd - r.uniform(0.04, 0.14), 0.1, yearEnd) };
}

function yearRow(r: Random, context: OfferingContext, series: Series, year: number): OfferingYearIndicators {
  const { offering, program, college, zone } = context;
  const duration = durationOf(offering.level);
  let enrollment = 0;
  for (let k = 0; k < duration; k += 1) enrollment += Math.round((series.entrants.get(year - k) ?? 0) * Math.pow(0.97, k));
  const graduates = Math.round((series.entrants.get(year - duration) ?? 0) * r.uniform(0.88, 0.97));
  const rates = destinationRates(r, context, year);
  const shares = drawShares(r, offering.level);
  const destinationYearEnd = breakdownOf(graduates, rates.yearEnd, shares);
  const destinationFirst = breakdownOf(graduates, rates.first, shares);
  const employed = destinationYearEnd.contractJobs + destinationYearEnd.flexibleJobs + destinationYearEnd.selfEmployed;
  const levelPay = offering.level === 'secondary' ? 0.8 : offering.level === 'undergraduate' ? 1.15 : 1;
  const fullTimeTeachers = enrollment === 0 ? 0 : Math.max(1, Math.round(enrollment / college.studentsPerTeacher));
  return {
    offeringId: offering.id,
    provinceCode: offering.provinceCode,
    collegeId: offering.collegeId,
    programCode: offering.programCode,
    level: offering.level,
    year,
    plannedPlaces: series.planned.get(year) ?? 0,
    entrants: series.entrants.get(year) ?? 0,
    enrollment,
    graduates,
    destinationFirst,
    destinationYearEnd,
    relatedEmployed: Math.round(employed * clamp(program.relatedShare + r.normal(0, 0.05), 0.2, 0.98)),
    startingSalaryMedian: employed === 0 ? null : Math.round((4200 * zoneEffects[zone].salary * program.salaryFactor * levelPay * (1 + r.normal(0, 0.08))) / 10) * 10,
    fullTimeTeachers,
    externalTeachers: Math.round(fullTimeTeachers * r.uniform(0.15, 0.6)),
    dualQualifiedTeachers: Math.round(fullTimeTeachers * clamp(college.dualQualifiedShare + r.normal(0, 0.08), 0, 1)),
  };
}

/** The offering's rows for every window year in which it exists. */
export function offeringIndicators(random: Random, context: OfferingContext, startYear: number, endYear: number): OfferingYearIndicators[] {
  const r = random.fork(`indicators/${context.offering.id}`);
  const series = enrollmentSeries(r, context, startYear, endYear);
  const rows: OfferingYearIndicators[] = [];
  const last = context.offering.closedYear ?? endYear;
  for (let year = Math.max(startYear, context.offering.openedYear); year <= Math.min(endYear, last); year += 1) {
    rows.push(yearRow(r.fork(String(year)), context, series, year));
  }
  return rows;
}
