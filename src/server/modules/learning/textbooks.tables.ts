import { boolean, index, integer, jsonb, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { learningSchema } from './learning.tables.js';

/**
 * Digital textbooks. `id` is the distribution key: editions, chapters, revisions and reading
 * positions carry it in their keys. `last_substantive_revision_at` drives the revision-age page.
 */
export const textbooks = learningSchema.table(
  'textbooks',
  {
    id: uuid('id').primaryKey(),
    status: text('status').notNull(),
    audience: text('audience').notNull(),
    ownerScope: text('owner_scope').notNull(),
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    isbn: text('isbn'),
    publisher: text('publisher').notNull(),
    authors: text('authors').array().notNull(),
    level: text('level').notNull(),
    language: text('language').notNull(),
    programCodes: text('program_codes').array().notNull(),
    categoryCodes: text('category_codes').array().notNull(),
    currentEdition: integer('current_edition').notNull(),
    lastSubstantiveRevisionAt: timestamp('last_substantive_revision_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('textbooks_owner_idx').on(t.ownerScope, t.updatedAt), index('textbooks_status_idx').on(t.status, t.updatedAt)],
);

export const textbookEditions = learningSchema.table(
  'textbook_editions',
  {
    textbookId: uuid('textbook_id').notNull(),
    edition: integer('edition').notNull(),
    publishedOn: text('published_on').notNull(),
    changeNotes: text('change_notes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.textbookId, t.edition] })],
);

/** Chapters of the current edition in reading order (`position`); a section has its chapter as `parent_id`. */
export const textbookChapters = learningSchema.table(
  'textbook_chapters',
  {
    textbookId: uuid('textbook_id').notNull(),
    id: uuid('id').notNull(),
    parentId: uuid('parent_id'),
    position: integer('position').notNull(),
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    programCodes: text('program_codes').array().notNull(),
    knowledgePoints: text('knowledge_points').array().notNull(),
    content: text('content').notNull(),
    resourceId: uuid('resource_id'),
  },
  (t) => [primaryKey({ columns: [t.textbookId, t.id] })],
);

/** What changed, per edition: substantive or not, by whom, when. */
export const textbookRevisions = learningSchema.table(
  'textbook_revisions',
  {
    textbookId: uuid('textbook_id').notNull(),
    id: uuid('id').notNull(),
    edition: integer('edition').notNull(),
    summary: text('summary').notNull(),
    isSubstantive: boolean('is_substantive').notNull(),
    revisedBy: text('revised_by').notNull(),
    revisedByName: text('revised_by_name').notNull(),
    revisedAt: timestamp('revised_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.textbookId, t.id] }), index('textbook_revisions_time_idx').on(t.textbookId, t.revisedAt)],
);

/** The last chapter each learner read, to resume there. */
export const textbookReadingPositions = learningSchema.table(
  'textbook_reading_positions',
  {
    userId: text('user_id').notNull(),
    textbookId: uuid('textbook_id').notNull(),
    chapterId: uuid('chapter_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.textbookId] })],
);

/** Revision-age targets set by national administrators (months); a missing row means the default. */
export const revisionTargets = learningSchema.table('revision_targets', {
  key: text('key').primaryKey(),
  months: real('months').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedByName: text('updated_by_name').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
