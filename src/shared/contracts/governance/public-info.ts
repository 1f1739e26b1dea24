import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../platform/common.js';
import { provenanceSchema, provinceCodeSchema, yearSchema } from './dashboards.js';
import { offeringLevelSchema } from './indicators.js';

/**
 * The public information service (/api/v1/public/…, no sign-in) for students and parents:
 * find programs, see which colleges offer them (recorded offerings only), each offering's
 * outcomes with numerators and denominators, and compare up to four offerings.
 *
 * Suppression: a rate whose denominator is below the minimum count (default 30, configurable)
 * is not published for one year; it is pooled over up to `poolYears` recent years when the
 * pool reaches the minimum, else suppressed (numerator, denominator and rate all null).
 * Every response carries `provenance`: generated or sample data is labelled as such.
 */

/** Outcomes published per offering. */
export const publicIndicatorSchema = z.enum(['destination-first', 'destination-year-end', 'related-employment', 'fill-rate']);
export type PublicIndicator = z.infer<typeof publicIndicatorSchema>;

/**
 * reported: one year's figure; pooled: summed over `years` because one year was below the
 * minimum; suppressed: below the minimum even pooled; no-data: nothing reported.
 */
export const publicFigureStatusSchema = z.enum(['reported', 'pooled', 'suppressed', 'no-data']);
export type PublicFigureStatus = z.infer<typeof publicFigureStatusSchema>;

export const publicFigureSchema = z.object({
  indicator: publicIndicatorSchema,
  status: publicFigureStatusSchema,
  /** The years the figure covers (one, or the pooled years), ascending; empty for no-data. */
  years: z.array(z.number().int()),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  rate: z.number().nullable(),
});
export type PublicFigure = z.infer<typeof publicFigureSchema>;

export const publicMetaSchema = z.object({
  minCount: z.number().int(),
  poolYears: z.number().int(),
  provenance: provenanceSchema,
});
export type PublicMeta = z.infer<typeof publicMetaSchema>;

export const publicProgramSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  level: offeringLevelSchema,
  majorCode: z.string().nullable(),
  categoryCode: z.string().nullable(),
  /** Colleges with a recorded offering of the program in the query's region (the country when none). */
  collegeCount: z.number().int(),
});
export type PublicProgram = z.infer<typeof publicProgramSchema>;

export const listPublicProgramsQuerySchema = pageQuerySchema.extend({
  region: provinceCodeSchema.optional().describe('Province where the program is offered'),
  level: offeringLevelSchema.optional(),
  major: z.string().trim().max(40).optional().describe('Major category (专业大类) code'),
  category: z.string().trim().max(40).optional().describe('Category (专业类) code'),
  q: z.string().trim().max(100).optional().describe('Matches the program code or its Chinese or English name'),
});
export type ListPublicProgramsQuery = z.infer<typeof listPublicProgramsQuerySchema>;
export const publicProgramPageSchema = pageSchema(publicProgramSchema).extend({ meta: publicMetaSchema });
export type PublicProgramPage = z.infer<typeof publicProgramPageSchema>;

/** A recorded offering as the public sees it, with its latest published outcomes. */
export const publicOfferingSchema = z.object({
  id: z.string(),
  collegeId: z.string(),
  collegeName: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  regionCode: z.string().nullable(),
  programCode: z.string(),
  programName: z.string(),
  level: offeringLevelSchema,
  openedYear: z.number().int(),
  closedYear: z.number().int().nullable(),
  isGenerated: z.boolean(),
  /** The latest year with indicators (null when none are reported yet). */
  latestYear: z.number().int().nullable(),
  outcomes: z.array(publicFigureSchema),
});
export type PublicOffering = z.infer<typeof publicOfferingSchema>;

export const programParamSchema = z.object({ code: z.string().trim().min(1).max(40) });
export const listProgramOfferingsQuerySchema = pageQuerySchema.extend({
  region: provinceCodeSchema.optional(),
  year: yearSchema.optional().describe('Outcomes as of this year; default: each offering’s latest'),
});
export type ListProgramOfferingsQuery = z.infer<typeof listProgramOfferingsQuerySchema>;
export const publicOfferingPageSchema = pageSchema(publicOfferingSchema).extend({ meta: publicMetaSchema });
export type PublicOfferingPage = z.infer<typeof publicOfferingPageSchema>;

/** One year of an offering, counts as reported, rates suppressed as above. */
export const publicOfferingYearSchema = z.object({
  year: z.number().int(),
  plannedPlaces: z.number().int(),
  entrants: z.number().int(),
  graduates: z.number().int(),
  outcomes: z.array(publicFigureSchema),
});
export type PublicOfferingYear = z.infer<typeof publicOfferingYearSchema>;

export const offeringIdSchema = z.string().trim().min(3).max(90).regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9._-]+$/, 'an offering id `<collegeId>:<programCode>`');
export const offeringParamSchema = z.object({ id: offeringIdSchema });
export const publicOfferingDetailSchema = z.object({
  offering: publicOfferingSchema,
  years: z.array(publicOfferingYearSchema),
  meta: publicMetaSchema,
});
export type PublicOfferingDetail = z.infer<typeof publicOfferingDetailSchema>;

export const MAX_COMPARE = 4;
export const compareQuerySchema = z.object({
  ids: z
    .string()
    .trim()
    .min(1)
    .max(400)
    .transform((text) => [...new Set(text.split(',').map((id) => id.trim()).filter((id) => id.length > 0))])
    .pipe(z.array(offeringIdSchema).min(1).max(MAX_COMPARE, `at most ${MAX_COMPARE} offerings`))
    .describe(`Comma-separated offering ids, 1–${MAX_COMPARE}`),
  year: yearSchema.optional(),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;
export const compareResponseSchema = z.object({ items: z.array(publicOfferingSchema), meta: publicMetaSchema });
export type CompareResponse = z.infer<typeof compareResponseSchema>;

/** Routes, relative to /api/v1/public. */
export const publicPaths = {
  meta: '/meta',
  programs: '/programs',
  programOfferings: (code: string) => `/programs/${encodeURIComponent(code)}/offerings`,
  offering: (id: string) => `/offerings/${encodeURIComponent(id)}`,
  compare: '/compare',
} as const;
