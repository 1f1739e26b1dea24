import { z } from 'zod';

/**
 * Yearly data of a program offering (college × catalog program × year), as the governance
 * module imports and the national-scale generator produces it. Every rate the governance
 * module computes from these keeps its numerator and denominator; nothing here is a rate.
 * See ../shared/reference/governance-rules.md for the indicator definitions.
 */

export const offeringLevelSchema = z.enum(['secondary', 'higher', 'undergraduate']);
export type OfferingLevel = z.infer<typeof offeringLevelSchema>;

/** A program offered by a college (专业点), across the years it exists. */
export const programOfferingSchema = z.object({
  /** Stable id: `${collegeId}:${programCode}`. */
  id: z.string(),
  /** Distribution key (ARCHITECTURE.md): GB/T 2260 province code. */
  provinceCode: z.string().regex(/^\d{2}0000$/),
  collegeId: z.string(),
  programCode: z.string(),
  level: offeringLevelSchema,
  /** First enrollment year. */
  openedYear: z.number().int(),
  /** Last year it existed (withdrawn after it); null while open. */
  closedYear: z.number().int().nullable(),
  /** Sample or generated data, never to be shown as real. */
  isGenerated: z.boolean(),
});
export type ProgramOffering = z.infer<typeof programOfferingSchema>;

/**
 * Graduate destinations (毕业去向) of one cohort at one snapshot, as counts. The categories
 * partition the cohort: their sum equals the number of graduates. The destination rate
 * (毕业去向落实率) numerator is contract + flexible + self-employed + further study.
 */
export const destinationBreakdownSchema = z.object({
  /** 协议和合同就业 */
  contractJobs: z.number().int().min(0),
  /** 灵活就业 */
  flexibleJobs: z.number().int().min(0),
  /** 自主创业 */
  selfEmployed: z.number().int().min(0),
  /** 升学 (专升本, study abroad …) */
  furtherStudy: z.number().int().min(0),
  /** 待就业 */
  seekingWork: z.number().int().min(0),
  /** 暂不就业 */
  notSeeking: z.number().int().min(0),
});
export type DestinationBreakdown = z.infer<typeof destinationBreakdownSchema>;

/** The two snapshots of the same cohort: first (~31 Aug) and year-end (31 Dec). */
export const destinationSnapshotSchema = z.enum(['first', 'year-end']);
export type DestinationSnapshot = z.infer<typeof destinationSnapshotSchema>;
export const destinationSnapshotDates: Record<DestinationSnapshot, { month: number; day: number }> = {
  first: { month: 8, day: 31 },
  'year-end': { month: 12, day: 31 },
};

/**
 * Generic extra metrics an offering-year may carry (continuation, completion, earnings …), so the
 * international rule packs run where such data exists and report insufficient data elsewhere.
 * A rate comes as numerator and denominator; a median or amount as a value over a count.
 */
export const extraMetricIds = [
  'doctorate-teacher-share',
  'industry-teaching-share',
  'continuation-rate',
  'completion-rate',
  'progression-rate',
  'placement-rate',
  'earnings-median',
  'earnings-premium',
  'debt-to-earnings-annual',
  'debt-to-earnings-discretionary',
] as const;
export type ExtraMetricId = (typeof extraMetricIds)[number];
export const extraMetricIdSchema = z.enum(extraMetricIds);
export const metricValueSchema = z.union([
  z.object({ numerator: z.number().min(0), denominator: z.number().min(0) }),
  /** `count`: the people the value is over (e.g. completers with earnings), checked against the minimum count. */
  z.object({ value: z.number().finite(), count: z.number().int().min(0) }),
]);
export type MetricValue = z.infer<typeof metricValueSchema>;

export const offeringYearIndicatorsSchema = z.object({
  offeringId: z.string(),
  provinceCode: z.string().regex(/^\d{2}0000$/),
  collegeId: z.string(),
  programCode: z.string(),
  level: offeringLevelSchema,
  year: z.number().int(),
  /** 招生计划数 */
  plannedPlaces: z.number().int().min(0),
  /** 新生报到数 (new entrants) */
  entrants: z.number().int().min(0),
  /** 全日制在校生 (full-time enrollment, all years of study) */
  enrollment: z.number().int().min(0),
  /** 毕业生数 of this year's cohort */
  graduates: z.number().int().min(0),
  destinationFirst: destinationBreakdownSchema,
  destinationYearEnd: destinationBreakdownSchema,
  /** Graduates employed (contract + flexible + self-employed) at year-end whose job is related to the program. */
  relatedEmployed: z.number().int().min(0),
  /** Median starting salary, CNY a month; null when nobody was employed. */
  startingSalaryMedian: z.number().int().min(0).nullable(),
  /** 专任教师 of the program */
  fullTimeTeachers: z.number().int().min(0),
  /** 校外兼职/外聘教师 */
  externalTeachers: z.number().int().min(0),
  /** 双师型 full-time teachers */
  dualQualifiedTeachers: z.number().int().min(0),
  /** Extra metrics, when imported (optional: most data sources have none). */
  metrics: z.partialRecord(extraMetricIdSchema, metricValueSchema).optional(),
});
export type OfferingYearIndicators = z.infer<typeof offeringYearIndicatorsSchema>;

/** Employed at a snapshot: contract + flexible + self-employed. */
export function employedOf(breakdown: DestinationBreakdown): number {
  return breakdown.contractJobs + breakdown.flexibleJobs + breakdown.selfEmployed;
}

/** Numerator of the destination rate: employed + further study. */
export function placedOf(breakdown: DestinationBreakdown): number {
  return employedOf(breakdown) + breakdown.furtherStudy;
}
