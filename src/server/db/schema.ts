// The schema index: every context's tables, for drizzle-kit and for openDb().
// Each context owns one PostgreSQL schema (docs/decisions/0003).
import * as identity from '../platform/identity/identity.tables.js';
import * as audit from '../platform/audit/audit.tables.js';
import * as institutions from '../modules/institutions/institutions.tables.js';

export const schema = { ...identity, ...audit, ...institutions };
export type Schema = typeof schema;

/** Every PostgreSQL schema the application owns, in dependency order (for backup/restore). */
export const ownedSchemas = ['identity', 'audit', 'institutions', 'catalog', 'lrs', 'governance', 'learning'] as const;
