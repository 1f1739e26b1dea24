import { sql } from 'drizzle-orm';
import { customType, index, integer, json, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const lrsSchema = pgSchema('lrs');

/**
 * Keys compared byte-wise: IRIs and actor keys need no linguistic collation, and "C" keys
 * made ingest ~13 % faster in the spike (performance-notes.md).
 */
const keyText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Statements as received (json keeps the exact text and is cheaper to write than jsonb), plus
 * what the LRS assigned. `actor_key` leads the primary key: it is the distribution key when the
 * table moves to Citus. Rows are immutable except `voided_by`, set once (see the trigger).
 */
export const statements = lrsSchema.table(
  'statements',
  {
    actorKey: keyText('actor_key').notNull(),
    id: uuid('id').notNull(),
    stored: timestamp('stored', { withTimezone: true, precision: 3 }).notNull(),
    verbId: keyText('verb_id').notNull(),
    activityId: keyText('activity_id'),
    objectAgentKey: keyText('object_agent_key'),
    objectRef: uuid('object_ref'),
    registration: uuid('registration'),
    relatedActivities: text('related_activities').array(),
    relatedAgents: text('related_agents').array(),
    scope: keyText('scope').notNull(),
    provinceCode: keyText('province_code'),
    clientId: uuid('client_id'),
    version: text('version').notNull(),
    payload: json('payload').notNull(),
    authority: json('authority').notNull(),
    voidedBy: uuid('voided_by'),
  },
  // Agent-only queries use the primary key's actor_key prefix; agent + verb (the common
  // learner-history query) has its own index, which cut cold p95 from 41 to 25 ms in the spike.
  (table) => [
    primaryKey({ columns: [table.actorKey, table.id] }),
    index('statements_actor_verb_stored_idx').on(table.actorKey, table.verbId, table.stored, table.id),
    index('statements_activity_stored_idx').on(table.activityId, table.stored, table.id).where(sql`${table.activityId} is not null`),
    index('statements_registration_stored_idx').on(table.registration, table.stored, table.id).where(sql`${table.registration} is not null`),
    index('statements_stored_idx').on(table.stored, table.id),
    // admin browse for one college (or enterprise) scope and for one province, newest first
    index('statements_scope_stored_idx').on(table.scope, table.stored, table.id),
    index('statements_province_stored_idx').on(table.provinceCode, table.stored, table.id).where(sql`${table.provinceCode} is not null`),
    // clients with read-own list their statements; related_agents matches the authority here
    index('statements_client_stored_idx').on(table.clientId, table.stored, table.id).where(sql`${table.clientId} is not null`),
    index('statements_object_agent_idx').on(table.objectAgentKey, table.stored).where(sql`${table.objectAgentKey} is not null`),
    index('statements_object_ref_idx').on(table.objectRef).where(sql`${table.objectRef} is not null`),
    index('statements_related_activities_idx').using('gin', table.relatedActivities).where(sql`${table.relatedActivities} is not null`),
    index('statements_related_agents_idx').using('gin', table.relatedAgents).where(sql`${table.relatedAgents} is not null`),
  ],
);

/** Statement id → actor key: global id uniqueness and lookups by id (distributed by id). */
export const statementIds = lrsSchema.table('statement_ids', {
  id: uuid('id').primaryKey(),
  actorKey: keyText('actor_key').notNull(),
});

/** Attachment content, stored once per hash. */
export const attachments = lrsSchema.table('attachments', {
  sha2: keyText('sha2').primaryKey(),
  contentType: text('content_type').notNull(),
  length: integer('length').notNull(),
  content: bytea('content').notNull(),
});

/** The merged definition of every Activity seen in a statement (the Activities resource). */
export const activities = lrsSchema.table('activities', {
  id: keyText('id').primaryKey(),
  definition: jsonb('definition').notNull(),
  updated: timestamp('updated', { withTimezone: true, precision: 3 }).notNull(),
});

const documentColumns = {
  content: bytea('content').notNull(),
  contentType: text('content_type').notNull(),
  etag: text('etag').notNull(),
  updated: timestamp('updated', { withTimezone: true, precision: 3 }).notNull(),
};

/** State documents, per LRS client scope: one tenant never sees another's documents. */
export const stateDocuments = lrsSchema.table(
  'state_documents',
  {
    agentKey: keyText('agent_key').notNull(),
    scope: keyText('scope').notNull(),
    activityId: keyText('activity_id').notNull(),
    registration: keyText('registration').notNull(),
    stateId: keyText('state_id').notNull(),
    ...documentColumns,
  },
  (table) => [primaryKey({ columns: [table.agentKey, table.scope, table.activityId, table.registration, table.stateId] })],
);

export const activityProfiles = lrsSchema.table(
  'activity_profiles',
  {
    activityId: keyText('activity_id').notNull(),
    scope: keyText('scope').notNull(),
    profileId: keyText('profile_id').notNull(),
    ...documentColumns,
  },
  (table) => [primaryKey({ columns: [table.activityId, table.scope, table.profileId] })],
);

export const agentProfiles = lrsSchema.table(
  'agent_profiles',
  {
    agentKey: keyText('agent_key').notNull(),
    scope: keyText('scope').notNull(),
    profileId: keyText('profile_id').notNull(),
    ...documentColumns,
  },
  (table) => [primaryKey({ columns: [table.agentKey, table.scope, table.profileId] })],
);

/** LRS clients: HTTP Basic credentials (the secret stored as an HMAC), a scope and permissions. */
export const clients = lrsSchema.table(
  'clients',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    key: keyText('key').notNull().unique(),
    secretHash: text('secret_hash').notNull(),
    scope: keyText('scope').notNull(),
    provinceCode: keyText('province_code'),
    permissions: text('permissions').array().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('clients_scope_idx').on(table.scope), index('clients_province_idx').on(table.provinceCode)],
);
