import { z } from 'zod';

/**
 * Shapes shared by every spreadsheet import (colleges, catalog, reference data): the
 * uploaded file, the row-level issues of a preview, and the download format.
 */

/** 10 MiB of file content; base64 makes the request ~4/3 of that. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_BODY_BYTES = Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 64 * 1024;

export const uploadedFileSchema = z.object({
  fileName: z.string().trim().min(1).max(200).describe('Original file name; .xlsx or .csv decides the reader'),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/=\s_-]*$/, 'must be base64')
    .describe('The file bytes, base64-encoded'),
});
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

export const spreadsheetFormatSchema = z.enum(['xlsx', 'csv']);
export type SpreadsheetFormat = z.infer<typeof spreadsheetFormatSchema>;

/**
 * One problem found in an uploaded file. `row` is the 1-based spreadsheet row (0 when the
 * problem concerns the whole file or sheet), `column` the header as written in the file (or
 * the expected header when it is missing; empty for whole-row and whole-file problems),
 * `cell` its A1 reference when there is one, `message` in the caller's language.
 */
export const importIssueSchema = z.object({
  sheet: z.string(),
  row: z.number().int().min(0),
  column: z.string(),
  cell: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const templateQuerySchema = z.object({
  format: spreadsheetFormatSchema.default('xlsx'),
});
