import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  compareQuerySchema,
  compareResponseSchema,
  listProgramOfferingsQuerySchema,
  listPublicProgramsQuerySchema,
  offeringParamSchema,
  programParamSchema,
  publicMetaSchema,
  publicOfferingDetailSchema,
  publicOfferingPageSchema,
  publicProgramPageSchema,
} from '../../../../shared/contracts/governance/public-info.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { compareOfferings, getPublicMeta, getPublicOffering, listProgramOfferings, listPublicPrograms, settingsOf } from '../use-cases/public-info.js';

const tags = ['public'];
const config = { isPublic: true };

/** /api/v1/public: the public information service for students and parents (no sign-in). */
export function createPublicInfoRoutes(deps: GovernanceDeps): FastifyPluginAsyncZod {
  const rules = settingsOf(deps);
  return async (app) => {
    app.get('/meta', { schema: { tags, summary: 'Minimum count, pooling and whether the figures include generated data', response: { 200: publicMetaSchema } }, config }, async (request) => getPublicMeta(deps, request.locale, rules));

    app.get(
      '/programs',
      { schema: { tags, summary: 'Programs with recorded offerings, by region, level, category or name', querystring: listPublicProgramsQuerySchema, response: { 200: publicProgramPageSchema } }, config },
      async (request) => listPublicPrograms(deps, request.locale, request.query, rules),
    );

    app.get(
      '/programs/:code/offerings',
      { schema: { tags, summary: 'Colleges with a recorded offering of the program and its published outcomes', params: programParamSchema, querystring: listProgramOfferingsQuerySchema, response: { 200: publicOfferingPageSchema } }, config },
      async (request) => listProgramOfferings(deps, request.locale, request.params.code, request.query, rules),
    );

    app.get(
      '/offerings/:id',
      { schema: { tags, summary: 'One recorded offering: counts per year and outcomes with numerators and denominators (suppressed below the minimum count)', params: offeringParamSchema, response: { 200: publicOfferingDetailSchema } }, config },
      async (request) => getPublicOffering(deps, request.locale, request.params.id, rules),
    );

    app.get(
      '/compare',
      { schema: { tags, summary: 'Compare up to four recorded offerings (ids=a,b,c,d)', querystring: compareQuerySchema, response: { 200: compareResponseSchema } }, config },
      async (request) => compareOfferings(deps, request.locale, request.query, rules),
    );
  };
}
