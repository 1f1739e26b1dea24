import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { trainingRecords } from './teacher-service.tables.js';
import type { TrainingSource } from '../../../shared/contracts/learning/training.js';

export type TrainingRecordRow = typeof trainingRecords.$inferSelect;

export async function insertTrainingRecord(db: DbOrTx, row: TrainingRecordRow): Promise<void> {
  await db.insert(trainingRecords).values(row);
}

/** A completed course's hours, once per course and teacher; false when it was already recorded. */
export async function insertCourseTrainingOnce(db: DbOrTx, row: TrainingRecordRow): Promise<boolean> {
  const inserted = await db
    .insert(trainingRecords)
    .values(row)
    .onConflictDoNothing({ target: [trainingRecords.courseId, trainingRecords.teacherUserId], where: sql`${trainingRecords.source} = 'course'` })
    .returning({ id: trainingRecords.id });
  return inserted.length > 0;
}

export async function findTrainingRecord(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<TrainingRecordRow | undefined> {
  const query = db.select().from(trainingRecords).where(eq(trainingRecords.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateTrainingRecord(db: DbOrTx, id: string, patch: Partial<Omit<TrainingRecordRow, 'id'>>): Promise<void> {
  await db.update(trainingRecords).set(patch).where(eq(trainingRecords.id, id));
}

type Cursor = { createdAt: Date; id: string } | undefined;
const before = (cursor: Cursor) =>
  cursor ? or(lt(trainingRecords.createdAt, cursor.createdAt), and(eq(trainingRecords.createdAt, cursor.createdAt), lt(trainingRecords.id, cursor.id))) : undefined;

/** Which records a list holds: by status and source (undefined: every status, every source). */
export type TrainingFilter = { status: string | undefined; source: TrainingSource | undefined };

const matching = (filter: TrainingFilter) => [
  filter.status === undefined ? undefined : eq(trainingRecords.status, filter.status),
  filter.source === undefined ? undefined : eq(trainingRecords.source, filter.source),
];

export async function listTrainingOf(db: DbOrTx, teacherUserId: string, filter: TrainingFilter, cursor: Cursor, limit: number): Promise<TrainingRecordRow[]> {
  return db
    .select()
    .from(trainingRecords)
    .where(and(eq(trainingRecords.teacherUserId, teacherUserId), ...matching(filter), before(cursor)))
    .orderBy(desc(trainingRecords.createdAt), desc(trainingRecords.id))
    .limit(limit + 1);
}

/** Records of the given colleges' teachers (undefined = every college), newest first. */
export async function listTrainingForReview(db: DbOrTx, collegeScopes: readonly string[] | undefined, filter: TrainingFilter, cursor: Cursor, limit: number): Promise<TrainingRecordRow[]> {
  if (collegeScopes !== undefined && collegeScopes.length === 0) return [];
  return db
    .select()
    .from(trainingRecords)
    .where(
      and(
        collegeScopes === undefined ? undefined : sql`${trainingRecords.collegeScope} = any(${sql.param([...collegeScopes])}::text[])`,
        ...matching(filter),
        before(cursor),
      ),
    )
    .orderBy(desc(trainingRecords.createdAt), desc(trainingRecords.id))
    .limit(limit + 1);
}

/** What a summary needs, for one teacher (and one year when given). */
export async function listCountableTraining(db: DbOrTx, teacherUserId: string, year: number | undefined): Promise<Pick<TrainingRecordRow, 'status' | 'category' | 'hours' | 'endDate'>[]> {
  return db
    .select({ status: trainingRecords.status, category: trainingRecords.category, hours: trainingRecords.hours, endDate: trainingRecords.endDate })
    .from(trainingRecords)
    .where(and(eq(trainingRecords.teacherUserId, teacherUserId), eq(trainingRecords.status, 'approved'), year === undefined ? undefined : eq(trainingRecords.year, year)));
}
