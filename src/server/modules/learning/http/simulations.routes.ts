import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  attemptEventsSchema,
  attemptListSchema,
  attemptParamSchema,
  attemptSchema,
  attemptSummarySchema,
  launchSchema,
  launchSimulationSchema,
  simulationCatalogueQuerySchema,
  simulationParamSchema,
  simulationSchema,
} from '../../../../shared/contracts/learning/simulations.js';
import type { LearningDeps } from '../use-cases/learning-deps.js';
import { launchSimulation } from '../use-cases/launch-simulation.js';
import { listMyAttempts, listSimulations, summarizeSimulationAttempts } from '../use-cases/read-simulations.js';
import { reportSimulationEvents } from '../use-cases/report-simulation-events.js';

const tags = ['learning'];

/** /api/v1/learning/simulations: the catalogue, launches, reports relayed by the launcher, attempts. */
export function createSimulationRoutes(deps: LearningDeps, options: { simulationOrigin?: string | undefined }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/simulations', { schema: { tags, summary: 'Published virtual simulations the caller may see (filters: q, level, language, program)', querystring: simulationCatalogueQuerySchema, response: { 200: z.object({ items: z.array(simulationSchema) }) } } }, async (request) =>
      listSimulations(deps, request.actor, request.query),
    );

    app.post(
      '/simulations/:resourceId/launches',
      { schema: { tags, summary: 'Launch a simulation: a new attempt and a launch credential (4 h, ends at finish) for the sandboxed package; optional course context', params: simulationParamSchema, body: launchSimulationSchema, response: { 201: launchSchema } } },
      async (request, reply) => reply.status(201).send(await launchSimulation(deps, request.actor, request.params.resourceId, request.body, { contentOrigin: options.simulationOrigin ?? '' })),
    );

    app.post(
      '/simulations/attempts/:attemptId/events',
      { schema: { tags, summary: 'Reports from the package (start, progress, score, complete), relayed by the launcher with the launch credential', params: attemptParamSchema, body: attemptEventsSchema, response: { 200: attemptSchema } } },
      async (request) => reportSimulationEvents(deps, request.actor, request.params.attemptId, request.body),
    );

    app.get('/simulations/attempts', { schema: { tags, summary: 'My simulation attempts, newest first (optionally of one simulation)', querystring: z.object({ resourceId: z.uuid().optional() }), response: { 200: attemptListSchema } } }, async (request) =>
      listMyAttempts(deps, request.actor, request.query.resourceId),
    );

    app.get('/simulations/:resourceId/attempts/summary', { schema: { tags, summary: "Attempts at one simulation for its authors and reviewers: totals and recent attempts of learners in the viewer's scopes", params: simulationParamSchema, response: { 200: attemptSummarySchema } } }, async (request) =>
      summarizeSimulationAttempts(deps, request.actor, request.params.resourceId),
    );
  };
}
