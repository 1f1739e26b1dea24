import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../db/open-db.js';
import {
  amplitudeQuerySchema,
  amplitudeSchema,
  catalogVersionSchema,
  categoriesQuerySchema,
  categoryTreeSchema,
  followQuerySchema,
  followResultSchema,
  listProgramsQuerySchema,
  listRevisionsQuerySchema,
  programDetailSchema,
  programPageSchema,
  programParamSchema,
  revisionSchema,
  versionParamSchema,
} from '../../../../shared/contracts/catalog/catalog.js';
import {
  listReferenceItemsQuerySchema,
  listReferenceSetsQuerySchema,
  referenceItemPageSchema,
  referenceSetSchema,
  setParamSchema,
} from '../../../../shared/contracts/catalog/reference-data.js';
import { getAmplitude } from '../use-cases/compute-amplitude.js';
import { followProgram } from '../use-cases/follow-program.js';
import { listReferenceItemsPage, listReferenceSetsView } from '../use-cases/manage-classifications.js';
import { getCategoryTree, getCatalogVersion, getProgramDetail, listCatalogVersions, listProgramsPage, listVersionRevisions } from '../use-cases/read-catalog.js';

const tags = ['catalog'];
const isPublic = { isPublic: true };

/** /api/v1/catalog: the program catalog and its reference data, public for the public information service. */
export function createCatalogReadRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/versions', { schema: { tags, summary: 'Catalog versions (editions and supplements); sample versions are flagged', response: { 200: z.object({ items: z.array(catalogVersionSchema) }) } }, config: isPublic }, async () => ({
      items: await listCatalogVersions(db),
    }));

    app.get('/versions/:versionId', { schema: { tags, summary: 'One catalog version', params: versionParamSchema, response: { 200: catalogVersionSchema } }, config: isPublic }, async (request) =>
      getCatalogVersion(db, request.params.versionId),
    );

    app.get(
      '/versions/:versionId/categories',
      { schema: { tags, summary: 'Major categories (专业大类) and categories (专业类) with program counts', params: versionParamSchema, querystring: categoriesQuerySchema, response: { 200: categoryTreeSchema } }, config: isPublic },
      async (request) => getCategoryTree(db, request.params.versionId, request.query.level),
    );

    app.get(
      '/versions/:versionId/programs',
      { schema: { tags, summary: 'Programs of a version, filtered and paged by code', params: versionParamSchema, querystring: listProgramsQuerySchema, response: { 200: programPageSchema } }, config: isPublic },
      async (request) => listProgramsPage(db, request.params.versionId, request.query),
    );

    app.get(
      '/versions/:versionId/programs/:code',
      { schema: { tags, summary: 'One program: categories, continuing programs, classifications, the records that produced it', params: programParamSchema, response: { 200: programDetailSchema } }, config: isPublic },
      async (request) => getProgramDetail(db, request.params.versionId, request.params.code),
    );

    app.get(
      '/versions/:versionId/revisions',
      { schema: { tags, summary: 'Change records of a version against its previous one', params: versionParamSchema, querystring: listRevisionsQuerySchema, response: { 200: z.object({ items: z.array(revisionSchema) }) } }, config: isPublic },
      async (request) => ({ items: await listVersionRevisions(db, request.params.versionId, request.query) }),
    );

    app.get(
      '/versions/:versionId/amplitude',
      { schema: { tags, summary: 'Adjustment amplitude, MOE and paper definitions, with the counts behind each', params: versionParamSchema, querystring: amplitudeQuerySchema, response: { 200: amplitudeSchema } }, config: isPublic },
      async (request) => getAmplitude(db, request.params.versionId, request.query.level, request.query.against, request.locale),
    );

    app.get(
      '/follow',
      { schema: { tags, summary: 'Follow a program code from one version to another: successor code(s) or where it ended', querystring: followQuerySchema, response: { 200: followResultSchema } }, config: isPublic },
      async (request) => followProgram(db, request.query),
    );

    app.get(
      '/reference-sets',
      { schema: { tags, summary: 'Reference data sets (industry sections, ISCED-F, alignment industries, key chains)', querystring: listReferenceSetsQuerySchema, response: { 200: z.object({ items: z.array(referenceSetSchema) }) } }, config: isPublic },
      async (request) => ({ items: await listReferenceSetsView(db, request.query.kind) }),
    );

    app.get(
      '/reference-sets/:setId/items',
      { schema: { tags, summary: 'Items of a reference set, paged by code', params: setParamSchema, querystring: listReferenceItemsQuerySchema, response: { 200: referenceItemPageSchema } }, config: isPublic },
      async (request) => listReferenceItemsPage(db, request.params.setId, request.query),
    );
  };
}
