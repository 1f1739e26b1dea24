import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import { AppError } from '../../platform/errors/app-error.js';
import { decodeCursor, encodeCursor } from '../../platform/paging.js';

/**
 * A listing's scope filter as a WHERE clause over a table's province and college columns:
 * undefined for everything, `false` for nothing. Every governance repository uses it.
 */
export function scopeWhere(filter: ScopeFilter, provinceColumn: AnyPgColumn, collegeColumn: AnyPgColumn): SQL | undefined {
  if (filter.kind === 'all') return undefined;
  const parts: SQL[] = [];
  if (filter.provinces.length > 0) parts.push(inArray(provinceColumn, filter.provinces));
  if (filter.colleges.length > 0) parts.push(inArray(collegeColumn, filter.colleges));
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0] : or(...parts);
}

export const isPresent = <T>(value: T | undefined): value is T => value !== undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A newest-first cursor: the last row's time and id, base64url-encoded. */
export function encodeTimeCursor(at: Date, id: string): string {
  return encodeCursor(`${at.toISOString()}|${id}`);
}

/** Decodes `encodeTimeCursor`; anything else is a 400 naming `cursor`, never a database error. */
export function decodeTimeCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  const decoded = decodeCursor<string>(cursor, 'string');
  if (decoded === undefined) return undefined;
  const [at, id] = decoded.split('|');
  const date = at ? new Date(at) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !id || !UUID.test(id)) {
    throw new AppError('VALIDATION_FAILED', { summary: 'cursor' }, [{ field: 'cursor', code: 'invalid_cursor' }]);
  }
  return { at: date, id };
}
