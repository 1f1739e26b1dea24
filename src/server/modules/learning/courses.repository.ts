import { and, asc, desc, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import {
  classes,
  classMembers,
  courseEnrolments,
  courseItems,
  courses,
  courseUnits,
  exerciseAttempts,
  exerciseItems,
  exerciseSets,
  itemProgress,
  type AttemptAnswer,
} from './courses.tables.js';
import { resources } from './learning.tables.js';

export type CourseRow = typeof courses.$inferSelect;
export type UnitRow = typeof courseUnits.$inferSelect;
export type ItemRow = typeof courseItems.$inferSelect;
export type EnrolmentRow = typeof courseEnrolments.$inferSelect;
export type ProgressRow = typeof itemProgress.$inferSelect;
export type ExerciseSetRow = typeof exerciseSets.$inferSelect;
export type ExerciseItemRow = typeof exerciseItems.$inferSelect;
export type AttemptRow = typeof exerciseAttempts.$inferSelect;
export type ClassRow = typeof classes.$inferSelect;
export type { AttemptAnswer };

export async function insertCourse(db: DbOrTx, row: CourseRow): Promise<void> {
  await db.insert(courses).values(row);
}

export async function findCourse(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<CourseRow | undefined> {
  const query = db.select().from(courses).where(eq(courses.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateCourse(db: DbOrTx, id: string, patch: Partial<Omit<CourseRow, 'id'>>): Promise<void> {
  await db.update(courses).set(patch).where(eq(courses.id, id));
}

export async function loadStructureRows(db: DbOrTx, courseId: string): Promise<{ units: UnitRow[]; items: ItemRow[] }> {
  const [units, items] = await Promise.all([
    db.select().from(courseUnits).where(eq(courseUnits.courseId, courseId)).orderBy(asc(courseUnits.position)),
    db.select().from(courseItems).where(eq(courseItems.courseId, courseId)).orderBy(asc(courseItems.position)),
  ]);
  return { units, items };
}

/** Replaces the course's units and items (ids are kept, so learners' progress stays attached). */
export async function replaceStructure(db: DbOrTx, courseId: string, units: UnitRow[], items: ItemRow[]): Promise<void> {
  await db.delete(courseItems).where(eq(courseItems.courseId, courseId));
  await db.delete(courseUnits).where(eq(courseUnits.courseId, courseId));
  if (units.length > 0) await db.insert(courseUnits).values(units);
  if (items.length > 0) await db.insert(courseItems).values(items);
}

export async function countItems(db: DbOrTx, courseIds: readonly string[]): Promise<Map<string, number>> {
  if (courseIds.length === 0) return new Map();
  const rows = await db
    .select({ id: courseItems.courseId, n: sql<number>`count(*)::int` })
    .from(courseItems)
    .where(inArray(courseItems.courseId, [...courseIds]))
    .groupBy(courseItems.courseId);
  return new Map(rows.map((row) => [row.id, row.n]));
}

export type ListCursor = { time: Date; id: string } | undefined;

export async function listCoursesCreatedBy(db: DbOrTx, userId: string, cursor: ListCursor, limit: number): Promise<CourseRow[]> {
  const before = cursor ? or(lt(courses.updatedAt, cursor.time), and(eq(courses.updatedAt, cursor.time), lt(courses.id, cursor.id))) : undefined;
  return db
    .select()
    .from(courses)
    .where(and(eq(courses.createdBy, userId), before))
    .orderBy(desc(courses.updatedAt), desc(courses.id))
    .limit(limit + 1);
}

/** Published open courses, newest publication first. */
export async function listOpenCourses(db: DbOrTx, options: { fineOnly: boolean }, cursor: ListCursor, limit: number): Promise<CourseRow[]> {
  const before = cursor ? or(lt(courses.publishedAt, cursor.time), and(eq(courses.publishedAt, cursor.time), lt(courses.id, cursor.id))) : undefined;
  return db
    .select()
    .from(courses)
    .where(and(eq(courses.status, 'published'), eq(courses.target, 'open'), isNotNull(courses.publishedAt), options.fineOnly ? eq(courses.isFine, true) : undefined, before))
    .orderBy(desc(courses.publishedAt), desc(courses.id))
    .limit(limit + 1);
}

export async function listEnrolledCourses(db: DbOrTx, userId: string, cursor: ListCursor, limit: number): Promise<{ course: CourseRow; enrolment: EnrolmentRow }[]> {
  const before = cursor ? or(lt(courseEnrolments.updatedAt, cursor.time), and(eq(courseEnrolments.updatedAt, cursor.time), lt(courseEnrolments.courseId, cursor.id))) : undefined;
  return db
    .select({ course: courses, enrolment: courseEnrolments })
    .from(courseEnrolments)
    .innerJoin(courses, eq(courses.id, courseEnrolments.courseId))
    .where(and(eq(courseEnrolments.userId, userId), before))
    .orderBy(desc(courseEnrolments.updatedAt), desc(courseEnrolments.courseId))
    .limit(limit + 1);
}

export async function findEnrolment(db: DbOrTx, courseId: string, userId: string, options: { forUpdate?: boolean } = {}): Promise<EnrolmentRow | undefined> {
  const query = db
    .select()
    .from(courseEnrolments)
    .where(and(eq(courseEnrolments.courseId, courseId), eq(courseEnrolments.userId, userId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** True when this call enrolled the learner (false: already enrolled). */
export async function insertEnrolment(db: DbOrTx, row: EnrolmentRow): Promise<boolean> {
  const inserted = await db.insert(courseEnrolments).values(row).onConflictDoNothing().returning({ id: courseEnrolments.courseId });
  return inserted.length > 0;
}

export async function updateEnrolment(db: DbOrTx, courseId: string, userId: string, patch: Partial<Pick<EnrolmentRow, 'lastItemId' | 'completedAt' | 'updatedAt'>>): Promise<void> {
  await db
    .update(courseEnrolments)
    .set(patch)
    .where(and(eq(courseEnrolments.courseId, courseId), eq(courseEnrolments.userId, userId)));
}

export async function listProgress(db: DbOrTx, courseId: string, userId: string): Promise<ProgressRow[]> {
  return db
    .select()
    .from(itemProgress)
    .where(and(eq(itemProgress.courseId, courseId), eq(itemProgress.userId, userId)));
}

/** Saves a position; `completed` never goes back from true. Returns whether the item just became complete. */
export async function upsertProgress(db: DbOrTx, row: ProgressRow): Promise<boolean> {
  const [before] = await db
    .select({ completed: itemProgress.completed })
    .from(itemProgress)
    .where(and(eq(itemProgress.courseId, row.courseId), eq(itemProgress.userId, row.userId), eq(itemProgress.itemId, row.itemId)))
    .for('update');
  await db
    .insert(itemProgress)
    .values(row)
    .onConflictDoUpdate({
      target: [itemProgress.courseId, itemProgress.userId, itemProgress.itemId],
      set: { position: row.position === null ? sql`${itemProgress.position}` : row.position, completed: sql`${itemProgress.completed} or ${row.completed}`, updatedAt: row.updatedAt },
    });
  return row.completed && before?.completed !== true;
}

// --- exercise sets ---

export async function insertExerciseSet(db: DbOrTx, set: ExerciseSetRow, items: ExerciseItemRow[]): Promise<void> {
  await db.insert(exerciseSets).values(set);
  await db.insert(exerciseItems).values(items);
}

export async function findExerciseSet(db: DbOrTx, id: string): Promise<ExerciseSetRow | undefined> {
  const [row] = await db.select().from(exerciseSets).where(eq(exerciseSets.id, id));
  return row;
}

export async function listExerciseItems(db: DbOrTx, setId: string): Promise<ExerciseItemRow[]> {
  return db.select().from(exerciseItems).where(eq(exerciseItems.setId, setId)).orderBy(asc(exerciseItems.position));
}

async function questionCounts(db: DbOrTx, setIds: readonly string[]): Promise<Map<string, number>> {
  if (setIds.length === 0) return new Map();
  const rows = await db
    .select({ id: exerciseItems.setId, n: sql<number>`count(*)::int` })
    .from(exerciseItems)
    .where(inArray(exerciseItems.setId, [...setIds]))
    .groupBy(exerciseItems.setId);
  return new Map(rows.map((row) => [row.id, row.n]));
}

async function withQuestionCounts(db: DbOrTx, sets: ExerciseSetRow[]): Promise<(ExerciseSetRow & { questionCount: number })[]> {
  const counts = await questionCounts(db, sets.map((set) => set.id));
  return sets.map((set) => ({ ...set, questionCount: counts.get(set.id) ?? 0 }));
}

export async function listExerciseSetsCreatedBy(db: DbOrTx, userId: string): Promise<(ExerciseSetRow & { questionCount: number })[]> {
  const sets = await db.select().from(exerciseSets).where(eq(exerciseSets.createdBy, userId)).orderBy(desc(exerciseSets.createdAt)).limit(200);
  return withQuestionCounts(db, sets);
}

export async function findExerciseSetsByIds(db: DbOrTx, ids: readonly string[]): Promise<(ExerciseSetRow & { questionCount: number })[]> {
  if (ids.length === 0) return [];
  return withQuestionCounts(db, await db.select().from(exerciseSets).where(inArray(exerciseSets.id, [...ids])));
}

export async function findResourcesByIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select().from(resources).where(inArray(resources.id, [...ids]));
}

export async function insertAttempt(db: DbOrTx, row: AttemptRow): Promise<void> {
  await db.insert(exerciseAttempts).values(row);
}

export async function findLatestAttempt(db: DbOrTx, courseId: string, userId: string, itemId: string, options: { forUpdate?: boolean } = {}): Promise<AttemptRow | undefined> {
  const query = db
    .select()
    .from(exerciseAttempts)
    .where(and(eq(exerciseAttempts.courseId, courseId), eq(exerciseAttempts.userId, userId), eq(exerciseAttempts.itemId, itemId)))
    .orderBy(desc(exerciseAttempts.startedAt), desc(exerciseAttempts.id))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateAttempt(db: DbOrTx, courseId: string, id: string, patch: Pick<AttemptRow, 'answers' | 'score' | 'finishedAt'>): Promise<void> {
  await db
    .update(exerciseAttempts)
    .set(patch)
    .where(and(eq(exerciseAttempts.courseId, courseId), eq(exerciseAttempts.id, id)));
}

// --- classes ---

export async function insertClass(db: DbOrTx, row: ClassRow, memberIds: readonly string[]): Promise<void> {
  await db.insert(classes).values(row);
  await setClassMembers(db, row.id, memberIds);
}

export async function setClassMembers(db: DbOrTx, classId: string, memberIds: readonly string[]): Promise<void> {
  await db.delete(classMembers).where(eq(classMembers.classId, classId));
  const unique = [...new Set(memberIds)];
  if (unique.length > 0) await db.insert(classMembers).values(unique.map((userId) => ({ classId, userId })));
}

export async function findClass(db: DbOrTx, id: string): Promise<ClassRow | undefined> {
  const [row] = await db.select().from(classes).where(eq(classes.id, id));
  return row;
}

export async function listClassesOfColleges(db: DbOrTx, collegeIds: readonly string[] | 'all'): Promise<ClassRow[]> {
  if (collegeIds !== 'all' && collegeIds.length === 0) return [];
  return db
    .select()
    .from(classes)
    .where(collegeIds === 'all' ? undefined : inArray(classes.collegeId, [...collegeIds]))
    .orderBy(asc(classes.name))
    .limit(500);
}

export async function listClassMembers(db: DbOrTx, classIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(classIds.map((id) => [id, []]));
  if (classIds.length === 0) return result;
  const rows = await db.select().from(classMembers).where(inArray(classMembers.classId, [...classIds]));
  for (const row of rows) result.get(row.classId)?.push(row.userId);
  return result;
}

export async function isClassMember(db: DbOrTx, classId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: classMembers.classId })
    .from(classMembers)
    .where(and(eq(classMembers.classId, classId), eq(classMembers.userId, userId)));
  return row !== undefined;
}

/** The classes a user belongs to (search finds the courses published to them). */
export async function listClassIdsOfMember(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.select({ classId: classMembers.classId }).from(classMembers).where(eq(classMembers.userId, userId));
  return rows.map((row) => row.classId);
}

/**
 * Published core courses with their last substantive revision, for the revision-age report
 * (`is_core` is the author's flag; a core course is revised every 3 months by default).
 */
export async function listCoreCoursesForRevisionAge(db: DbOrTx, category: string | undefined): Promise<{ id: string; title: Record<string, string>; categoryCodes: string[]; lastSubstantiveRevisionAt: Date; ownerScope: string; isOpen: boolean }[]> {
  const rows = await db
    .select({ id: courses.id, title: courses.title, categoryCodes: courses.categoryCodes, lastSubstantiveRevisionAt: courses.lastSubstantiveRevisionAt, ownerScope: courses.ownerScope, target: courses.target })
    .from(courses)
    .where(and(eq(courses.status, 'published'), eq(courses.isCore, true), isNotNull(courses.lastSubstantiveRevisionAt), category === undefined ? undefined : sql`${category} = any(${courses.categoryCodes})`))
    .orderBy(asc(courses.lastSubstantiveRevisionAt))
    .limit(5000);
  return rows.flatMap((row) => (row.lastSubstantiveRevisionAt ? [{ id: row.id, title: row.title, categoryCodes: row.categoryCodes, lastSubstantiveRevisionAt: row.lastSubstantiveRevisionAt, ownerScope: row.ownerScope, isOpen: row.target === 'open' }] : []));
}
