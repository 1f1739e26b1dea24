import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ScopeFilter } from '../../platform/authz/policy.js';

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
