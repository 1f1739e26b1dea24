import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { programParamSchema } from '../../../../shared/contracts/catalog/catalog.js';
import {
  catalogImportCommitRequestSchema,
  catalogImportPreviewSchema,
  catalogImportRequestSchema,
  catalogImportResultSchema,
  catalogTemplateQuerySchema,
  referenceImportCommitRequestSchema,
  referenceImportPreviewSchema,
  referenceImportRequestSchema,
  referenceImportResultSchema,
} from '../../../../shared/contracts/catalog/imports.js';
import { setProgramClassificationsRequestSchema } from '../../../../shared/contracts/catalog/reference-data.js';
import { MAX_IMPORT_BODY_BYTES } from '../../../../shared/contracts/institutions/spreadsheet-import.js';
import { contentDisposition } from '../../institutions/index.js';
import { buildCatalogTemplate } from '../import/templates.js';
import { commitCatalogImport, previewCatalogImport } from '../use-cases/import-catalog.js';
import { commitReferenceImport, previewReferenceImport } from '../use-cases/import-reference-set.js';
import { setProgramClassifications } from '../use-cases/manage-classifications.js';
import type { CatalogDeps } from '../use-cases/catalog-deps.js';

const tags = ['catalog'];

/** /api/v1/catalog writes: imports with preview, reference data, classifications (national administrators). */
export function createCatalogAdminRoutes(deps: CatalogDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/imports/template',
      { schema: { tags, summary: 'Download the catalog or reference-data template (.xlsx, or one sheet as .csv)', querystring: catalogTemplateQuerySchema }, config: { isPublic: true } },
      async (request, reply) => {
        const file = await buildCatalogTemplate(request.query.format, request.query.sheet);
        return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file.fileName)).send(file.body);
      },
    );

    app.post(
      '/imports/preview',
      { schema: { tags, summary: 'Check a catalog version file (MOE layout) and show what would be imported; writes nothing', body: catalogImportRequestSchema, response: { 200: catalogImportPreviewSchema } }, bodyLimit: MAX_IMPORT_BODY_BYTES },
      async (request) => previewCatalogImport(deps, request.actor, request.body),
    );

    app.post(
      '/imports',
      { schema: { tags, summary: 'Import a previewed catalog version, all or nothing', body: catalogImportCommitRequestSchema, response: { 201: catalogImportResultSchema } }, bodyLimit: MAX_IMPORT_BODY_BYTES },
      async (request, reply) => reply.status(201).send(await commitCatalogImport(deps, request.actor, request.body)),
    );

    app.post(
      '/reference-sets/imports/preview',
      { schema: { tags, summary: 'Check a reference-data file; writes nothing', body: referenceImportRequestSchema, response: { 200: referenceImportPreviewSchema } }, bodyLimit: MAX_IMPORT_BODY_BYTES },
      async (request) => previewReferenceImport(deps, request.actor, request.body),
    );

    app.post(
      '/reference-sets/imports',
      { schema: { tags, summary: 'Import a previewed reference set as a new version, all or nothing', body: referenceImportCommitRequestSchema, response: { 201: referenceImportResultSchema } }, bodyLimit: MAX_IMPORT_BODY_BYTES },
      async (request, reply) => reply.status(201).send(await commitReferenceImport(deps, request.actor, request.body)),
    );

    app.put(
      '/versions/:versionId/programs/:code/classifications',
      { schema: { tags, summary: 'Replace a program’s classifications in one version', params: programParamSchema, body: setProgramClassificationsRequestSchema, response: { 204: z.null() } } },
      async (request, reply) => {
        await setProgramClassifications(deps, request.actor, request.params.versionId, request.params.code, request.body);
        return reply.status(204).send(null);
      },
    );
  };
}
