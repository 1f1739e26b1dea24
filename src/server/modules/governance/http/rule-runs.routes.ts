import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ruleRunListQuerySchema, ruleRunPageSchema, ruleRunSchema, startRuleRunRequestSchema } from '../../../../shared/contracts/governance/rule-runs.js';
import { getRuleRun, listRuleRunsPage } from '../use-cases/read-rule-runs.js';
import { runRules, type RunRulesDeps } from '../use-cases/run-rules.js';

const tags = ['governance'];

/** /api/v1/governance/rule-runs: start a run (national, or one province), list and read runs. */
export function createRuleRunRoutes(deps: RunRulesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/rule-runs',
      { schema: { tags, summary: 'Evaluate the rule packs in force over a scope and year; findings become warnings', body: startRuleRunRequestSchema, response: { 201: ruleRunSchema } } },
      async (request, reply) => reply.status(201).send(await runRules(deps, request.actor, request.body, 'manual')),
    );

    app.get(
      '/rule-runs',
      { schema: { tags, summary: 'Rule runs the caller may see, newest first', querystring: ruleRunListQuerySchema, response: { 200: ruleRunPageSchema } } },
      async (request) => listRuleRunsPage(deps, request.actor, request.query),
    );

    app.get(
      '/rule-runs/:id',
      { schema: { tags, summary: 'One rule run: packs and versions, counts per rule and severity, insufficient data', params: z.object({ id: z.uuid() }), response: { 200: ruleRunSchema } } },
      async (request) => getRuleRun(deps, request.actor, request.params.id),
    );
  };
}
