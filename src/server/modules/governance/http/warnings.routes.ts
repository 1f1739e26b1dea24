import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { timelineSchema } from '../../../../shared/contracts/governance/filings.js';
import {
  acceptWarningRequestSchema,
  closeWarningRequestSchema,
  escalateWarningRequestSchema,
  issueWarningRequestSchema,
  listWarningsQuerySchema,
  respondWarningRequestSchema,
  warningCountsQuerySchema,
  warningCountsSchema,
  warningIdParamSchema,
  warningPageSchema,
  warningSchema,
} from '../../../../shared/contracts/governance/warnings.js';
import { listNotificationsQuerySchema, markReadResultSchema, notificationIdParamSchema, notificationPageSchema } from '../../../../shared/contracts/governance/notifications.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { issueManualWarning } from '../use-cases/issue-warnings.js';
import { getWarning, getWarningCounts, getWarningTimeline, listWarningsPage, moveWarning } from '../use-cases/move-warning.js';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from '../use-cases/notifications.js';

const tags = ['governance'];

/** /api/v1/governance: warnings and their lifecycle; in-app notifications. */
export function createWarningRoutes(deps: GovernanceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/warnings', { schema: { tags, summary: 'Warnings, newest first, scope-filtered', querystring: listWarningsQuerySchema, response: { 200: warningPageSchema } } }, async (request) =>
      listWarningsPage(deps, request.actor, request.query),
    );
    app.get('/warnings/counts', { schema: { tags, summary: 'Warning counts by severity and status within the caller’s scope', querystring: warningCountsQuerySchema, response: { 200: warningCountsSchema } } }, async (request) =>
      getWarningCounts(deps, request.actor, request.query),
    );
    app.post(
      '/warnings',
      { schema: { tags, summary: 'Province or national: issue a warning by hand, with a reason', body: issueWarningRequestSchema, response: { 201: warningSchema } } },
      async (request, reply) => reply.status(201).send(await issueManualWarning(deps, request.actor, request.body)),
    );
    app.get('/warnings/:id', { schema: { tags, summary: 'One warning with its explanation and the caller’s actions', params: warningIdParamSchema, response: { 200: warningSchema } } }, async (request) =>
      getWarning(deps, request.actor, request.params.id),
    );
    app.get('/warnings/:id/timeline', { schema: { tags, summary: 'Every step of one warning, oldest first', params: warningIdParamSchema, response: { 200: timelineSchema } } }, async (request) =>
      getWarningTimeline(deps, request.actor, request.params.id),
    );
    app.post(
      '/warnings/:id/respond',
      { schema: { tags, summary: 'College: respond with a plan and its due date', params: warningIdParamSchema, body: respondWarningRequestSchema, response: { 200: warningSchema } } },
      async (request) => moveWarning(deps, request.actor, request.params.id, 'respond', request.body),
    );
    app.post(
      '/warnings/:id/accept',
      { schema: { tags, summary: 'Province (or national): accept the college’s plan; the warning closes', params: warningIdParamSchema, body: acceptWarningRequestSchema.nullish(), response: { 200: warningSchema } } },
      async (request) => moveWarning(deps, request.actor, request.params.id, 'accept', request.body ?? {}),
    );
    app.post(
      '/warnings/:id/escalate',
      { schema: { tags, summary: 'Province: escalate to the national level with a reason', params: warningIdParamSchema, body: escalateWarningRequestSchema, response: { 200: warningSchema } } },
      async (request) => moveWarning(deps, request.actor, request.params.id, 'escalate', request.body),
    );
    app.post(
      '/warnings/:id/close',
      { schema: { tags, summary: 'National: close an escalated warning; province or national: dismiss an issued one (reason required)', params: warningIdParamSchema, body: closeWarningRequestSchema, response: { 200: warningSchema } } },
      async (request) => moveWarning(deps, request.actor, request.params.id, 'close', request.body),
    );

    app.get('/notifications', { schema: { tags, summary: 'Notifications addressed to the caller’s scopes (unread by default)', querystring: listNotificationsQuerySchema, response: { 200: notificationPageSchema } } }, async (request) =>
      listMyNotifications(deps, request.actor, request.query),
    );
    app.post('/notifications/read-all', { schema: { tags, summary: 'Mark every notification of the caller’s scopes read', response: { 200: markReadResultSchema } } }, async (request) =>
      markAllNotificationsRead(deps, request.actor),
    );
    app.post('/notifications/:id/read', { schema: { tags, summary: 'Mark one notification read (for the caller)', params: notificationIdParamSchema, response: { 200: markReadResultSchema } } }, async (request) =>
      markNotificationRead(deps, request.actor, request.params.id),
    );
  };
}
