import { boolean, index, integer, jsonb, primaryKey, real, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { learningSchema } from './learning.tables.js';

type Text = Record<string, string>;

/**
 * Courses. `id` is the distribution key: units, items, enrolments, progress and attempts carry it
 * first in their keys. `owner_scope` is the teacher's college; `target` 'class' publishes to
 * `class_id` only. `last_substantive_revision_at` moves only when a publication changes units or
 * items (`structure_hash` is what the last publication had).
 */
export const courses = learningSchema.table(
  'courses',
  {
    id: uuid('id').primaryKey(),
    status: text('status').notNull(),
    ownerScope: text('owner_scope').notNull(),
    createdBy: text('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    title: jsonb('title').$type<Text>().notNull(),
    description: jsonb('description').$type<Text>().notNull(),
    programCodes: text('program_codes').array().notNull(),
    categoryCodes: text('category_codes').array().notNull(),
    knowledgePoints: text('knowledge_points').array().notNull(),
    level: text('level').notNull(),
    language: text('language').notNull(),
    audience: text('audience').notNull(),
    trainingHours: real('training_hours').notNull(),
    isCore: boolean('is_core').notNull(),
    isFine: boolean('is_fine').notNull(),
    fineBy: text('fine_by'),
    target: text('target').notNull(),
    classId: uuid('class_id'),
    structureHash: text('structure_hash'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    lastSubstantiveRevisionAt: timestamp('last_substantive_revision_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('courses_created_by_idx').on(t.createdBy, t.updatedAt), index('courses_open_idx').on(t.status, t.target, t.publishedAt)],
);

/** Units in order, each with an optional schedule (opens / due). */
export const courseUnits = learningSchema.table(
  'course_units',
  {
    courseId: uuid('course_id').notNull(),
    id: uuid('id').notNull(),
    position: integer('position').notNull(),
    title: jsonb('title').$type<Text>().notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.id] })],
);

/** An item: a library resource or an exercise set, in a unit's order. */
export const courseItems = learningSchema.table(
  'course_items',
  {
    courseId: uuid('course_id').notNull(),
    id: uuid('id').notNull(),
    unitId: uuid('unit_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    resourceId: uuid('resource_id'),
    exerciseSetId: uuid('exercise_set_id'),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.id] })],
);

export const courseEnrolments = learningSchema.table(
  'course_enrolments',
  {
    courseId: uuid('course_id').notNull(),
    userId: text('user_id').notNull(),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull(),
    lastItemId: uuid('last_item_id'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.userId] }), index('course_enrolments_user_idx').on(t.userId, t.updatedAt)],
);

/** Where a learner is in one item (`position`: video seconds or a page) and whether it is done. */
export const itemProgress = learningSchema.table(
  'item_progress',
  {
    courseId: uuid('course_id').notNull(),
    userId: text('user_id').notNull(),
    itemId: uuid('item_id').notNull(),
    position: real('position'),
    completed: boolean('completed').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.userId, t.itemId] })],
);

/** A teacher's exercise set; its items hold the answers, which only the author reads. */
export const exerciseSets = learningSchema.table('exercise_sets', {
  id: uuid('id').primaryKey(),
  ownerScope: text('owner_scope').notNull(),
  createdBy: text('created_by').notNull(),
  title: jsonb('title').$type<Text>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const exerciseItems = learningSchema.table(
  'exercise_items',
  {
    setId: uuid('set_id').notNull(),
    id: uuid('id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    prompt: jsonb('prompt').$type<Text>().notNull(),
    options: jsonb('options').$type<{ id: string; text: Text }[]>().notNull(),
    answer: text('answer').array().notNull(),
    explanation: jsonb('explanation').$type<Text>().notNull(),
    knowledgePoints: text('knowledge_points').array().notNull(),
    difficulty: smallint('difficulty').notNull(),
  },
  (t) => [primaryKey({ columns: [t.setId, t.id] })],
);

export type AttemptAnswer = { response: string[]; correct: boolean };

/** One pass through an exercise-set item of a course; `answers` by exercise id, score = correct answers. */
export const exerciseAttempts = learningSchema.table(
  'exercise_attempts',
  {
    courseId: uuid('course_id').notNull(),
    id: uuid('id').notNull(),
    itemId: uuid('item_id').notNull(),
    userId: text('user_id').notNull(),
    setId: uuid('set_id').notNull(),
    answers: jsonb('answers').$type<Record<string, AttemptAnswer>>().notNull(),
    score: integer('score').notNull(),
    maxScore: integer('max_score').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.id] }), index('exercise_attempts_learner_idx').on(t.courseId, t.userId, t.itemId, t.startedAt)],
);

/** A minimal class roster (until a students module exists): a class-only course is seen by its members. */
export const classes = learningSchema.table('classes', {
  id: uuid('id').primaryKey(),
  collegeId: text('college_id').notNull(),
  name: text('name').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const classMembers = learningSchema.table(
  'class_members',
  {
    classId: uuid('class_id').notNull(),
    userId: text('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.userId] }), index('class_members_user_idx').on(t.userId)],
);
