import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  indicatorImportCommitRequestSchema,
  indicatorImportPreviewSchema,
  indicatorImportRequestSchema,
  indicatorImportResultSchema,
  indicatorListQuerySchema,
  indicatorTemplateQuerySchema,
  storedIndicatorsPageSchema,
} from '../../../../shared/contracts/governance/indicator-import.js';
import { MAX_IMPORT_BODY_BYTES } from '../../../../shared/contracts/institutions/spreadsheet-import.js';
import { contentDisposition } from '../../institutions/index.js';
import { commitIndicatorImport, previewIndicatorImport, type IndicatorImportDeps } from '../use-cases/import-indicators.js';
import { buildIndicatorTemplate } from '../use-cases/indicator-template.js';
import { listStoredIndicators } from '../use-cases/list-indicators.js';

const tags = ['governance'];

/** /api/v1/governance/indicators: the template, preview and all-or-nothing import, stored rows. */
export function createIndicatorRoutes(deps: IndicatorImportDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/indicators/template',
      { schema: { tags, summary: 'Download the offering-indicator template (.xlsx with instructions, or .csv)', querystring: indicatorTemplateQuerySchema }, config: { isPublic: true } },
      async (request, reply) => {
        const file = await buildIndicatorTemplate(request.query.format);
        return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file.fileName)).send(file.body);
      },
    );

    app.post(
      '/indicators/imports/preview',
      {
        schema: { tags, summary: 'Check an indicator file and list every bad row and cell; stores nothing', body: indicatorImportRequestSchema, response: { 200: indicatorImportPreviewSchema } },
        bodyLimit: MAX_IMPORT_BODY_BYTES,
      },
      async (request) => previewIndicatorImport(deps, request.actor, request.body),
    );

    app.post(
      '/indicators/imports',
      {
        schema: { tags, summary: 'Import a previewed indicator file, all or nothing; each college-year replaces its stored rows', body: indicatorImportCommitRequestSchema, response: { 201: indicatorImportResultSchema } },
        bodyLimit: MAX_IMPORT_BODY_BYTES,
      },
      async (request, reply) => reply.status(201).send(await commitIndicatorImport(deps, request.actor, request.body)),
    );

    app.get(
      '/indicators',
      { schema: { tags, summary: 'Stored yearly indicators of offerings in the caller’s scope (counts, never rates)', querystring: indicatorListQuerySchema, response: { 200: storedIndicatorsPageSchema } } },
      async (request) => listStoredIndicators(deps, request.actor, request.query),
    );
  };
}
