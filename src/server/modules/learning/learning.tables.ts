import { sql } from 'drizzle-orm';
import { bigint, customType, index, integer, jsonb, pgSchema, primaryKey, real, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const learningSchema = pgSchema('learning');

const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' });

/**
 * Learning resources. `id` is the distribution key (versions, favourites and ratings carry it
 * first in their keys). `provider_scopes` names every provider: a co-built resource has a
 * college and an enterprise; `owner_scope` is the author's own one.
 */
export const resources = learningSchema.table(
  'resources',
  {
    id: uuid('id').primaryKey(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    audience: text('audience').notNull(),
    ownerScope: text('owner_scope').notNull(),
    providerScopes: text('provider_scopes').array().notNull(),
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    description: jsonb('description').$type<Record<string, string>>().notNull(),
    programCodes: text('program_codes').array().notNull(),
    categoryCodes: text('category_codes').array().notNull(),
    knowledgePoints: text('knowledge_points').array().notNull(),
    level: text('level').notNull(),
    language: text('language').notNull(),
    licence: text('licence').notNull(),
    currentVersion: integer('current_version').notNull(),
    createdBy: text('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    reviewNote: text('review_note'),
    reviewedBy: text('reviewed_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('resources_created_by_idx').on(t.createdBy, t.updatedAt),
    index('resources_review_idx').using('gin', t.providerScopes).where(sql`${t.status} = 'in_review'`),
  ],
);

/** Every version of a resource's file and metadata, with its change note. */
export const resourceVersions = learningSchema.table(
  'resource_versions',
  {
    resourceId: uuid('resource_id').notNull(),
    version: integer('version').notNull(),
    fileHash: text('file_hash'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: bigint('size', { mode: 'number' }),
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    changeNote: text('change_note').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.version] })],
);

export const favourites = learningSchema.table(
  'favourites',
  {
    resourceId: uuid('resource_id').notNull(),
    userId: text('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.userId] }), index('favourites_user_idx').on(t.userId, t.createdAt)],
);

export const ratings = learningSchema.table(
  'ratings',
  {
    resourceId: uuid('resource_id').notNull(),
    userId: text('user_id').notNull(),
    stars: smallint('stars').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.userId] })],
);

/** Resumable uploads: bytes land in the staging area; `received_bytes` is where a restart resumes. */
export const uploads = learningSchema.table(
  'uploads',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id').notNull(),
    ownerScope: text('owner_scope').notNull(),
    resourceType: text('resource_type').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    totalSize: bigint('total_size', { mode: 'number' }).notNull(),
    receivedBytes: bigint('received_bytes', { mode: 'number' }).notNull(),
    status: text('status').notNull(),
    fileHash: text('file_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('uploads_user_idx').on(t.userId, t.createdAt)],
);

/**
 * One search index for resources now and courses and textbooks later (`kind`). `tsv` holds the
 * pre-segmented words (title A, knowledge points B, description C) and the facet and visibility
 * tokens (`type:video`, `vis:public`, …) so one GIN probe filters and matches (performance-notes.md).
 * `title_text` is for fuzzy name matching (pg_trgm, index in the custom migration).
 */
export const searchDocuments = learningSchema.table(
  'search_documents',
  {
    kind: text('kind').notNull(),
    entityId: uuid('entity_id').notNull(),
    tsv: tsvector('tsv').notNull(),
    titleText: text('title_text').notNull(),
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    body: text('body').notNull(),
    type: text('type').notNull(),
    level: text('level').notNull(),
    language: text('language').notNull(),
    categoryCodes: text('category_codes').array().notNull(),
    programCodes: text('program_codes').array().notNull(),
    providerKinds: text('provider_kinds').array().notNull(),
    visibilityTokens: text('visibility_tokens').array().notNull(),
    rating: real('rating'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.entityId] }),
    index('search_documents_tsv_idx').using('gin', t.tsv),
    index('search_documents_recent_idx').on(t.publishedAt),
    // sort by rating walks this index when matches are dense (see findHits)
    index('search_documents_rating_idx').on(t.rating.desc().nullsLast(), t.publishedAt.desc()),
  ],
);
