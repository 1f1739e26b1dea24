import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../platform/common.js';
import { importIssueSchema, spreadsheetFormatSchema, uploadedFileSchema } from '../institutions/spreadsheet-import.js';
import { provinceCodeSchema, yearSchema } from './dashboards.js';

/**
 * Industry employment per region × year × national-economy industry section (GB/T 4754-2017
 * sections A–T), the other side of the structural-deviation dashboard. Imported from .xlsx or
 * .csv (statistical yearbook tables), checked row by row, previewed, then committed all or
 * nothing; a committed row replaces the one with the same region, year and section.
 * Routes, relative to /api/v1/governance: GET /industry-data, GET /industry-data/imports/template,
 * POST /industry-data/imports/preview, POST /industry-data/imports.
 */

/** GB/T 4754-2017 门类: one letter A–T. */
export const industrySectionCodeSchema = z.string().regex(/^[A-T]$/, 'an industry section letter A–T (GB/T 4754-2017)');

export const industryEmploymentSchema = z.object({
  /** Province (GB/T 2260) the figure is for. */
  regionCode: z.string(),
  year: z.number().int(),
  sectionCode: z.string(),
  /** Name of the section in the caller's language (from GB/T 4754-2017). */
  sectionName: z.string(),
  /** Persons employed (converted from 万人 when the file gave 10k persons). */
  employment: z.number(),
  /** Value added, 100 million CNY (亿元); null when not given. */
  valueAdded: z.number().nullable(),
  source: z.string(),
  /** Sample data: shown as such, never as official statistics. */
  isSample: z.boolean(),
  importedAt: z.string(),
});
export type IndustryEmployment = z.infer<typeof industryEmploymentSchema>;

export const listIndustryEmploymentQuerySchema = pageQuerySchema.extend({
  region: provinceCodeSchema.optional(),
  year: yearSchema.optional(),
  section: industrySectionCodeSchema.optional(),
});
export type ListIndustryEmploymentQuery = z.infer<typeof listIndustryEmploymentQuerySchema>;
export const industryEmploymentPageSchema = pageSchema(industryEmploymentSchema);

export const industryImportRequestSchema = z.object({
  file: uploadedFileSchema,
  /** Where the figures come from, e.g. 《广东统计年鉴2024》表4-3. */
  source: z.string().trim().min(1).max(500),
  /** Sample figures (a demo): labelled as such everywhere. */
  isSample: z.boolean().default(false),
});
export type IndustryImportRequest = z.infer<typeof industryImportRequestSchema>;

export const industryImportCommitRequestSchema = industryImportRequestSchema.extend({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type IndustryImportCommitRequest = z.infer<typeof industryImportCommitRequestSchema>;

export const industryImportPreviewSchema = z.object({
  fingerprint: z.string(),
  isCommittable: z.boolean(),
  summary: z.object({
    rowsRead: z.number().int(),
    /** Rows that would be written. */
    rows: z.number().int(),
    regions: z.array(z.string()),
    years: z.array(z.number().int()),
    /** Existing rows (same region, year, section) the commit would replace. */
    replaces: z.number().int(),
  }),
  issues: z.array(importIssueSchema),
  sample: z.array(z.object({ row: z.number().int(), regionCode: z.string(), year: z.number().int(), sectionCode: z.string(), employment: z.number(), valueAdded: z.number().nullable() })),
});
export type IndustryImportPreview = z.infer<typeof industryImportPreviewSchema>;

export const industryImportResultSchema = z.object({
  rows: z.number().int(),
  replaced: z.number().int(),
  regions: z.array(z.string()),
  years: z.array(z.number().int()),
});
export type IndustryImportResult = z.infer<typeof industryImportResultSchema>;

export const industryTemplateQuerySchema = z.object({ format: spreadsheetFormatSchema.default('xlsx') });

export const industryDataPaths = {
  list: '/industry-data',
  template: '/industry-data/imports/template',
  preview: '/industry-data/imports/preview',
  commit: '/industry-data/imports',
} as const;
