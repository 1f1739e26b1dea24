import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { Tx } from '../../../db/open-db.js';
import type { CourseProgress, ProgressInput } from '../../../../shared/contracts/learning/courses.js';
import { resourceTypeSchema } from '../../../../shared/contracts/learning/resources.js';
import { canEnrol } from '../domain/course-access.js';
import { allItems, type ItemNode } from '../domain/course-structure.js';
import type { CourseStatementObject } from '../domain/course-statements.js';
import { COURSE_COMPLETED, type CourseCompleted } from '../events.js';
import { findEnrolment, findExerciseSet, findResourcesByIds, insertEnrolment, listProgress, updateEnrolment, upsertProgress, type CourseRow, type EnrolmentRow } from '../courses.repository.js';
import { courseState, loadReadableCourse } from './course-deps.js';
import { recordCourseEvents, type CourseEvent } from './course-events.js';
import { requireUser, type LearningDeps } from './learning-deps.js';
import { loadStructure } from './manage-courses.js';
import { teacherCollegeOf } from './textbook-access.js';

export async function enrolInCourse(deps: LearningDeps, actor: Actor, id: string): Promise<CourseProgress> {
  const user = requireUser(actor);
  const { row, reach } = await loadReadableCourse(deps, actor, id);
  const state = courseState(row);
  if (state.status !== 'published') throw new AppError('COURSE_NOT_PUBLISHED');
  if (!canEnrol(state, reach)) throw new AppError('COURSE_FOR_TEACHERS');
  const now = deps.now();
  const isNew = await deps.db.transaction(async (tx) => {
    const inserted = await insertEnrolment(tx, { courseId: id, userId: user.userId, enrolledAt: now, lastItemId: null, completedAt: null, updatedAt: now });
    if (inserted) await deps.audit.record(tx, actor, { action: 'learning.course.enrolled', entityType: 'learning_course', entityId: id, scope: row.ownerScope, details: {} });
    return inserted;
  });
  if (isNew) await recordCourseEvents(deps, actor, row, [{ verb: 'registered', object: { kind: 'course' } }]);
  return getCourseProgress(deps, actor, id);
}

/** A learner's place in a course: enrolment, per-item progress and the item to resume at. */
export async function getCourseProgress(deps: LearningDeps, actor: Actor, id: string): Promise<CourseProgress> {
  const user = requireUser(actor);
  await loadReadableCourse(deps, actor, id);
  const [enrolment, progress, structure] = await Promise.all([findEnrolment(deps.db, id, user.userId), listProgress(deps.db, id, user.userId), loadStructure(deps.db, id)]);
  const itemIds = new Set(allItems(structure).map((item) => item.id));
  const current = progress.filter((row) => itemIds.has(row.itemId));
  return {
    enrolled: enrolment !== undefined,
    enrolledAt: enrolment?.enrolledAt.toISOString() ?? null,
    completedAt: enrolment?.completedAt?.toISOString() ?? null,
    lastItemId: enrolment?.lastItemId && itemIds.has(enrolment.lastItemId) ? enrolment.lastItemId : null,
    completedItems: current.filter((row) => row.completed).length,
    totalItems: itemIds.size,
    items: current.map((row) => ({ itemId: row.itemId, position: row.position, completed: row.completed, updatedAt: row.updatedAt.toISOString() })),
  };
}

/** `learner`: who completes it, as the completion event carries them (name, teacher college). */
export type EnrolledItem = { row: CourseRow; enrolment: EnrolmentRow; item: ItemNode; itemCount: number; learner: Pick<CourseCompleted, 'learnerName' | 'collegeScope'> };

/** The course item for an enrolled learner whose unit is open. */
export async function loadEnrolledItem(deps: LearningDeps, actor: Actor, id: string, itemId: string): Promise<EnrolledItem> {
  const user = requireUser(actor);
  const { row } = await loadReadableCourse(deps, actor, id);
  const enrolment = await findEnrolment(deps.db, id, user.userId);
  if (!enrolment) throw new AppError('COURSE_NOT_ENROLLED');
  const structure = await loadStructure(deps.db, id);
  const unit = structure.units.find((candidate) => (structure.itemsByUnit.get(candidate.id) ?? []).some((item) => item.id === itemId));
  const item = unit ? structure.itemsByUnit.get(unit.id)?.find((candidate) => candidate.id === itemId) : undefined;
  if (!unit || !item) throw new AppError('COURSE_ITEM_NOT_FOUND', { id: itemId });
  if (unit.opensAt && unit.opensAt > deps.now()) throw new AppError('COURSE_UNIT_NOT_OPEN', { opensAt: unit.opensAt.toISOString() });
  return { row, enrolment, item, itemCount: allItems(structure).length, learner: { learnerName: user.displayName, collegeScope: teacherCollegeOf(actor) ?? null } };
}

/** The statement object for a course item. */
export async function itemObject(deps: LearningDeps, item: ItemNode): Promise<CourseStatementObject> {
  if (item.resourceId) {
    const [resource] = await findResourcesByIds(deps.db, [item.resourceId]);
    if (resource) return { kind: 'resource', id: resource.id, type: resourceTypeSchema.parse(resource.type), title: resource.title, knowledgePoints: resource.knowledgePoints };
  }
  if (item.exerciseSetId) {
    const set = await findExerciseSet(deps.db, item.exerciseSetId);
    if (set) return { kind: 'exercise_set', id: set.id, title: set.title };
  }
  return { kind: 'course' };
}

/**
 * Marks an item complete inside the caller's transaction; completes the course when every item is.
 * Returns the completion event to publish after commit, if the course was just completed.
 */
export async function completeItem(deps: LearningDeps, tx: Tx, enrolled: EnrolledItem, position: number | null): Promise<CourseCompleted | undefined> {
  const { row, enrolment, item, itemCount, learner } = enrolled;
  const now = deps.now();
  await upsertProgress(tx, { courseId: row.id, userId: enrolment.userId, itemId: item.id, position, completed: true, updatedAt: now });
  const locked = await findEnrolment(tx, row.id, enrolment.userId, { forUpdate: true });
  if (!locked || locked.completedAt !== null) return undefined;
  const structure = await loadStructure(tx, row.id);
  const itemIds = new Set(allItems(structure).map((node) => node.id));
  const done = (await listProgress(tx, row.id, enrolment.userId)).filter((progress) => progress.completed && itemIds.has(progress.itemId)).length;
  if (itemCount === 0 || done < itemIds.size) return undefined;
  await updateEnrolment(tx, row.id, enrolment.userId, { completedAt: now, updatedAt: now });
  return { type: COURSE_COMPLETED, occurredAt: now.toISOString(), courseId: row.id, userId: enrolment.userId, ...learner, audience: courseState(row).audience, trainingHours: row.trainingHours, completedAt: now.toISOString() };
}

/** After commit: the course's `completed` statement and the domain event for subscribers (training hours). */
export function announceCompletion(deps: LearningDeps, enrolment: EnrolmentRow, event: CourseCompleted | undefined): CourseEvent[] {
  if (!event) return [];
  deps.events.publish(event);
  const seconds = (new Date(event.completedAt).getTime() - enrolment.enrolledAt.getTime()) / 1000;
  return [{ verb: 'completed', object: { kind: 'course' }, result: { completion: true, durationSeconds: Math.max(0, seconds) } }];
}

/**
 * Opening an item: where to resume next time, a `launched` statement and, for a resource item, a
 * `viewed` statement of the resource inside the course (with the resource's knowledge points added
 * to the course's). The player reads the resource without recording a library view of its own.
 */
export async function launchItem(deps: LearningDeps, actor: Actor, id: string, itemId: string): Promise<CourseProgress> {
  const enrolled = await loadEnrolledItem(deps, actor, id, itemId);
  const now = deps.now();
  await updateEnrolment(deps.db, id, enrolled.enrolment.userId, { lastItemId: itemId, updatedAt: now });
  const object = await itemObject(deps, enrolled.item);
  const events: CourseEvent[] = [{ verb: 'launched', object, itemId }];
  if (object.kind === 'resource') events.push({ verb: 'viewed', object, itemId, ...(object.knowledgePoints ? { knowledgePoints: object.knowledgePoints } : {}) });
  await recordCourseEvents(deps, actor, enrolled.row, events);
  return getCourseProgress(deps, actor, id);
}

/** Saves where the learner is in a resource item (video seconds); `completed` finishes it. */
export async function saveItemProgress(deps: LearningDeps, actor: Actor, id: string, itemId: string, input: ProgressInput): Promise<CourseProgress> {
  const enrolled = await loadEnrolledItem(deps, actor, id, itemId);
  if (enrolled.item.kind === 'exercise_set' && input.completed) {
    throw new AppError('VALIDATION_FAILED', { summary: 'completed' }, [{ field: 'completed', code: 'exercise_completes_by_answers' }]);
  }
  const now = deps.now();
  const position = input.position ?? null;
  const { justCompleted, courseEvent } = await deps.db.transaction(async (tx) => {
    await updateEnrolment(tx, id, enrolled.enrolment.userId, { lastItemId: itemId, updatedAt: now });
    if (!input.completed) {
      await upsertProgress(tx, { courseId: id, userId: enrolled.enrolment.userId, itemId, position, completed: false, updatedAt: now });
      return { justCompleted: false, courseEvent: undefined };
    }
    const before = (await listProgress(tx, id, enrolled.enrolment.userId)).find((row) => row.itemId === itemId);
    const event = await completeItem(deps, tx, enrolled, position);
    return { justCompleted: before?.completed !== true, courseEvent: event };
  });
  const object = await itemObject(deps, enrolled.item);
  const duration = input.durationSeconds !== undefined ? { durationSeconds: input.durationSeconds } : {};
  const events: CourseEvent[] = [{ verb: 'progressed', object, itemId, result: { completion: input.completed === true, ...(position !== null ? { position } : {}), ...duration } }];
  if (justCompleted) events.push({ verb: 'completed', object, itemId, result: { completion: true, ...duration } });
  events.push(...announceCompletion(deps, enrolled.enrolment, courseEvent));
  await recordCourseEvents(deps, actor, enrolled.row, events);
  return getCourseProgress(deps, actor, id);
}
