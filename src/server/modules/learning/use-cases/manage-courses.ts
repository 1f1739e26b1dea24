import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { CreateCourseInput, StructureOperation, UpdateCourseInput } from '../../../../shared/contracts/learning/courses.js';
import { canFlagFine } from '../domain/course-access.js';
import { allItems, applyOperation, structureHash, structureOf, type CourseStructure } from '../domain/course-structure.js';
import { canRead } from '../domain/access.js';
import { coursePermissions } from '../course.policies.js';
import { findClass, findCourse, findExerciseSet, findResourcesByIds, insertCourse, loadStructureRows, replaceStructure, updateCourse, type CourseRow, type ItemRow, type UnitRow } from '../courses.repository.js';
import { findResource } from '../resources.repository.js';
import type { DbOrTx } from '../../../db/open-db.js';
import { courseReachOf, courseState, loadEditableCourse, loadReadableCourse, teacherScopeOf } from './course-deps.js';
import { indexCourse } from './index-course.js';
import { asState, reachOf, requireUser, type LearningDeps } from './learning-deps.js';
import { resolvePrograms } from './manage-resources.js';

/** A class of the teacher's own college, for a course published to a class. */
async function assertClassOf(deps: LearningDeps, ownerScope: string, target: string, classId: string | null): Promise<void> {
  if (target !== 'class') return;
  if (classId === null) throw new AppError('COURSE_CLASS_REQUIRED', {}, [{ field: 'classId', code: 'required' }]);
  const found = await findClass(deps.db, classId);
  if (!found || `college:${found.collegeId}` !== ownerScope) throw new AppError('CLASS_NOT_FOUND', { id: classId }, [{ field: 'classId', code: 'unknown_class' }]);
}

export async function createCourse(deps: LearningDeps, actor: Actor, input: CreateCourseInput): Promise<string> {
  const user = requireUser(actor);
  const ownerScope = teacherScopeOf(actor);
  await deps.authz.authorize(actor, coursePermissions.authorCourses, ownerScope);
  const categoryCodes = await resolvePrograms(deps, input.programCodes);
  await assertClassOf(deps, ownerScope, input.target, input.classId);
  const id = randomUUID();
  const now = deps.now();
  const row: CourseRow = {
    id, status: 'draft', ownerScope, createdBy: user.userId, createdByName: user.displayName,
    title: input.title, description: input.description, programCodes: input.programCodes, categoryCodes, knowledgePoints: input.knowledgePoints,
    level: input.level, language: input.language, audience: input.audience, trainingHours: input.trainingHours, isCore: input.isCore,
    isFine: false, fineBy: null, target: input.target, classId: input.target === 'class' ? input.classId : null,
    structureHash: null, publishedAt: null, lastSubstantiveRevisionAt: null, createdAt: now, updatedAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await insertCourse(tx, row);
    await deps.audit.record(tx, actor, { action: 'learning.course.created', entityType: 'learning_course', entityId: id, scope: ownerScope, details: { audience: input.audience, target: input.target } });
  });
  return id;
}

/** Metadata and publication target; a published course's search entry follows at once. Not a substantive revision. */
export async function editCourse(deps: LearningDeps, actor: Actor, id: string, input: UpdateCourseInput): Promise<void> {
  const row = await loadEditableCourse(deps, actor, id);
  const categoryCodes = input.programCodes ? await resolvePrograms(deps, input.programCodes) : undefined;
  const target = input.target ?? row.target;
  const classId = target === 'class' ? (input.classId !== undefined ? input.classId : row.classId) : null;
  await assertClassOf(deps, row.ownerScope, target, classId);
  const { target: _target, classId: _classId, programCodes, ...rest } = input;
  const patch: Partial<CourseRow> = { ...rest, target, classId, updatedAt: deps.now() };
  if (programCodes !== undefined && categoryCodes !== undefined) Object.assign(patch, { programCodes, categoryCodes });
  await deps.db.transaction(async (tx) => {
    await updateCourse(tx, id, patch);
    const updated = await findCourse(tx, id);
    if (updated) await indexCourse(tx, updated);
    await deps.audit.record(tx, actor, { action: 'learning.course.edited', entityType: 'learning_course', entityId: id, scope: row.ownerScope, details: { fields: Object.keys(input) } });
  });
}

export async function loadStructure(db: DbOrTx, courseId: string): Promise<CourseStructure> {
  const { units, items } = await loadStructureRows(db, courseId);
  return structureOf(
    units,
    items.map((item) => ({ ...item, kind: item.kind === 'exercise_set' ? ('exercise_set' as const) : ('resource' as const) })),
  );
}

/** A resource the teacher may put in a course: their own, their college's, or a public published one. */
async function assertUsableResource(deps: LearningDeps, actor: Actor, ownerScope: string, resourceId: string, field: string): Promise<void> {
  const row = await findResource(deps.db, resourceId);
  const refuse = (reason: string) => new AppError('COURSE_RESOURCE_NOT_ALLOWED', { id: resourceId, reason }, [{ field, code: 'resource_not_allowed' }]);
  if (!row) throw refuse('not found');
  const state = asState(row);
  if (!canRead(state, await reachOf(deps, actor, row))) throw refuse('not visible to you');
  const isOwn = row.createdBy === requireUser(actor).userId;
  const isCollege = row.providerScopes.includes(ownerScope);
  const isPublic = state.status === 'published' && state.audience === 'public';
  if (!isOwn && !isCollege && !isPublic) throw refuse('neither yours, your college’s, nor a public published resource');
}

async function assertUsableExerciseSet(deps: LearningDeps, actor: Actor, setId: string, field: string): Promise<void> {
  const set = await findExerciseSet(deps.db, setId);
  if (!set || set.createdBy !== requireUser(actor).userId) throw new AppError('EXERCISE_SET_NOT_FOUND', { id: setId }, [{ field, code: 'unknown_exercise_set' }]);
}

function toRows(courseId: string, structure: CourseStructure): { units: UnitRow[]; items: ItemRow[] } {
  const units = structure.units.map((unit, position) => ({ courseId, id: unit.id, position, title: unit.title, opensAt: unit.opensAt, dueAt: unit.dueAt }));
  const items = structure.units.flatMap((unit) =>
    (structure.itemsByUnit.get(unit.id) ?? []).map((item, position) => ({ courseId, id: item.id, unitId: unit.id, position, kind: item.kind, resourceId: item.resourceId, exerciseSetId: item.exerciseSetId })),
  );
  return { units, items };
}

/** Applies the builder's operations in order, all or nothing. */
export async function changeStructure(deps: LearningDeps, actor: Actor, id: string, operations: readonly StructureOperation[]): Promise<void> {
  const row = await loadEditableCourse(deps, actor, id);
  for (const [index, operation] of operations.entries()) {
    if (operation.op === 'addResource') await assertUsableResource(deps, actor, row.ownerScope, operation.resourceId, `operations.${index}.resourceId`);
    if (operation.op === 'addExerciseSet') await assertUsableExerciseSet(deps, actor, operation.exerciseSetId, `operations.${index}.exerciseSetId`);
  }
  await deps.db.transaction(async (tx) => {
    await findCourse(tx, id, { forUpdate: true });
    const structure = await loadStructure(tx, id);
    for (const [index, operation] of operations.entries()) applyOperation(structure, operation, `operations.${index}`, randomUUID);
    const rows = toRows(id, structure);
    await replaceStructure(tx, id, rows.units, rows.items);
    await updateCourse(tx, id, { updatedAt: deps.now() });
    await deps.audit.record(tx, actor, { action: 'learning.course.structure_changed', entityType: 'learning_course', entityId: id, scope: row.ownerScope, details: { operations: operations.map((operation) => operation.op) } });
  });
}

/**
 * Publishes (or re-publishes after edits): every resource item must be published. The revision
 * date moves only when units or items differ from the last publication.
 */
export async function publishCourse(deps: LearningDeps, actor: Actor, id: string): Promise<void> {
  const row = await loadEditableCourse(deps, actor, id);
  const structure = await loadStructure(deps.db, id);
  const items = allItems(structure);
  if (items.length === 0) throw new AppError('COURSE_NOT_PUBLISHABLE', { reason: 'it has no items' });
  const resourceIds = items.flatMap((item) => (item.resourceId ? [item.resourceId] : []));
  const unpublished = (await findResourcesByIds(deps.db, resourceIds)).filter((resource) => resource.status !== 'published');
  if (unpublished.length > 0) throw new AppError('COURSE_NOT_PUBLISHABLE', { reason: `resources not published yet: ${unpublished.map((r) => Object.values(r.title)[0] ?? r.id).join(', ')}` });
  await assertClassOf(deps, row.ownerScope, row.target, row.classId);
  const hash = structureHash(structure);
  const now = deps.now();
  const isSubstantive = hash !== row.structureHash;
  await deps.db.transaction(async (tx) => {
    await updateCourse(tx, id, {
      status: 'published', structureHash: hash, publishedAt: row.publishedAt ?? now, updatedAt: now,
      ...(isSubstantive ? { lastSubstantiveRevisionAt: now } : {}),
    });
    const published = await findCourse(tx, id);
    if (published) await indexCourse(tx, published);
    await deps.audit.record(tx, actor, { action: 'learning.course.published', entityType: 'learning_course', entityId: id, scope: row.ownerScope, details: { target: row.target, classId: row.classId, substantive: isSubstantive, items: items.length } });
  });
}

/** Reviewers flag (or unflag) a published open course as a fine course. */
export async function flagFineCourse(deps: LearningDeps, actor: Actor, id: string, isFine: boolean): Promise<void> {
  deps.authz.scopeFilter(actor, coursePermissions.flagFineCourses);
  const { row } = await loadReadableCourse(deps, actor, id);
  const reach = await courseReachOf(deps, actor, row);
  if (!reach.reviewsCollege) throw new AppError('SCOPE_DENIED', { action: coursePermissions.flagFineCourses.name });
  if (!canFlagFine(courseState(row), reach)) throw new AppError('COURSE_FINE_NOT_OPEN');
  await deps.db.transaction(async (tx) => {
    await updateCourse(tx, id, { isFine, fineBy: isFine && actor.kind === 'user' ? actor.userId : null });
    await deps.audit.record(tx, actor, { action: isFine ? 'learning.course.flagged_fine' : 'learning.course.unflagged_fine', entityType: 'learning_course', entityId: id, scope: row.ownerScope, details: {} });
  });
}
