import type { FindingSubject, RuleFinding, Severity } from '../../../../../shared/contracts/governance/findings.js';
import type { OfferingLevel, OfferingYearIndicators } from '../../../../../shared/contracts/governance/indicators.js';

/**
 * What the rule engine evaluates: plain data, no I/O. The rule-run use case builds it from the
 * institutions, catalog and indicator tables; tests build it by hand; the benchmark from the
 * generator. Nothing here crosses a province: every rank and cap is computed within one province.
 */

/** A college as the rule engine needs it. */
export type RuleCollege = {
  id: string;
  /** GB/T 2260 province code (xx0000). */
  provinceCode: string;
  /** GB/T 2260 prefecture code (xxxx00), or null when only the province is known (prefecture rules then report insufficient data). */
  prefectureCode: string | null;
  level: OfferingLevel;
  ownership: 'public' | 'private';
  /** Year the college opened (its first year is year 1 of its age); null when unknown. */
  openedYear: number | null;
};

/** A program offering (专业点) with its catalog names, which controlled-program matching uses. */
export type RuleOffering = {
  /** `${collegeId}:${programCode}`, as in ProgramOffering. */
  id: string;
  provinceCode: string;
  collegeId: string;
  programCode: string;
  level: OfferingLevel;
  /** First enrollment year. */
  openedYear: number;
  /** Last year it existed; null while open. */
  closedYear: number | null;
  majorCode: string;
  majorName: string;
  categoryCode: string;
  categoryName: string;
  programName: string;
};

/**
 * A yearly row in the compact form the rule-run loader builds: the counts the indicators use,
 * with the destination breakdowns already summed (placed = employed + further study).
 */
export type CompactIndicatorRow = Pick<
  OfferingYearIndicators,
  'year' | 'plannedPlaces' | 'entrants' | 'enrollment' | 'graduates' | 'relatedEmployed' | 'fullTimeTeachers' | 'externalTeachers' | 'dualQualifiedTeachers' | 'metrics'
> & { placedFirst: number; placedYearEnd: number; employedYearEnd: number };

/** A yearly row as the engine reads it: the stored row, or its compact form. */
export type RuleRow = OfferingYearIndicators | CompactIndicatorRow;

export type RuleEngineInput = {
  colleges: readonly RuleCollege[];
  offerings: readonly RuleOffering[];
  /** Yearly rows, any order; a row whose offering is not in `offerings` is ignored. */
  indicators: readonly OfferingYearIndicators[];
  /**
   * The rows already grouped by offering id, each list in year order with one row per year (what
   * the rule-run loader builds, sparing the engine the grouping); when given, `indicators` is not read.
   */
  rowsByOffering?: ReadonlyMap<string, readonly RuleRow[]>;
};

export type EvaluateOptions = {
  /** The year evaluated: the last year of every window. */
  year: number;
  /** Evaluate packs whatever their effective dates say (default false: a pack applies in a year its dates cover). */
  ignoreEffectiveDates?: boolean;
};

/** Per rule: subjects evaluated, fired, insufficient data (never pass or fail), not applicable. */
export type RuleSummary = {
  packId: string;
  packVersion: string;
  ruleId: string;
  evaluated: number;
  fired: number;
  insufficient: number;
  notApplicable: number;
  bySeverity: Record<Severity, number>;
};

export type PackRunStatus = { packId: string; packVersion: string; status: 'evaluated' | 'not-in-effect' };

export type EvaluationResult = {
  findings: RuleFinding[];
  summary: RuleSummary[];
  packs: PackRunStatus[];
};

export type { FindingSubject, OfferingYearIndicators };

/** The prefecture (地级) code of a GB/T 2260 region code, or null for a province-level code. */
export function prefectureOf(regionCode: string): string | null {
  if (!/^\d{6}$/.test(regionCode) || regionCode.endsWith('0000')) return null;
  return `${regionCode.slice(0, 4)}00`;
}
