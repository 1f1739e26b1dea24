import { createHash } from 'node:crypto';
import { MAX_IMPORT_FILE_BYTES, type UploadedFile } from '../../../../shared/contracts/institutions/spreadsheet-import.js';
import type { RowIssue } from './issues.js';
import { readWorkbook, type Sheet } from './workbook.js';

export type DecodedUpload = { fileName: string; bytes: Uint8Array };

/** Decodes an uploaded file's base64, or says why it cannot. */
export function decodeUpload(file: UploadedFile): { upload: DecodedUpload; issue?: undefined } | { upload?: undefined; issue: RowIssue } {
  const compact = file.contentBase64.replace(/\s/g, '');
  const isBase64 = /^[A-Za-z0-9+/_-]*={0,2}$/.test(compact) && compact.length % 4 !== 1;
  if (!isBase64) return { issue: { sheet: file.fileName, row: 0, column: '', cell: null, code: 'NOT_BASE64', params: {} } };
  const bytes = Buffer.from(compact, compact.includes('-') || compact.includes('_') ? 'base64url' : 'base64');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    return { issue: { sheet: file.fileName, row: 0, column: '', cell: null, code: 'FILE_TOO_LARGE', params: { max: MAX_IMPORT_FILE_BYTES / 1024 / 1024 } } };
  }
  return { upload: { fileName: file.fileName, bytes: new Uint8Array(bytes) } };
}

/** Reads every sheet of an upload; problems with the file itself come back as issues at row 0. */
export async function readUpload(file: UploadedFile): Promise<{ sheets: Sheet[]; issues: RowIssue[] }> {
  const decoded = decodeUpload(file);
  if (!decoded.upload) return { sheets: [], issues: [decoded.issue] };
  const result = await readWorkbook(decoded.upload.fileName, decoded.upload.bytes);
  if (result.ok) return { sheets: result.sheets, issues: [] };
  const code = result.reason === 'empty' ? 'FILE_EMPTY' : result.reason === 'too-many-rows' ? 'TOO_MANY_ROWS' : 'FILE_UNREADABLE';
  const params = { format: result.format, detail: result.detail, max: 50_000 };
  return { sheets: [], issues: [{ sheet: file.fileName, row: 0, column: '', cell: null, code, params }] };
}

/** A stable digest of what is imported, so a commit applies exactly what was previewed. */
export function fingerprintOf(parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part ?? null)).update('\u0000');
  return hash.digest('hex');
}
