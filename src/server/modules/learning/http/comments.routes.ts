import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import {
  commentListQuerySchema,
  commentPageSchema,
  commentParamSchema,
  commentSchema,
  commentSettingsInputSchema,
  commentSettingsSchema,
  createCommentSchema,
  moderationDecisionSchema,
  moderationQueueSchema,
  moderationResultSchema,
  reportCommentSchema,
  updateCommentSchema,
} from '../../../../shared/contracts/learning/comments.js';
import { resourceParamSchema } from '../../../../shared/contracts/learning/resources.js';
import { isAppError } from '../../../platform/errors/app-error.js';
import { deleteComment, editComment, listComments, postComment, reportComment } from '../use-cases/comments.js';
import { listModerationQueueFor, moderateComment, readCommentSettings, updateCommentSettings } from '../use-cases/comments-moderation.js';
import type { LearningDeps } from '../use-cases/learning-deps.js';

const tags = ['learning'];
const rateLimitCodes = new Set(['COMMENT_RATE_LIMITED', 'COMMENT_DAILY_LIMIT', 'COMMENT_REPORT_RATE_LIMITED']);

/** A refused post says when to try again (Retry-After), besides the problem's message. */
async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) && rateLimitCodes.has(error.code)) reply.header('retry-after', String(error.params.seconds ?? 60));
    throw error;
  }
}

/**
 * /api/v1/learning: comments on resources (under the resource, whose id is the comments'
 * distribution key), reports, the moderation queue and decisions, and the comment settings.
 */
export function createCommentRoutes(deps: LearningDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/resources/:id/comments', { schema: { tags, summary: 'Comments on a resource, newest first, with their first replies (the caller’s own held, hidden or removed ones included for them)', params: resourceParamSchema, querystring: commentListQuerySchema, response: { 200: commentPageSchema } } }, async (request) =>
      listComments(deps, request.actor, request.params.id, request.query),
    );
    app.post('/resources/:id/comments', { schema: { tags, summary: 'Comment on a published resource, or reply to a top-level comment (plain text; rate-limited; a blocked term holds it for review)', params: resourceParamSchema, body: createCommentSchema, response: { 201: commentSchema } } }, async (request, reply) => {
      const comment = await withRetryAfter(reply, () => postComment(deps, request.actor, request.params.id, request.body));
      return reply.status(201).send(comment);
    });
    app.patch('/resources/:id/comments/:commentId', { schema: { tags, summary: 'Edit one’s own comment (checked against the blocked terms again)', params: commentParamSchema, body: updateCommentSchema, response: { 200: commentSchema } } }, async (request) =>
      editComment(deps, request.actor, request.params.id, request.params.commentId, request.body),
    );
    app.delete('/resources/:id/comments/:commentId', { schema: { tags, summary: 'Delete one’s own comment', params: commentParamSchema, response: { 204: z.null() } } }, async (request, reply) => {
      await deleteComment(deps, request.actor, request.params.id, request.params.commentId);
      return reply.status(204).send(null);
    });
    app.post('/resources/:id/comments/:commentId/report', { schema: { tags, summary: 'Report a comment (once per user; enough reports hide it until a moderator decides)', params: commentParamSchema, body: reportCommentSchema, response: { 200: z.object({ isReported: z.literal(true) }) } } }, async (request, reply) =>
      withRetryAfter(reply, () => reportComment(deps, request.actor, request.params.id, request.params.commentId, request.body)),
    );
    app.post('/resources/:id/comments/:commentId/moderation', { schema: { tags, summary: 'Approve a held or reported comment, or remove a comment with a reason the author sees (the resource’s reviewers and national administrators; audited)', params: commentParamSchema, body: moderationDecisionSchema, response: { 200: moderationResultSchema } } }, async (request) =>
      moderateComment(deps, request.actor, request.params.id, request.params.commentId, request.body),
    );
    app.get('/comments/moderation', { schema: { tags, summary: 'Held and reported comments on the resources the caller reviews, longest waiting first', querystring: commentListQuerySchema, response: { 200: moderationQueueSchema } } }, async (request) =>
      listModerationQueueFor(deps, request.actor, request.query),
    );
    app.get('/comments/settings', { schema: { tags, summary: 'Blocked terms, report threshold and rate limits (moderators)', response: { 200: commentSettingsSchema } } }, async (request) =>
      readCommentSettings(deps, request.actor),
    );
    app.put('/comments/settings', { schema: { tags, summary: 'Set blocked terms, report threshold and rate limits (national administrators; audited)', body: commentSettingsInputSchema, response: { 200: commentSettingsSchema } } }, async (request) =>
      updateCommentSettings(deps, request.actor, request.body),
    );
  };
}
