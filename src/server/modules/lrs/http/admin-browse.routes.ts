import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { courseActivityQuerySchema, courseActivitySchema, courseListSchema, listCoursesQuerySchema } from '../../../../shared/contracts/lrs/course-activity.js';
import { browseStatementsQuerySchema, browsedStatementPageSchema } from '../../../../shared/contracts/lrs/statement-browse.js';
import { browseStatements } from '../use-cases/browse-statements.js';
import type { LrsDeps } from '../use-cases/lrs-deps.js';
import { listActiveCourses, reportCourseActivity } from '../use-cases/report-course-activity.js';

const tags = ['lrs'];

/** /api/v1/lrs: the statement browser and per-course activity for administrators, scope-filtered. */
export function createLrsBrowseRoutes(deps: LrsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/statements',
      {
        schema: {
          tags,
          summary: 'Statements stored within the caller’s scope, newest first (administrators)',
          querystring: browseStatementsQuerySchema,
          response: { 200: browsedStatementPageSchema },
        },
      },
      async (request) => browseStatements(deps, request.actor, request.query),
    );
    app.get(
      '/courses',
      {
        schema: {
          tags,
          summary: 'Courses with statements in a window of days, most active first (administrators)',
          querystring: listCoursesQuerySchema,
          response: { 200: courseListSchema },
        },
      },
      async (request) => listActiveCourses(deps, request.actor, request.query),
    );
    app.get(
      '/courses/activity',
      {
        schema: {
          tags,
          summary: 'Statements per day and verb for one course (the object or a context activity)',
          querystring: courseActivityQuerySchema,
          response: { 200: courseActivitySchema },
        },
      },
      async (request) => reportCourseActivity(deps, request.actor, request.query),
    );
  };
}
