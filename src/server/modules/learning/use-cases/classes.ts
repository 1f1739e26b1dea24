import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { ClassRoster } from '../../../../shared/contracts/learning/courses.js';
import { coursePermissions } from '../course.policies.js';
import { findClass, insertClass, listClassesOfColleges, listClassMembers, setClassMembers, type ClassRow } from '../courses.repository.js';
import { requireUser, type LearningDeps } from './learning-deps.js';

/** The college a teacher or college administrator keeps rosters for. */
function rosterCollegeOf(actor: Actor): string {
  const user = requireUser(actor);
  const scope = user.assignments.find((a) => coursePermissions.manageClasses.roles.includes(a.role) && a.scope.startsWith('college:'))?.scope;
  if (scope === undefined) throw new AppError('SCOPE_DENIED', { action: coursePermissions.manageClasses.name });
  return scope.slice('college:'.length);
}

function present(row: ClassRow, memberIds: readonly string[]): ClassRoster {
  return { id: row.id, name: row.name, collegeId: row.collegeId, memberIds: [...memberIds], createdAt: row.createdAt.toISOString() };
}

export async function createClass(deps: LearningDeps, actor: Actor, input: { name: string; memberIds: string[] }): Promise<ClassRoster> {
  const user = requireUser(actor);
  const collegeId = rosterCollegeOf(actor);
  await deps.authz.authorize(actor, coursePermissions.manageClasses, `college:${collegeId}`);
  const row: ClassRow = { id: randomUUID(), collegeId, name: input.name, createdBy: user.userId, createdAt: deps.now() };
  await deps.db.transaction(async (tx) => {
    await insertClass(tx, row, input.memberIds);
    await deps.audit.record(tx, actor, { action: 'learning.class.created', entityType: 'learning_class', entityId: row.id, scope: `college:${collegeId}`, details: { members: input.memberIds.length } });
  });
  return present(row, [...new Set(input.memberIds)]);
}

export async function replaceClassMembers(deps: LearningDeps, actor: Actor, id: string, memberIds: string[]): Promise<ClassRoster> {
  requireUser(actor);
  deps.authz.scopeFilter(actor, coursePermissions.manageClasses);
  const row = await findClass(deps.db, id);
  if (!row) throw new AppError('CLASS_NOT_FOUND', { id });
  await deps.authz.authorize(actor, coursePermissions.manageClasses, `college:${row.collegeId}`);
  await deps.db.transaction(async (tx) => {
    await setClassMembers(tx, id, memberIds);
    await deps.audit.record(tx, actor, { action: 'learning.class.members_replaced', entityType: 'learning_class', entityId: id, scope: `college:${row.collegeId}`, details: { members: memberIds.length } });
  });
  return present(row, [...new Set(memberIds)]);
}

/** Classes of the colleges the caller keeps rosters for. */
export async function listClasses(deps: LearningDeps, actor: Actor): Promise<ClassRoster[]> {
  const filter = deps.authz.scopeFilter(actor, coursePermissions.manageClasses);
  const rows = await listClassesOfColleges(deps.db, filter.kind === 'all' ? 'all' : filter.colleges);
  const members = await listClassMembers(deps.db, rows.map((row) => row.id));
  return rows.map((row) => present(row, members.get(row.id) ?? []));
}
