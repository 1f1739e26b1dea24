import { z } from 'zod';
import { importIssueSchema, spreadsheetFormatSchema, uploadedFileSchema } from '../institutions/spreadsheet-import.js';
import { offeringLevelSchema, offeringYearIndicatorsSchema } from './indicators.js';

/**
 * Importing yearly offering indicators from an .xlsx or .csv file: preview first (every bad row
 * and cell, nothing stored), then commit the same file with the preview's id, all or nothing.
 * Each college-year in the file replaces that college's rows for that year.
 */

export const indicatorImportRequestSchema = z.object({
  file: uploadedFileSchema,
  /** The catalog version program codes are checked against; default: the current version. */
  catalogVersionId: z.string().trim().min(1).max(60).optional(),
});
export type IndicatorImportRequest = z.infer<typeof indicatorImportRequestSchema>;

export const indicatorImportCommitRequestSchema = indicatorImportRequestSchema.extend({
  /** The `previewId` of the preview this commit applies: the same file, checked again. */
  previewId: z.string().regex(/^[0-9a-f]{64}$/),
});
export type IndicatorImportCommitRequest = z.infer<typeof indicatorImportCommitRequestSchema>;

export const indicatorImportSampleRowSchema = z.object({
  row: z.number().int(),
  collegeId: z.string(),
  programCode: z.string(),
  year: z.number().int(),
  level: offeringLevelSchema,
  graduates: z.number().int(),
  /** Destination-rate numerator at year end (contract + flexible + self-employed + further study). */
  placedYearEnd: z.number().int(),
});

export const indicatorImportPreviewSchema = z.object({
  /** A digest of the file and options: commit with it to apply exactly what was previewed. */
  previewId: z.string(),
  isCommittable: z.boolean(),
  catalogVersionId: z.string().nullable(),
  summary: z.object({
    rowsRead: z.number().int(),
    /** Data rows that would be stored. */
    rows: z.number().int(),
    /** Rows marked as template examples, left out. */
    skippedExamples: z.number().int(),
    colleges: z.number().int(),
    provinces: z.array(z.string()),
    years: z.array(z.number().int()),
    /** Stored rows of the same college-years that the import would replace. */
    replacesRows: z.number().int(),
  }),
  issues: z.array(importIssueSchema),
  sample: z.array(indicatorImportSampleRowSchema),
});
export type IndicatorImportPreview = z.infer<typeof indicatorImportPreviewSchema>;

export const indicatorImportResultSchema = z.object({
  importId: z.uuid(),
  rows: z.number().int(),
  replacedRows: z.number().int(),
  provinces: z.array(z.string()),
  /** The rule run started for the provinces the import touched, when rules were re-evaluated. */
  ruleRunIds: z.array(z.string()),
});
export type IndicatorImportResult = z.infer<typeof indicatorImportResultSchema>;

export const indicatorTemplateQuerySchema = z.object({ format: spreadsheetFormatSchema.default('xlsx') });

/** Stored indicator rows of one college (or, for province and national admins, a province). */
export const indicatorListQuerySchema = z.object({
  collegeId: z.string().trim().min(1).max(60).optional(),
  provinceCode: z.string().regex(/^\d{2}0000$/).optional(),
  programCode: z.string().trim().min(1).max(40).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});
export type IndicatorListQuery = z.infer<typeof indicatorListQuerySchema>;

export const storedIndicatorsSchema = offeringYearIndicatorsSchema.extend({
  catalogVersionId: z.string(),
  /** Generated (demo) data: shown labelled as such. */
  isGenerated: z.boolean(),
});
export type StoredIndicators = z.infer<typeof storedIndicatorsSchema>;
export const storedIndicatorsPageSchema = z.object({ items: z.array(storedIndicatorsSchema), nextCursor: z.string().nullable() });
