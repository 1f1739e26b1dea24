import type { Actor } from '../../../platform/authz/actor.js';
import type { z } from 'zod';
import type { RevisionAgeReport, RevisionAgeRow, RevisionTargets, UpdateRevisionTargetsInput } from '../../../../shared/contracts/learning/textbooks.js';
import type { revisionAgeQuerySchema } from '../../../../shared/contracts/learning/textbooks.js';
import { ageDistribution, byMostOverdue, defaultRevisionTargets, revisionAge } from '../domain/revision-age.js';
import { textbookPermissions } from '../textbooks.policies.js';
import { listPublishedForRevisionAge, listRevisionTargets, upsertRevisionTarget } from '../textbooks.repository.js';
import type { DbOrTx } from '../../../db/open-db.js';
import { requireUser, type LearningDeps } from './learning-deps.js';
import { canReadTextbook } from './textbook-access.js';

/**
 * Core courses with their last substantive revision, read from the courses tables through a
 * repository function (the module wires `listCoreCoursesForRevisionAge`: published courses whose
 * author flagged them core). Without a source the report has textbooks only. An open course is
 * reachable by every manager; a class course by those reaching its college.
 */
export type CoreCourseSource = (db: DbOrTx, category: string | undefined) => Promise<{ id: string; title: Record<string, string>; categoryCodes: string[]; lastSubstantiveRevisionAt: Date; ownerScope: string; isOpen: boolean }[]>;

export async function getRevisionTargets(db: DbOrTx): Promise<RevisionTargets> {
  const rows = new Map((await listRevisionTargets(db)).map((row) => [row.key, row]));
  const target = (key: keyof typeof defaultRevisionTargets) => {
    const row = rows.get(key);
    return row
      ? { months: row.months, isDefault: false, updatedAt: row.updatedAt.toISOString(), updatedByName: row.updatedByName }
      : { months: defaultRevisionTargets[key], isDefault: true, updatedAt: null, updatedByName: null };
  };
  return { textbook: target('textbook'), core_course: target('core_course') };
}

export async function readRevisionTargets(deps: LearningDeps, actor: Actor): Promise<RevisionTargets> {
  deps.authz.scopeFilter(actor, textbookPermissions.viewRevisionAge);
  return getRevisionTargets(deps.db);
}

/** National administrators set the targets; each change is audited with the old and new value. */
export async function updateRevisionTargets(deps: LearningDeps, actor: Actor, input: UpdateRevisionTargetsInput): Promise<RevisionTargets> {
  const user = requireUser(actor);
  await deps.authz.authorize(actor, textbookPermissions.manageRevisionTargets, 'national');
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const before = await getRevisionTargets(tx);
    for (const key of ['textbook', 'core_course'] as const) {
      const months = input[key];
      if (months === undefined) continue;
      await upsertRevisionTarget(tx, { key, months, updatedBy: user.userId, updatedByName: user.displayName, updatedAt: now });
      await deps.audit.record(tx, actor, { action: 'learning.revision_target.updated', entityType: 'learning_revision_target', entityId: key, scope: 'national', details: { from: before[key].months, to: months } });
    }
  });
  return getRevisionTargets(deps.db);
}

type ReportQuery = z.infer<typeof revisionAgeQuerySchema>;

export async function revisionAgeReport(deps: LearningDeps & { coreCourses?: CoreCourseSource }, actor: Actor, query: ReportQuery): Promise<RevisionAgeReport> {
  deps.authz.scopeFilter(actor, textbookPermissions.viewRevisionAge);
  const targets = await getRevisionTargets(deps.db);
  const now = deps.now();
  const rows: RevisionAgeRow[] = [];
  const readable = new Map<string, boolean>();
  const reaches = async (audience: string, ownerScope: string) => {
    if (audience === 'public') return true;
    const known = readable.get(ownerScope);
    if (known !== undefined) return known;
    const can = await canReadTextbook(deps, actor, { status: 'published', audience, ownerScope, createdBy: '' });
    readable.set(ownerScope, can);
    return can;
  };
  if (query.kind !== 'core_course') {
    for (const book of await listPublishedForRevisionAge(deps.db, query.category)) {
      if (!(await reaches(book.audience, book.ownerScope))) continue;
      const age = revisionAge(book.lastSubstantiveRevisionAt, targets.textbook.months, now);
      rows.push({ kind: 'textbook', id: book.id, title: book.title, categoryCodes: book.categoryCodes, lastSubstantiveRevisionAt: book.lastSubstantiveRevisionAt.toISOString(), ...age });
    }
  }
  if (query.kind !== 'textbook' && deps.coreCourses) {
    for (const course of await deps.coreCourses(deps.db, query.category)) {
      if (!(await reaches(course.isOpen ? 'public' : 'college', course.ownerScope))) continue;
      const age = revisionAge(course.lastSubstantiveRevisionAt, targets.core_course.months, now);
      rows.push({ kind: 'core_course', id: course.id, title: course.title, categoryCodes: course.categoryCodes, lastSubstantiveRevisionAt: course.lastSubstantiveRevisionAt.toISOString(), ...age });
    }
  }
  const sorted = byMostOverdue(rows.map((row) => ({ row, age: row }))).map((entry) => entry.row);
  const shown = query.overdueOnly === 'true' ? sorted.filter((row) => row.isOverdue) : sorted;
  return { rows: shown, distribution: ageDistribution(rows.map((row) => ({ kind: row.kind, age: row }))), targets, includesCoreCourses: deps.coreCourses !== undefined };
}
