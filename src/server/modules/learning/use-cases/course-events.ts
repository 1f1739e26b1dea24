import type { Actor } from '../../../platform/authz/actor.js';
import { systemActor } from '../../../platform/authz/actor.js';
import { buildCourseStatement, type CourseStatementInput } from '../domain/course-statements.js';
import type { CourseRow } from '../courses.repository.js';
import type { LearnerEventDeps } from './learner-events.js';

const platform = systemActor('learning');

export type CourseEvent = Omit<CourseStatementInput, 'learner' | 'course' | 'timestamp'>;

/**
 * Stores the xAPI statements for a learner's course actions through the LRS (after the action's
 * commit, in the learner's scope). A failure to record is logged and does not undo the action.
 */
export async function recordCourseEvents(deps: LearnerEventDeps, actor: Actor, course: CourseRow, events: readonly CourseEvent[]): Promise<void> {
  if (actor.kind !== 'user' || events.length === 0) return;
  const scope = actor.assignments.find((a) => a.scope !== 'self')?.scope ?? 'national';
  const timestamp = deps.now();
  const statements = events.map((event) =>
    buildCourseStatement({
      ...event,
      learner: { userId: actor.userId, displayName: actor.displayName },
      course: { id: course.id, title: course.title, language: course.language, programCodes: course.programCodes, knowledgePoints: course.knowledgePoints },
      timestamp,
    }),
  );
  try {
    await deps.lrs.storeStatements(platform, statements, { scope });
  } catch (error) {
    deps.log.error({ err: error, courseId: course.id, verbs: events.map((event) => event.verb) }, 'course learning records not stored');
  }
}
