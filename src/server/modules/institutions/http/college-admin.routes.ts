import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  collegeDetailSchema,
  collegeIdParamSchema,
  collegeImportCommitRequestSchema,
  collegeImportPreviewSchema,
  collegeImportRequestSchema,
  collegeImportResultSchema,
  setDoubleHighRequestSchema,
} from '../../../../shared/contracts/institutions/colleges.js';
import { MAX_IMPORT_BODY_BYTES, templateQuerySchema } from '../../../../shared/contracts/institutions/spreadsheet-import.js';
import { collegeLayout } from '../domain/college-rows.js';
import { buildCsvTemplate, buildXlsxTemplate, contentDisposition, type TemplateSheet } from '../spreadsheet/template.js';
import { commitCollegeImport, previewCollegeImport } from '../use-cases/import-colleges.js';
import { getCollegeDetail, setDoubleHigh } from '../use-cases/college-profile.js';
import type { InstitutionsDeps } from '../use-cases/institutions-deps.js';

const tags = ['institutions'];

const templateSheet: TemplateSheet = {
  name: '院校名单 Colleges',
  columns: collegeLayout.columns,
  examples: [Object.fromEntries(collegeLayout.columns.map((c) => [c.key, c.example ?? '']))],
  notes: [
    '示例行仅作格式说明，导入前请删除。 The example row only shows the format: delete it before importing.',
    '办学层次 Level：中职 / 高职专科（专科）/ 职业本科；“本科”行（普通本科高校）不导入。 Rows at level 本科 (general universities) are skipped.',
    '办学性质 Ownership：公办 / 民办 / 中外合作办学（记为民办，保留原文）。 Joint ventures are recorded as private, the source text is kept.',
    '省份可省略：教育部名单中按省分组的标题行（如“北京市（92所）”）同样有效。 Province may be omitted when the list is grouped under province heading rows.',
    '所在地按省内地级、县级行政区名称匹配 GB/T 2260 代码；匹配不到时记在省级。 Cities are matched to GB/T 2260 codes inside the province; otherwise the college is placed at the province.',
  ],
};

/** /api/v1/institutions: college detail, Double High membership, college-list import. */
export function createCollegeAdminRoutes(deps: InstitutionsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/colleges/:id',
      { schema: { tags, summary: 'One college with its MOE code, region and Double High memberships', params: collegeIdParamSchema, response: { 200: collegeDetailSchema } } },
      async (request) => getCollegeDetail(deps, request.actor, request.params.id),
    );

    app.put(
      '/colleges/:id/double-high',
      {
        schema: { tags, summary: 'Replace a college’s Double High Plan memberships (national administrators)', params: collegeIdParamSchema, body: setDoubleHighRequestSchema, response: { 200: collegeDetailSchema } },
      },
      async (request) => setDoubleHigh(deps, request.actor, request.params.id, request.body),
    );

    app.get(
      '/imports/template',
      { schema: { tags, summary: 'Download the college-list template (.xlsx or .csv)', querystring: templateQuerySchema }, config: { isPublic: true } },
      async (request, reply) => {
        const file = request.query.format === 'csv' ? buildCsvTemplate('luban-colleges-template', templateSheet) : await buildXlsxTemplate('luban-colleges-template', [templateSheet]);
        return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file.fileName)).send(file.body);
      },
    );

    app.post(
      '/imports/preview',
      {
        schema: { tags, summary: 'Check a college list (MOE layout or Luban template) and show what would be imported; writes nothing', body: collegeImportRequestSchema, response: { 200: collegeImportPreviewSchema } },
        bodyLimit: MAX_IMPORT_BODY_BYTES,
      },
      async (request) => previewCollegeImport(deps, request.actor, request.body),
    );

    app.post(
      '/imports',
      {
        schema: { tags, summary: 'Import a previewed college list, all or nothing', body: collegeImportCommitRequestSchema, response: { 201: collegeImportResultSchema } },
        bodyLimit: MAX_IMPORT_BODY_BYTES,
      },
      async (request, reply) => reply.status(201).send(await commitCollegeImport(deps, request.actor, request.body)),
    );
  };
}
