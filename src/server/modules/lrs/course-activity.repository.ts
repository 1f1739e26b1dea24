import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { ScopeFilter } from '../../platform/authz/policy.js';
import type { DayVerbCount } from './domain/course-days.js';
import { activityCondition, statementScopeCondition } from './admin-statements.repository.js';

/** Calendar days `from`..`to` (both included) in an IANA time zone, on the stored time. */
export type DayWindow = { from: string; to: string; timeZone: string };

function windowCondition(window: DayWindow): SQL {
  return sql`statements.stored >= (${window.from}::date::timestamp at time zone ${window.timeZone})
    and statements.stored < ((${window.to}::date + 1)::timestamp at time zone ${window.timeZone})`;
}

function where(scope: ScopeFilter, window: DayWindow, extra?: SQL): SQL {
  const parts = [sql`statements.voided_by is null`, windowCondition(window), statementScopeCondition(scope), extra].filter((p): p is SQL => p !== undefined);
  return sql.join(parts, sql` and `);
}

const dayOf = (timeZone: string) => sql`to_char(statements.stored at time zone ${timeZone}, 'YYYY-MM-DD')`;

export type CourseRow = { id: string; name: unknown; statements: number; learners: number; lastStored: Date };

/**
 * Courses with statements in the window: activities whose merged definition has the course type
 * and that are the object or a context activity of a statement. Scans the window's statements
 * (the stored index), so the window is bounded by the contract.
 */
export async function listCourses(db: DbOrTx, scope: ScopeFilter, window: DayWindow, courseType: string, limit: number): Promise<CourseRow[]> {
  const result = await db.execute<{ id: string; name: unknown; n: string; learners: string; last_stored: Date | string }>(sql`
    select a.id, a.definition -> 'name' as name, count(*) as n, count(distinct statements.actor_key) as learners, max(statements.stored) as last_stored
    from lrs.statements
    cross join lateral unnest(array_append(coalesce(statements.related_activities, '{}'::text[]), statements.activity_id::text)) as c(id)
    join lrs.activities a on a.id = c.id collate "C"
    where ${where(scope, window)} and c.id is not null and a.definition ->> 'type' = ${courseType}
    group by a.id, a.definition -> 'name'
    order by count(*) desc, a.id
    limit ${limit}`);
  return result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    statements: Number(row.n),
    learners: Number(row.learners),
    lastStored: new Date(row.last_stored),
  }));
}

/** The stored definition name of an activity (a language map), or undefined when it has none. */
export async function findActivityName(db: DbOrTx, id: string): Promise<unknown> {
  const result = await db.execute<{ name: unknown }>(sql`select definition -> 'name' as name from lrs.activities where id = ${id}`);
  return result.rows[0]?.name;
}

export type CourseAggregates = {
  cells: DayVerbCount[];
  learnersByDay: Map<string, number>;
  verbs: { id: string; display: unknown; statements: number }[];
  learners: number;
};

/** Statements per day and verb, distinct learners per day and overall, and each verb's display. */
export async function aggregateCourseActivity(db: DbOrTx, scope: ScopeFilter, window: DayWindow, courseId: string): Promise<CourseAggregates> {
  const condition = where(scope, window, activityCondition(courseId, true));
  const day = dayOf(window.timeZone);
  const cells = await db.execute<{ day: string; verb_id: string; n: string }>(sql`
    select ${day} as day, statements.verb_id, count(*) as n from lrs.statements where ${condition} group by 1, 2 order by 1, 2`);
  const learners = await db.execute<{ day: string | null; learners: string }>(sql`
    select ${day} as day, count(distinct statements.actor_key) as learners from lrs.statements where ${condition} group by rollup (1)`);
  const verbs = await db.execute<{ verb_id: string; display: unknown; n: string }>(sql`
    select statements.verb_id, (array_agg(statements.payload -> 'verb' -> 'display'))[1] as display, count(*) as n
    from lrs.statements where ${condition} group by statements.verb_id order by count(*) desc, statements.verb_id`);
  const byDay = new Map<string, number>();
  let total = 0;
  for (const row of learners.rows) {
    if (row.day === null) total = Number(row.learners);
    else byDay.set(row.day, Number(row.learners));
  }
  return {
    cells: cells.rows.map((row) => ({ day: row.day, verbId: row.verb_id, statements: Number(row.n) })),
    learnersByDay: byDay,
    verbs: verbs.rows.map((row) => ({ id: row.verb_id, display: row.display, statements: Number(row.n) })),
    learners: total,
  };
}
