import { AppError } from '../../../platform/errors/app-error.js';
import type { Cursor } from './statement-query.js';

/**
 * The `more` link of a StatementResult carries the original query and the position after the
 * last statement returned, so any server process can continue the listing.
 */
export function encodeMoreToken(params: Record<string, string>, cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ p: params, s: cursor.stored.getTime(), i: cursor.id }), 'utf8').toString('base64url');
}

export function decodeMoreToken(token: string): { params: Record<string, string>; cursor: Cursor } {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof decoded === 'object' && decoded !== null && 'p' in decoded && 's' in decoded && 'i' in decoded) {
      const { p, s, i } = decoded;
      const isParams = typeof p === 'object' && p !== null && Object.values(p).every((v) => typeof v === 'string');
      if (isParams && typeof s === 'number' && typeof i === 'string') {
        return { params: { ...(p as Record<string, string>) }, cursor: { stored: new Date(s), id: i } };
      }
    }
  } catch {
    // fall through
  }
  throw new AppError('LRS_INVALID_PARAMETER', { parameter: 'more', reason: 'is not a valid continuation token' });
}
