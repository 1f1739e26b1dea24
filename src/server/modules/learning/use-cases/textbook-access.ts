import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { textbookPermissions } from '../textbooks.policies.js';
import type { TextbookRow } from '../textbooks.repository.js';
import { userIdOf, type LearningDeps } from './learning-deps.js';

/** The college a teacher authors textbooks in (and records training for). */
export function teacherCollegeOf(actor: Actor): string | undefined {
  if (actor.kind !== 'user') return undefined;
  return actor.assignments.find((a) => a.role === 'teacher' && a.scope.startsWith('college:'))?.scope;
}

/** The creator, or a teacher of the owning college (co-authors), may edit. */
export async function canEditTextbook(deps: LearningDeps, actor: Actor, row: Pick<TextbookRow, 'createdBy' | 'ownerScope'>): Promise<boolean> {
  if (userIdOf(actor) === row.createdBy) return true;
  return deps.authz.can(actor, textbookPermissions.authorTextbooks, row.ownerScope);
}

/** A published public textbook is for everyone signed in; a college one for readers reaching its college; a draft for its editors. */
export async function canReadTextbook(deps: LearningDeps, actor: Actor, row: Pick<TextbookRow, 'createdBy' | 'ownerScope' | 'status' | 'audience'>): Promise<boolean> {
  if (row.status === 'published') {
    if (row.audience === 'public') return true;
    if (await deps.authz.can(actor, textbookPermissions.readTextbooks, row.ownerScope)) return true;
  }
  return canEditTextbook(deps, actor, row);
}

/** TEXTBOOK_NOT_FOUND when missing, SCOPE_DENIED to whoever may not read it. */
export async function assertTextbookReadable(deps: LearningDeps, actor: Actor, row: TextbookRow | undefined, id: string): Promise<{ row: TextbookRow; canEdit: boolean }> {
  if (actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  deps.authz.scopeFilter(actor, textbookPermissions.readTextbooks);
  if (!row) throw new AppError('TEXTBOOK_NOT_FOUND', { id });
  if (!(await canReadTextbook(deps, actor, row))) throw new AppError('SCOPE_DENIED', { action: textbookPermissions.readTextbooks.name });
  return { row, canEdit: await canEditTextbook(deps, actor, row) };
}

/** Loads for a change: readable, then editable (SCOPE_DENIED otherwise). */
export async function assertTextbookEditable(deps: LearningDeps, actor: Actor, row: TextbookRow | undefined, id: string): Promise<TextbookRow> {
  const readable = await assertTextbookReadable(deps, actor, row, id);
  if (!readable.canEdit) throw new AppError('SCOPE_DENIED', { action: textbookPermissions.authorTextbooks.name });
  return readable.row;
}
