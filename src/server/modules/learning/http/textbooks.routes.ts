import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  chapterParamSchema,
  chapterViewSchema,
  createEditionSchema,
  createTextbookSchema,
  editableChaptersSchema,
  listTextbooksQuerySchema,
  revisionAgeQuerySchema,
  revisionAgeReportSchema,
  revisionTargetsSchema,
  saveChaptersSchema,
  textbookDetailSchema,
  textbookPageSchema,
  textbookParamSchema,
  updateRevisionTargetsSchema,
  updateTextbookSchema,
} from '../../../../shared/contracts/learning/textbooks.js';
import type { LearningDeps } from '../use-cases/learning-deps.js';
import { addEdition, createTextbook, publishTextbook, saveChapters, updateTextbookMetadata } from '../use-cases/manage-textbooks.js';
import { getTextbookDetail, listEditableChapters, listTextbooks, readChapter } from '../use-cases/read-textbooks.js';
import { readRevisionTargets, revisionAgeReport, updateRevisionTargets, type CoreCourseSource } from '../use-cases/revision-age.js';

const tags = ['learning'];

/** /api/v1/learning/textbooks: textbooks, chapters, editions, the reader, revision age and its targets. */
export function createTextbookRoutes(deps: LearningDeps & { coreCourses?: CoreCourseSource }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/textbooks/revision-age', { schema: { tags, summary: 'Age of textbooks and core courses since their last substantive revision, against the targets, most overdue first', querystring: revisionAgeQuerySchema, response: { 200: revisionAgeReportSchema } } }, async (request) =>
      revisionAgeReport(deps, request.actor, request.query),
    );
    app.get('/textbooks/revision-targets', { schema: { tags, summary: 'Revision-age targets in months (defaults: core courses 3, textbooks 21.6 = the 1.8-year technology cycle)', response: { 200: revisionTargetsSchema } } }, async (request) =>
      readRevisionTargets(deps, request.actor),
    );
    app.put('/textbooks/revision-targets', { schema: { tags, summary: 'Set revision-age targets (national administrators; audited)', body: updateRevisionTargetsSchema, response: { 200: revisionTargetsSchema } } }, async (request) =>
      updateRevisionTargets(deps, request.actor, request.body),
    );

    app.post('/textbooks', { schema: { tags, summary: 'Create a textbook (draft) with its first edition', body: createTextbookSchema, response: { 201: textbookDetailSchema } } }, async (request, reply) => {
      const id = await createTextbook(deps, request.actor, request.body);
      return reply.status(201).send(await getTextbookDetail(deps, request.actor, id));
    });
    app.get('/textbooks', { schema: { tags, summary: 'Published textbooks the caller may read, or the caller’s own', querystring: listTextbooksQuerySchema, response: { 200: textbookPageSchema } } }, async (request) =>
      listTextbooks(deps, request.actor, request.query),
    );
    app.get('/textbooks/:id', { schema: { tags, summary: 'A textbook: table of contents, editions, revision history, the caller’s last chapter', params: textbookParamSchema, response: { 200: textbookDetailSchema } } }, async (request) =>
      getTextbookDetail(deps, request.actor, request.params.id),
    );
    app.patch('/textbooks/:id', { schema: { tags, summary: 'Change metadata (a non-substantive revision)', params: textbookParamSchema, body: updateTextbookSchema, response: { 200: textbookDetailSchema } } }, async (request) => {
      await updateTextbookMetadata(deps, request.actor, request.params.id, request.body);
      return getTextbookDetail(deps, request.actor, request.params.id);
    });
    app.get('/textbooks/:id/chapters', { schema: { tags, summary: 'Every chapter and section with its content, for the textbook’s editors (saves no reading position, records no statement)', params: textbookParamSchema, response: { 200: editableChaptersSchema } } }, async (request) =>
      listEditableChapters(deps, request.actor, request.params.id),
    );
    app.put('/textbooks/:id/chapters', { schema: { tags, summary: 'Replace the chapters and sections (content sanitized) with a revision note, substantive or not', params: textbookParamSchema, body: saveChaptersSchema, response: { 200: textbookDetailSchema } } }, async (request) => {
      await saveChapters(deps, request.actor, request.params.id, request.body);
      return getTextbookDetail(deps, request.actor, request.params.id);
    });
    app.post('/textbooks/:id/editions', { schema: { tags, summary: 'A new edition (a substantive revision)', params: textbookParamSchema, body: createEditionSchema, response: { 200: textbookDetailSchema } } }, async (request) => {
      await addEdition(deps, request.actor, request.params.id, request.body);
      return getTextbookDetail(deps, request.actor, request.params.id);
    });
    app.post('/textbooks/:id/publish', { schema: { tags, summary: 'Publish: readers see it and search finds it (by audience)', params: textbookParamSchema, response: { 200: textbookDetailSchema } } }, async (request) => {
      await publishTextbook(deps, request.actor, request.params.id);
      return getTextbookDetail(deps, request.actor, request.params.id);
    });
    app.get('/textbooks/:id/chapters/:chapterId', { schema: { tags, summary: 'Read a chapter (remembered as the last one read; records viewed and progressed statements)', params: chapterParamSchema, response: { 200: chapterViewSchema } } }, async (request) =>
      readChapter(deps, request.actor, request.params.id, request.params.chapterId),
    );
  };
}
