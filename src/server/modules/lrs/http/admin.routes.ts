import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema } from '../../../../shared/contracts/platform/common.js';
import {
  createLrsClientRequestSchema,
  createdLrsClientSchema,
  listLrsClientsQuerySchema,
  lrsClientPageSchema,
} from '../../../../shared/contracts/lrs/clients.js';
import type { ClientCache } from '../use-cases/authenticate-client.js';
import type { LrsDeps } from '../use-cases/lrs-deps.js';
import { createClient, listClientsInScope, revokeClient } from '../use-cases/manage-clients.js';

const tags = ['lrs'];

/** /api/v1/lrs: LRS client administration for national, province and college administrators. */
export function createLrsAdminRoutes(deps: LrsDeps, cache: ClientCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/clients',
      { schema: { tags, summary: 'LRS clients in the caller’s scope', querystring: listLrsClientsQuerySchema, response: { 200: lrsClientPageSchema } } },
      async (request) => listClientsInScope(deps, request.actor, request.query),
    );
    app.post(
      '/clients',
      {
        schema: {
          tags,
          summary: 'Create an LRS client (HTTP Basic key and secret; the secret is returned once)',
          body: createLrsClientRequestSchema,
          response: { 201: createdLrsClientSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await createClient(deps, request.actor, request.body)),
    );
    app.delete(
      '/clients/:id',
      { schema: { tags, summary: 'Revoke an LRS client', params: idParamSchema, response: { 204: z.null() } } },
      async (request, reply) => {
        await revokeClient(deps, cache, request.actor, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
