import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  industryEmploymentPageSchema,
  industryImportCommitRequestSchema,
  industryImportPreviewSchema,
  industryImportRequestSchema,
  industryImportResultSchema,
  industryTemplateQuerySchema,
  listIndustryEmploymentQuerySchema,
} from '../../../../shared/contracts/governance/industry-data.js';
import { MAX_IMPORT_BODY_BYTES } from '../../../../shared/contracts/institutions/spreadsheet-import.js';
import { contentDisposition } from '../../institutions/index.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { commitIndustryImport, previewIndustryImport } from '../use-cases/import-industry-data.js';
import { buildIndustryTemplate, listIndustryData } from '../use-cases/industry-data-read.js';

const tags = ['governance-dashboards'];

/** /api/v1/governance/industry-data: industry employment per province × year × section, and its import. */
export function createIndustryDataRoutes(deps: GovernanceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/industry-data',
      { schema: { tags, summary: 'Stored industry employment of the caller’s provinces, paged by (region, year, section)', querystring: listIndustryEmploymentQuerySchema, response: { 200: industryEmploymentPageSchema } } },
      async (request) => listIndustryData(deps, request.actor, request.query),
    );

    app.get(
      '/industry-data/imports/template',
      { schema: { tags, summary: 'Download the industry-employment template (.xlsx with notes, or .csv)', querystring: industryTemplateQuerySchema }, config: { isPublic: true } },
      async (request, reply) => {
        const file = await buildIndustryTemplate(request.query.format);
        return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file.fileName)).send(file.body);
      },
    );

    app.post(
      '/industry-data/imports/preview',
      { schema: { tags, summary: 'Check an industry-employment file and list every bad row and cell; stores nothing', body: industryImportRequestSchema, response: { 200: industryImportPreviewSchema } }, bodyLimit: MAX_IMPORT_BODY_BYTES },
      async (request) => previewIndustryImport(deps, request.actor, request.body),
    );

    app.post(
      '/industry-data/imports',
      { schema: { tags, summary: 'Import a previewed industry-employment file, all or nothing', body: industryImportCommitRequestSchema, response: { 201: industryImportResultSchema } }, bodyLimit: MAX_IMPORT_BODY_BYTES },
      async (request, reply) => reply.status(201).send(await commitIndustryImport(deps, request.actor, request.body)),
    );
  };
}
