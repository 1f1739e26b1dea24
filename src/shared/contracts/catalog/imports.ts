import { z } from 'zod';
import { importIssueSchema, spreadsheetFormatSchema, uploadedFileSchema } from '../institutions/spreadsheet-import.js';
import { catalogLevelSchema, revisionKindSchema, versionIdSchema, versionKindSchema } from './catalog.js';
import { referenceKindSchema, referenceSetIdSchema } from './reference-data.js';

export const catalogVersionInputSchema = z.object({
  id: versionIdSchema,
  title: z.string().trim().min(1).max(200),
  titleEn: z.string().trim().max(200).optional(),
  kind: versionKindSchema,
  year: z.number().int().min(1990).max(2100),
  /** The version this one follows (required for a supplement; a new edition names the last version of the old one). */
  previousVersionId: versionIdSchema.optional(),
  source: z.string().trim().max(500).optional().describe('Issuing document, e.g. 教职成〔2021〕2号'),
  authority: z.string().trim().max(200).optional(),
  effectiveFrom: z.iso.date().optional(),
  /** A sample catalog: labelled as such everywhere; codes need not be official. */
  isSample: z.boolean().default(false),
});
export type CatalogVersionInput = z.infer<typeof catalogVersionInputSchema>;

export const catalogImportRequestSchema = z.object({
  version: catalogVersionInputSchema,
  /**
   * `full`: the programs file lists the whole catalog of this version. `delta`: only new or
   * changed programs; the rest carry over from the previous version, minus the predecessors
   * of change records. Supplements are usually `delta`.
   */
  mode: z.enum(['full', 'delta']),
  /** The programs sheet (an .xlsx may also hold the change-record sheet). */
  programs: uploadedFileSchema,
  /** Change records, when they are in a separate file (always so for CSV). */
  revisions: uploadedFileSchema.optional(),
  /** Which reference set each classification column refers to; default: the newest set of that kind. */
  referenceSets: z.partialRecord(referenceKindSchema, referenceSetIdSchema).optional(),
});
export type CatalogImportRequest = z.infer<typeof catalogImportRequestSchema>;

export const catalogImportCommitRequestSchema = catalogImportRequestSchema.extend({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CatalogImportCommitRequest = z.infer<typeof catalogImportCommitRequestSchema>;

const levelCountsSchema = z.object({ secondary: z.number().int(), higher: z.number().int(), undergraduate: z.number().int() });

export const catalogImportPreviewSchema = z.object({
  fingerprint: z.string(),
  isCommittable: z.boolean(),
  summary: z.object({
    programRows: z.number().int(),
    revisionRows: z.number().int(),
    programs: levelCountsSchema,
    majorCategories: levelCountsSchema,
    categories: levelCountsSchema,
    continuities: z.number().int(),
    classifications: z.number().int(),
    revisions: z.record(revisionKindSchema, z.number().int()),
    derivedAdditions: z.number().int(),
  }),
  issues: z.array(importIssueSchema),
  sample: z.array(z.object({ row: z.number().int(), level: catalogLevelSchema, code: z.string(), name: z.string(), categoryCode: z.string() })),
});
export type CatalogImportPreview = z.infer<typeof catalogImportPreviewSchema>;

export const catalogImportResultSchema = z.object({
  versionId: z.string(),
  programs: z.number().int(),
  revisions: z.number().int(),
});
export type CatalogImportResult = z.infer<typeof catalogImportResultSchema>;

export const referenceSetInputSchema = z.object({
  id: referenceSetIdSchema,
  kind: referenceKindSchema,
  version: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  titleEn: z.string().trim().max(200).optional(),
  authority: z.string().trim().max(200).optional(),
  source: z.string().trim().max(500).optional(),
  effectiveFrom: z.iso.date().optional(),
  isSample: z.boolean().default(false),
});
export type ReferenceSetInput = z.infer<typeof referenceSetInputSchema>;

export const referenceImportRequestSchema = z.object({ set: referenceSetInputSchema, file: uploadedFileSchema });
export type ReferenceImportRequest = z.infer<typeof referenceImportRequestSchema>;
export const referenceImportCommitRequestSchema = referenceImportRequestSchema.extend({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ReferenceImportCommitRequest = z.infer<typeof referenceImportCommitRequestSchema>;

export const referenceImportPreviewSchema = z.object({
  fingerprint: z.string(),
  isCommittable: z.boolean(),
  layout: z.enum(['isced-csv', 'luban']).nullable(),
  summary: z.object({ rowsRead: z.number().int(), items: z.number().int() }),
  issues: z.array(importIssueSchema),
  sample: z.array(z.object({ row: z.number().int(), code: z.string(), name: z.string(), parentCode: z.string().nullable() })),
});
export type ReferenceImportPreview = z.infer<typeof referenceImportPreviewSchema>;
export const referenceImportResultSchema = z.object({ setId: z.string(), items: z.number().int() });

export const catalogTemplateQuerySchema = z.object({
  format: spreadsheetFormatSchema.default('xlsx'),
  /** CSV holds one sheet: which one. */
  sheet: z.enum(['programs', 'revisions', 'reference-items']).default('programs'),
});
