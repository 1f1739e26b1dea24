import { z } from 'zod';
import { localizedTextSchema } from './findings.js';
import { destinationSnapshotSchema, offeringLevelSchema } from './indicators.js';

/**
 * Governance dashboards (/api/v1/governance/dashboards/…): the data behind every chart, its
 * table view and its .xlsx export. Every chart response is a frame (scope, year, warning counts
 * by severity, provenance, the table's columns) plus flat `rows`: one row per bar / point /
 * map region, usable as a table as it is. Figures come from per-(province, year) and
 * per-(province, program, year) summary tables refreshed after every import and rule run.
 *
 * Scope: national → province → college → offering. `province` and `college` narrow the view;
 * a province administrator sees only its province, a college administrator only its college
 * (asking for another is SCOPE_DENIED); without them the view is the caller's widest scope.
 */

export const provinceCodeSchema = z.string().regex(/^\d{2}0000$/, 'must be a province code such as 440000');
export const collegeIdSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, _ - (at most 40)');
export const yearSchema = z.coerce.number().int().min(2000).max(2100);

export const dashboardChartSchema = z.enum(['overview', 'map', 'breakdown', 'trends', 'saturation', 'alignment', 'structural-deviation', 'adjustments']);
export type DashboardChart = z.infer<typeof dashboardChartSchema>;

/** The level of the view: whole country, one province, one college. */
export const dashboardScopeLevelSchema = z.enum(['national', 'province', 'college']);
export type DashboardScopeLevel = z.infer<typeof dashboardScopeLevelSchema>;

/** Query parameters every dashboard accepts. */
export const dashboardQuerySchema = z.object({
  year: yearSchema.optional().describe('Default: the latest year with data in the view'),
  province: provinceCodeSchema.optional().describe('Narrow the view to one province'),
  college: collegeIdSchema.optional().describe('Narrow the view to one college (its province is implied)'),
  level: offeringLevelSchema.optional().describe('Only offerings of this level (secondary, higher, undergraduate)'),
  snapshot: destinationSnapshotSchema.default('year-end').describe('Destination snapshot: first (31 Aug) or year-end (31 Dec)'),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const severityCountsSchema = z.object({ notice: z.number().int(), yellow: z.number().int(), red: z.number().int() });
export type SeverityCounts = z.infer<typeof severityCountsSchema>;

/** How a column of `rows` is shown in the table view and formatted in the .xlsx export. */
export const tableColumnKindSchema = z.enum(['text', 'code', 'year', 'count', 'number', 'rate']);
export const tableColumnSchema = z.object({ key: z.string(), label: localizedTextSchema, kind: tableColumnKindSchema });
export type TableColumn = z.infer<typeof tableColumnSchema>;

/** Whether the figures include generated (demo / benchmark) data: then they must be shown as such. */
export const provenanceSchema = z.object({
  isGenerated: z.boolean(),
  /** Program names come from a sample catalog (codes not official). */
  isSampleCatalog: z.boolean(),
  /** A notice to show beside the figures when either flag is set, in the caller's language. */
  notice: z.string().nullable(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const dashboardFrameSchema = z.object({
  chart: dashboardChartSchema,
  scope: z.object({
    level: dashboardScopeLevelSchema,
    provinceCode: z.string().nullable(),
    collegeId: z.string().nullable(),
    /** 全国 / 广东省 / the college's name. */
    label: z.string(),
  }),
  /** The year shown (null when there is no data at all). */
  year: z.number().int().nullable(),
  /** Years with data in the view, ascending. */
  years: z.array(z.number().int()),
  level: offeringLevelSchema.nullable(),
  snapshot: destinationSnapshotSchema,
  /** Open warnings in the view by severity (every dashboard shows them). */
  warnings: severityCountsSchema,
  /** Rates over fewer than this many are marked insufficient. */
  minCount: z.number().int(),
  provenance: provenanceSchema,
  /** When the summaries behind the view were last refreshed (null: never). */
  refreshedAt: z.string().nullable(),
  /** Columns of `rows`, in display order. */
  columns: z.array(tableColumnSchema),
});
export type DashboardFrame = z.infer<typeof dashboardFrameSchema>;

const rate = z.number().nullable();
const count = z.number().int();

/**
 * One unit of the view's next level down: provinces of the country (the China map), colleges
 * of a province, offerings of a college. Destination figures are at the query's snapshot.
 */
export const unitRowSchema = z.object({
  unitKind: z.enum(['province', 'college', 'offering']),
  /** Province code, college id or offering id. */
  unitId: z.string(),
  unitName: z.string(),
  provinceCode: z.string(),
  collegeId: z.string().nullable(),
  programCode: z.string().nullable(),
  offerings: count,
  colleges: count,
  plannedPlaces: count,
  entrants: count,
  enrollment: count,
  graduates: count,
  destinationNumerator: count,
  destinationDenominator: count,
  destinationRate: rate,
  /** Denominator below the minimum count: the rate is shown but not judged. */
  isInsufficient: z.boolean(),
  warningsNotice: count,
  warningsYellow: count,
  warningsRed: count,
});
export type UnitRow = z.infer<typeof unitRowSchema>;

export const trendRowSchema = z.object({
  year: count,
  offerings: count,
  plannedPlaces: count,
  entrants: count,
  enrollment: count,
  graduates: count,
  /** Fill rate = entrants ÷ planned places. */
  fillRate: rate,
  destinationFirstNumerator: count,
  destinationFirstDenominator: count,
  destinationFirstRate: rate,
  destinationYearEndNumerator: count,
  destinationYearEndDenominator: count,
  destinationYearEndRate: rate,
  addedOfferings: count,
  closedOfferings: count,
});
export type TrendRow = z.infer<typeof trendRowSchema>;

export const saturationQuerySchema = dashboardQuerySchema.extend({
  groupBy: z.enum(['program', 'program-region']).default('program').describe('One row per program, or per program × province'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Rows with the most offerings first, 1–500'),
});
export type SaturationQuery = z.infer<typeof saturationQuerySchema>;

/** 布点数 and 布点率 of a program in a region (the view's province, or the country). */
export const saturationRowSchema = z.object({
  /** Province code, or null for the whole country. */
  regionCode: z.string().nullable(),
  regionName: z.string(),
  programCode: z.string(),
  programName: z.string(),
  level: offeringLevelSchema,
  /** Offerings of the program in the region (布点数). */
  offerings: count,
  /** Colleges of the program's level with any offering in the region: the repetition-rate denominator. */
  collegesInRegion: count,
  /** offerings ÷ collegesInRegion (布点率). */
  repetitionRate: rate,
  entrants: count,
  enrollment: count,
  graduates: count,
  destinationRate: rate,
});
export type SaturationRow = z.infer<typeof saturationRowSchema>;

export const alignmentQuerySchema = dashboardQuerySchema.extend({
  by: z.enum(['tier', 'chain']).default('tier').describe('Alignment tier (national key / regional pillar / local distinctive) or key industrial chain'),
});
export type AlignmentQuery = z.infer<typeof alignmentQuerySchema>;

/** Offerings and enrollment mapped to an alignment tier or chain, as shares of the view. A program may count in several. */
export const alignmentRowSchema = z.object({
  dimension: z.enum(['tier', 'chain']),
  /** Tier code (national-key …), chain item code, or `unclassified`. */
  key: z.string(),
  name: z.string(),
  offerings: count,
  offeringsTotal: count,
  offeringShare: rate,
  enrollment: count,
  enrollmentTotal: count,
  enrollmentShare: rate,
});
export type AlignmentRow = z.infer<typeof alignmentRowSchema>;

export const structuralDeviationQuerySchema = dashboardQuerySchema.extend({
  industryYear: yearSchema.optional().describe('Year of industry employment to compare with; default: the latest at or before `year`'),
  basis: z.enum(['employment', 'value-added']).default('employment'),
});
export type StructuralDeviationQuery = z.infer<typeof structuralDeviationQuerySchema>;

/**
 * 结构偏离度 of one program cluster (programs classified to one industry section):
 * graduate share ÷ the section's share of employment (or value added) − 1; ≈ 0 aligned, > 0 oversupply.
 */
export const structuralDeviationRowSchema = z.object({
  sectionCode: z.string(),
  sectionName: z.string(),
  /** A program classified to k sections counts 1/k of its graduates in each, so this may be fractional. */
  graduates: z.number(),
  graduatesTotal: z.number(),
  graduateShare: rate,
  industryValue: z.number().nullable(),
  industryTotal: z.number().nullable(),
  industryShare: rate,
  /** null when the section has no industry figure or no graduates total. */
  deviation: rate,
});
export type StructuralDeviationRow = z.infer<typeof structuralDeviationRowSchema>;

export const adjustmentRowSchema = z.object({
  programCode: z.string(),
  programName: z.string(),
  level: offeringLevelSchema,
  /** Offerings first enrolling in the year. */
  added: count,
  /** Offerings whose last year was the year before (withdrawn for this year). */
  closed: count,
  net: z.number().int(),
});
export type AdjustmentRow = z.infer<typeof adjustmentRowSchema>;

/** The catalog's adjustment amplitude (computed by the catalog module), both definitions. */
export const amplitudeSummarySchema = z.object({
  versionId: z.string(),
  againstVersionId: z.string(),
  level: offeringLevelSchema,
  moeRate: rate,
  moeNumerator: count,
  moeDenominator: count,
  paperRate: rate,
  paperNumerator: count,
  paperDenominator: count,
});
export type AmplitudeSummary = z.infer<typeof amplitudeSummarySchema>;

/** One headline figure of the overview, with its numerator and denominator when it is a rate. */
export const overviewRowSchema = z.object({
  metric: z.enum(['offerings', 'colleges', 'planned-places', 'entrants', 'enrollment', 'graduates', 'fill-rate', 'destination-first', 'destination-year-end', 'added-offerings', 'closed-offerings', 'warnings-notice', 'warnings-yellow', 'warnings-red']),
  label: z.string(),
  value: z.number().nullable(),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
});
export type OverviewRow = z.infer<typeof overviewRowSchema>;

export const overviewResponseSchema = dashboardFrameSchema.extend({ rows: z.array(overviewRowSchema) });
export const mapResponseSchema = dashboardFrameSchema.extend({ rows: z.array(unitRowSchema) });
export const breakdownResponseSchema = dashboardFrameSchema.extend({ rows: z.array(unitRowSchema) });
export const trendsResponseSchema = dashboardFrameSchema.extend({ rows: z.array(trendRowSchema) });
export const saturationResponseSchema = dashboardFrameSchema.extend({ rows: z.array(saturationRowSchema) });
export const alignmentResponseSchema = dashboardFrameSchema.extend({ rows: z.array(alignmentRowSchema) });
export const structuralDeviationResponseSchema = dashboardFrameSchema.extend({
  /** The industry data compared with (null when there is none for the region). */
  industry: z.object({ regionCode: z.string(), year: z.number().int(), basis: z.enum(['employment', 'value-added']), source: z.string().nullable(), isSample: z.boolean() }).nullable(),
  rows: z.array(structuralDeviationRowSchema),
});
export const adjustmentsResponseSchema = dashboardFrameSchema.extend({
  totals: z.object({ added: count, closed: count }),
  /** Per level, for the catalog version in force; empty when the catalog has no baseline to compare with. */
  amplitude: z.array(amplitudeSummarySchema),
  rows: z.array(adjustmentRowSchema),
});
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;
export type MapResponse = z.infer<typeof mapResponseSchema>;
export type BreakdownResponse = z.infer<typeof breakdownResponseSchema>;
export type TrendsResponse = z.infer<typeof trendsResponseSchema>;
export type SaturationResponse = z.infer<typeof saturationResponseSchema>;
export type AlignmentResponse = z.infer<typeof alignmentResponseSchema>;
export type StructuralDeviationResponse = z.infer<typeof structuralDeviationResponseSchema>;
export type AdjustmentsResponse = z.infer<typeof adjustmentsResponseSchema>;

/** GET /dashboards/:chart/export: the chart's rows as .xlsx, with the same query parameters as the chart. */
export const dashboardExportParamSchema = z.object({ chart: dashboardChartSchema });
export const dashboardExportQuerySchema = dashboardQuerySchema.extend({
  groupBy: saturationQuerySchema.shape.groupBy.optional(),
  limit: saturationQuerySchema.shape.limit.optional(),
  by: alignmentQuerySchema.shape.by.optional(),
  industryYear: structuralDeviationQuerySchema.shape.industryYear,
  basis: structuralDeviationQuerySchema.shape.basis.optional(),
});
export type DashboardExportQuery = z.infer<typeof dashboardExportQuerySchema>;

/** Routes, relative to /api/v1/governance. */
export const dashboardPaths = {
  overview: '/dashboards/overview',
  map: '/dashboards/map',
  breakdown: '/dashboards/breakdown',
  trends: '/dashboards/trends',
  saturation: '/dashboards/saturation',
  alignment: '/dashboards/alignment',
  'structural-deviation': '/dashboards/structural-deviation',
  adjustments: '/dashboards/adjustments',
} as const satisfies Record<DashboardChart, string>;
export const dashboardExportPath = (chart: DashboardChart) => `/dashboards/${chart}/export`;
