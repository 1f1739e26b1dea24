import { z } from 'zod';
import { provenanceSchema, provinceCodeSchema, yearSchema } from './dashboards.js';
import { offeringLevelSchema } from './indicators.js';
import { publicFigureStatusSchema } from './public-info.js';

/**
 * The open-data API (/open-data/v1/…, no sign-in): the public information service's figures
 * as flat records, in JSON or CSV (`format=csv`, UTF-8 with a BOM, one header row), with
 * cursor paging (`cursor` / `limit`; the next cursor is in `nextCursor` for JSON and in the
 * `X-Next-Cursor` header for CSV) and every filter a query parameter. The same suppression as
 * the public site: a rate below the minimum count is pooled or suppressed (empty in CSV).
 * Generated data is labelled: `isGenerated` on every record, `provenance` in JSON, and the
 * `X-Data-Provenance` header (`generated` or `official`) on CSV.
 */

export const openDataFormatSchema = z.enum(['json', 'csv']);
export type OpenDataFormat = z.infer<typeof openDataFormatSchema>;

const openDataPageQuery = z.object({
  format: openDataFormatSchema.default('json'),
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Page size, 1–1000'),
});

export const openDataOfferingsQuerySchema = openDataPageQuery.extend({
  province: provinceCodeSchema.optional(),
  program: z.string().trim().max(40).optional().describe('Program code'),
  college: z.string().trim().max(40).optional().describe('College id'),
  level: offeringLevelSchema.optional(),
  year: yearSchema.optional().describe('Default: the latest year with data'),
});
export type OpenDataOfferingsQuery = z.infer<typeof openDataOfferingsQuerySchema>;

/** One recorded offering in one year; rates follow the public suppression rules. */
export const openDataOfferingRecordSchema = z.object({
  offeringId: z.string(),
  year: z.number().int(),
  provinceCode: z.string(),
  collegeId: z.string(),
  collegeName: z.string(),
  programCode: z.string(),
  programName: z.string(),
  level: offeringLevelSchema,
  plannedPlaces: z.number().int(),
  entrants: z.number().int(),
  graduates: z.number().int(),
  destinationFirstStatus: publicFigureStatusSchema,
  destinationFirstYears: z.string().describe('Years covered, e.g. 2024 or 2022-2024'),
  destinationFirstNumerator: z.number().int().nullable(),
  destinationFirstDenominator: z.number().int().nullable(),
  destinationFirstRate: z.number().nullable(),
  destinationYearEndStatus: publicFigureStatusSchema,
  destinationYearEndYears: z.string(),
  destinationYearEndNumerator: z.number().int().nullable(),
  destinationYearEndDenominator: z.number().int().nullable(),
  destinationYearEndRate: z.number().nullable(),
  relatedEmploymentStatus: publicFigureStatusSchema,
  relatedEmploymentYears: z.string(),
  relatedEmploymentNumerator: z.number().int().nullable(),
  relatedEmploymentDenominator: z.number().int().nullable(),
  relatedEmploymentRate: z.number().nullable(),
  isGenerated: z.boolean(),
});
export type OpenDataOfferingRecord = z.infer<typeof openDataOfferingRecordSchema>;

export const openDataProgramsQuerySchema = openDataPageQuery.extend({
  province: provinceCodeSchema.optional(),
  level: offeringLevelSchema.optional(),
  year: yearSchema.optional(),
});
export type OpenDataProgramsQuery = z.infer<typeof openDataProgramsQuerySchema>;

/** A program in a province in one year: offerings (布点数) and pooled outcomes of its offerings. */
export const openDataProgramRecordSchema = z.object({
  provinceCode: z.string(),
  year: z.number().int(),
  programCode: z.string(),
  programName: z.string(),
  level: offeringLevelSchema,
  offerings: z.number().int(),
  entrants: z.number().int(),
  graduates: z.number().int(),
  destinationYearEndStatus: publicFigureStatusSchema,
  destinationYearEndNumerator: z.number().int().nullable(),
  destinationYearEndDenominator: z.number().int().nullable(),
  destinationYearEndRate: z.number().nullable(),
  isGenerated: z.boolean(),
});
export type OpenDataProgramRecord = z.infer<typeof openDataProgramRecordSchema>;

const openDataMeta = z.object({ minCount: z.number().int(), provenance: provenanceSchema });
export const openDataOfferingsPageSchema = z.object({ items: z.array(openDataOfferingRecordSchema), nextCursor: z.string().nullable(), meta: openDataMeta });
export const openDataProgramsPageSchema = z.object({ items: z.array(openDataProgramRecordSchema), nextCursor: z.string().nullable(), meta: openDataMeta });
export type OpenDataOfferingsPage = z.infer<typeof openDataOfferingsPageSchema>;
export type OpenDataProgramsPage = z.infer<typeof openDataProgramsPageSchema>;

export const openDataPaths = {
  offerings: '/open-data/v1/offerings',
  programs: '/open-data/v1/programs',
} as const;
