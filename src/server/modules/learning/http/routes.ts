import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createResourceSchema,
  listResourcesQuerySchema,
  ratingSchema,
  resourceDetailSchema,
  resourcePageSchema,
  resourceDetailQuerySchema,
  resourceParamSchema,
  reviewDecisionSchema,
  updateResourceSchema,
} from '../../../../shared/contracts/learning/resources.js';
import { searchQuerySchema, searchResultSchema } from '../../../../shared/contracts/learning/search.js';
import { changeFavourite, rateResource } from '../use-cases/favourites.js';
import type { LearningDeps } from '../use-cases/learning-deps.js';
import { createResource, updateResourceVersion } from '../use-cases/manage-resources.js';
import { getResourceDetail, listResources } from '../use-cases/read-resources.js';
import { reviewResource, submitResource } from '../use-cases/review-resource.js';
import { searchResources } from '../use-cases/search-resources.js';

const tags = ['learning'];

/** /api/v1/learning: resources, their review, favourites, ratings and search. */
export function createResourceRoutes(deps: LearningDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/search', { schema: { tags, summary: 'Search resources the caller may see: words (Chinese and English), facets, sort, highlighted snippets', querystring: searchQuerySchema, response: { 200: searchResultSchema } } }, async (request) =>
      searchResources(deps, request.actor, request.query),
    );

    app.post('/resources', { schema: { tags, summary: 'Create a resource (draft) with metadata and optionally a completed upload as version 1', body: createResourceSchema, response: { 201: resourceDetailSchema } } }, async (request, reply) => {
      const id = await createResource(deps, request.actor, request.body);
      return reply.status(201).send(await getResourceDetail(deps, request.actor, id, { recordView: false }));
    });

    app.get('/resources', { schema: { tags, summary: 'My resources, my review queue, or my favourites', querystring: listResourcesQuerySchema, response: { 200: resourcePageSchema } } }, async (request) =>
      listResources(deps, request.actor, request.query),
    );

    app.get('/resources/:id', { schema: { tags, summary: 'One resource with its version history (records a "viewed" learning statement unless read in a course)', params: resourceParamSchema, querystring: resourceDetailQuerySchema, response: { 200: resourceDetailSchema } } }, async (request) =>
      getResourceDetail(deps, request.actor, request.params.id, { recordView: request.query.in !== 'course' }),
    );

    app.patch('/resources/:id', { schema: { tags, summary: 'A new version: changed metadata and/or a new file, with a change note', params: resourceParamSchema, body: updateResourceSchema, response: { 200: resourceDetailSchema } } }, async (request) => {
      await updateResourceVersion(deps, request.actor, request.params.id, request.body);
      return getResourceDetail(deps, request.actor, request.params.id, { recordView: false });
    });

    app.post('/resources/:id/submit', { schema: { tags, summary: 'Submit a draft or returned resource for review', params: resourceParamSchema, response: { 200: resourceDetailSchema } } }, async (request) => {
      await submitResource(deps, request.actor, request.params.id);
      return getResourceDetail(deps, request.actor, request.params.id, { recordView: false });
    });

    app.post('/resources/:id/review', { schema: { tags, summary: 'Publish a submitted resource or return it with a reason', params: resourceParamSchema, body: reviewDecisionSchema, response: { 200: resourceDetailSchema } } }, async (request) => {
      await reviewResource(deps, request.actor, request.params.id, request.body);
      return getResourceDetail(deps, request.actor, request.params.id, { recordView: false });
    });

    const favouriteSchema = z.object({ isFavourite: z.boolean() });
    app.put('/resources/:id/favourite', { schema: { tags, summary: 'Add to my favourites', params: resourceParamSchema, response: { 200: favouriteSchema } } }, async (request) =>
      changeFavourite(deps, request.actor, request.params.id, true),
    );
    app.delete('/resources/:id/favourite', { schema: { tags, summary: 'Remove from my favourites', params: resourceParamSchema, response: { 200: favouriteSchema } } }, async (request) =>
      changeFavourite(deps, request.actor, request.params.id, false),
    );

    app.put('/resources/:id/rating', { schema: { tags, summary: 'Rate a published resource (1–5 stars, one rating per user)', params: resourceParamSchema, body: ratingSchema, response: { 200: z.object({ average: z.number().nullable(), count: z.number().int() }) } } }, async (request) =>
      rateResource(deps, request.actor, request.params.id, request.body.stars),
    );
  };
}
