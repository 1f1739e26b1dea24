import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { courseAudienceSchema, courseStatusSchema, courseTargetSchema, type Course } from '../../../../shared/contracts/learning/courses.js';
import { resourceLevelSchema } from '../../../../shared/contracts/learning/resources.js';
import { canEditCourse, canEnrol, canFlagFine, canReadCourse, type CourseReach, type CourseState } from '../domain/course-access.js';
import { coursePermissions } from '../course.policies.js';
import { findCourse, isClassMember, type CourseRow } from '../courses.repository.js';
import { requireUser, type LearningDeps } from './learning-deps.js';

export function courseState(row: Pick<CourseRow, 'status' | 'target' | 'audience'>): CourseState {
  return { status: courseStatusSchema.parse(row.status), target: courseTargetSchema.parse(row.target), audience: courseAudienceSchema.parse(row.audience) };
}

/** The college scope a teacher builds courses in: their first teacher assignment. */
export function teacherScopeOf(actor: Actor): string {
  const user = requireUser(actor);
  const scope = user.assignments.find((a) => coursePermissions.authorCourses.roles.includes(a.role) && a.scope.startsWith('college:'))?.scope;
  if (scope === undefined) throw new AppError('SCOPE_DENIED', { action: coursePermissions.authorCourses.name });
  return scope;
}

export async function courseReachOf(deps: LearningDeps, actor: Actor, row: CourseRow): Promise<CourseReach> {
  if (actor.kind !== 'user') return { isAuthor: false, reads: actor.kind === 'system', teachesCollege: false, reviewsCollege: actor.kind === 'system', isClassMember: false, isTeacher: false };
  const [teachesCollege, reviewsCollege, member] = await Promise.all([
    deps.authz.can(actor, coursePermissions.authorCourses, row.ownerScope),
    deps.authz.can(actor, coursePermissions.flagFineCourses, row.ownerScope),
    row.classId ? isClassMember(deps.db, row.classId, actor.userId) : Promise.resolve(false),
  ]);
  return {
    isAuthor: row.createdBy === actor.userId,
    reads: actor.assignments.some((a) => coursePermissions.readCourses.roles.includes(a.role)),
    teachesCollege,
    reviewsCollege,
    isClassMember: member,
    isTeacher: actor.assignments.some((a) => a.role === 'teacher'),
  };
}

/** COURSE_NOT_FOUND when missing; SCOPE_DENIED to whoever may not see it (a draft, another class's course). */
export async function loadReadableCourse(deps: LearningDeps, actor: Actor, id: string): Promise<{ row: CourseRow; reach: CourseReach }> {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  deps.authz.scopeFilter(actor, coursePermissions.readCourses);
  const row = await findCourse(deps.db, id);
  if (!row) throw new AppError('COURSE_NOT_FOUND', { id });
  const reach = await courseReachOf(deps, actor, row);
  if (!canReadCourse(courseState(row), reach)) throw new AppError('SCOPE_DENIED', { action: coursePermissions.readCourses.name });
  return { row, reach };
}

/** Only the course's author edits it. */
export async function loadEditableCourse(deps: LearningDeps, actor: Actor, id: string): Promise<CourseRow> {
  const user = requireUser(actor);
  deps.authz.scopeFilter(actor, coursePermissions.authorCourses);
  const row = await findCourse(deps.db, id);
  if (!row) throw new AppError('COURSE_NOT_FOUND', { id });
  if (row.createdBy !== user.userId) throw new AppError('SCOPE_DENIED', { action: coursePermissions.authorCourses.name });
  return row;
}

export function presentCourse(row: CourseRow, reach: CourseReach, itemCount: number): Course {
  const state = courseState(row);
  return {
    id: row.id,
    status: state.status,
    title: row.title,
    description: row.description,
    programCodes: row.programCodes,
    knowledgePoints: row.knowledgePoints,
    level: resourceLevelSchema.parse(row.level),
    language: row.language,
    audience: state.audience,
    trainingHours: row.trainingHours,
    isCore: row.isCore,
    isFine: row.isFine,
    target: state.target,
    classId: row.classId,
    ownerScope: row.ownerScope,
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    itemCount,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    lastSubstantiveRevisionAt: row.lastSubstantiveRevisionAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    can: { edit: canEditCourse(state, reach), enrol: canEnrol(state, reach), flagFine: canFlagFine(state, reach) },
  };
}
