import type { Actor } from '../../../platform/authz/actor.js';
import {
  COURSE_ACTIVITY_TYPE,
  type CourseActivity,
  type CourseActivityQuery,
  type CourseList,
  type ListCoursesQuery,
} from '../../../../shared/contracts/lrs/course-activity.js';
import { aggregateCourseActivity, findActivityName, listCourses } from '../course-activity.repository.js';
import { lrsAdminPermissions } from '../admin.policies.js';
import { buildDaySeries } from '../domain/course-days.js';
import { isJsonObject } from '../domain/json.js';
import { languageMap } from '../domain/statement-summary.js';
import { runAdminQuery } from './admin-query.js';
import type { LrsDeps } from './lrs-deps.js';

/** How many courses the course list returns: the most active first. */
const COURSE_LIST_LIMIT = 100;

function toLanguageMap(value: unknown): Record<string, string> | null {
  return isJsonObject(value) ? languageMap(value) : null;
}

/**
 * Courses with activity in the window within the caller's scope. A course is an Activity whose
 * definition type is ADL's course type, seen as a statement's object or in its context
 * activities (cmi5 and most xAPI profiles put it in `grouping`, ours in `parent`/`grouping`).
 */
export async function listActiveCourses(deps: LrsDeps, actor: Actor, query: ListCoursesQuery): Promise<CourseList> {
  const scope = deps.authz.scopeFilter(actor, lrsAdminPermissions.browseStatements);
  const rows = await runAdminQuery(deps, (tx) => listCourses(tx, scope, query, COURSE_ACTIVITY_TYPE, COURSE_LIST_LIMIT), { timeZone: query.timeZone });
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: toLanguageMap(row.name),
      statements: row.statements,
      learners: row.learners,
      lastStored: row.lastStored.toISOString(),
    })),
  };
}

/** Statements per day and verb for one course (any activity IRI), within the caller's scope. */
export async function reportCourseActivity(deps: LrsDeps, actor: Actor, query: CourseActivityQuery): Promise<CourseActivity> {
  const scope = deps.authz.scopeFilter(actor, lrsAdminPermissions.browseStatements);
  const window = { from: query.from, to: query.to, timeZone: query.timeZone };
  const { aggregates, name } = await runAdminQuery(
    deps,
    async (tx) => ({ aggregates: await aggregateCourseActivity(tx, scope, window, query.course), name: await findActivityName(tx, query.course) }),
    { timeZone: query.timeZone },
  );
  const days = buildDaySeries(query.from, query.to, aggregates.cells, aggregates.learnersByDay);
  return {
    course: { id: query.course, name: toLanguageMap(name) },
    ...window,
    verbs: aggregates.verbs.map((verb) => ({ id: verb.id, display: toLanguageMap(verb.display) ?? {}, statements: verb.statements })),
    days,
    totals: { statements: days.reduce((sum, day) => sum + day.statements, 0), learners: aggregates.learners },
  };
}
