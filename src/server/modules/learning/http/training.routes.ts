import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  listTrainingQuerySchema,
  recordTrainingSchema,
  trainingPageSchema,
  trainingRecordParamSchema,
  trainingRecordSchema,
  trainingReviewSchema,
  trainingSummarySchema,
} from '../../../../shared/contracts/learning/training.js';
import type { LearningDeps } from '../use-cases/learning-deps.js';
import { listTraining, mySummary, openTrainingEvidence, recordExternalTraining, reviewTraining } from '../use-cases/training-records.js';
import { setFileHeaders } from './file-headers.js';

const tags = ['learning'];

/** /api/v1/learning/training: teachers' training-hour records and their review. */
export function createTrainingRoutes(deps: LearningDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/training/records', { schema: { tags, summary: 'Record external training (provider, dates, hours, category, evidence upload); waits for the college administrator', body: recordTrainingSchema, response: { 201: trainingRecordSchema } } }, async (request, reply) =>
      reply.status(201).send(await recordExternalTraining(deps, request.actor, request.body)),
    );
    app.get('/training/records', { schema: { tags, summary: 'My training records, or the records my college’s teachers submitted for review', querystring: listTrainingQuerySchema, response: { 200: trainingPageSchema } } }, async (request) =>
      listTraining(deps, request.actor, request.query),
    );
    app.post('/training/records/:id/review', { schema: { tags, summary: 'Approve a pending external record, or return it with a reason', params: trainingRecordParamSchema, body: trainingReviewSchema, response: { 200: trainingRecordSchema } } }, async (request) =>
      reviewTraining(deps, request.actor, request.params.id, request.body),
    );
    app.get('/training/records/:id/evidence', { schema: { tags, summary: 'The evidence file of a record (its teacher and the reviewing college administrators)', params: trainingRecordParamSchema } }, async (request, reply) => {
      const opened = await openTrainingEvidence(deps, request.actor, request.params.id);
      setFileHeaders(reply, opened, false);
      return reply.header('content-length', opened.size).send(opened.stream);
    });
    app.get('/training/summary', { schema: { tags, summary: 'My approved training hours per year and category (enterprise practice on its own)', response: { 200: trainingSummarySchema } } }, async (request) =>
      mySummary(deps, request.actor),
    );
  };
}
