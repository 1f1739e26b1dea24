import { sql } from 'drizzle-orm';
import { bigint, index, integer, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { learningSchema } from './learning.tables.js';

/**
 * Training-hour records per teacher: from completed teacher-development courses (approved on
 * arrival, one per course and teacher) and external training the teacher records with
 * evidence, reviewed by the college administrator.
 */
export const trainingRecords = learningSchema.table(
  'training_records',
  {
    id: uuid('id').primaryKey(),
    teacherUserId: text('teacher_user_id').notNull(),
    teacherName: text('teacher_name').notNull(),
    collegeScope: text('college_scope'),
    source: text('source').notNull(),
    courseId: uuid('course_id'),
    title: text('title').notNull(),
    provider: text('provider').notNull(),
    category: text('category').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    year: integer('year').notNull(),
    hours: real('hours').notNull(),
    evidenceHash: text('evidence_hash'),
    evidenceName: text('evidence_name'),
    evidenceMimeType: text('evidence_mime_type'),
    evidenceSize: bigint('evidence_size', { mode: 'number' }),
    status: text('status').notNull(),
    reviewNote: text('review_note'),
    reviewedByName: text('reviewed_by_name'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('training_records_teacher_idx').on(t.teacherUserId, t.year),
    index('training_records_review_idx').on(t.collegeScope, t.status, t.createdAt),
    uniqueIndex('training_records_course_once_idx').on(t.courseId, t.teacherUserId).where(sql`${t.source} = 'course'`),
  ],
);
