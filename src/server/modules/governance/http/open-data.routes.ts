import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  openDataOfferingRecordSchema,
  openDataOfferingsPageSchema,
  openDataOfferingsQuerySchema,
  openDataProgramRecordSchema,
  openDataProgramsPageSchema,
  openDataProgramsQuerySchema,
} from '../../../../shared/contracts/governance/open-data.js';
import type { FastifyReply } from 'fastify';
import type { GovernanceDeps } from '../governance-deps.js';
import { openDataOfferings, openDataPrograms, toCsv } from '../use-cases/open-data.js';
import { settingsOf } from '../use-cases/public-info.js';

const tags = ['open-data'];
const config = { isPublic: true };
const csvNote = 'format=csv returns the same records as CSV (UTF-8 with BOM); the next cursor is in the X-Next-Cursor header, and X-Data-Provenance says generated or official.';

type Page = { items: readonly object[]; nextCursor: string | null; meta: { provenance: { isGenerated: boolean } } };

function sendCsv(reply: FastifyReply, name: string, columns: readonly string[], page: Page) {
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="luban-${name}${page.meta.provenance.isGenerated ? '-generated' : ''}.csv"`)
    .header('x-data-provenance', page.meta.provenance.isGenerated ? 'generated' : 'official');
  if (page.nextCursor) reply.header('x-next-cursor', page.nextCursor);
  return reply.send(toCsv(columns, page.items.map((item) => ({ ...item }))));
}

/** /open-data/v1: the public figures for machines, in JSON or CSV, documented in OpenAPI. */
export function createOpenDataRoutes(deps: GovernanceDeps): FastifyPluginAsyncZod {
  const rules = settingsOf(deps);
  return async (app) => {
    app.get(
      '/v1/offerings',
      { schema: { tags, summary: `Recorded offerings in one year with destination and related-employment figures (numerators, denominators; pooled or suppressed below the minimum count). ${csvNote}`, querystring: openDataOfferingsQuerySchema, response: { 200: openDataOfferingsPageSchema } }, config },
      async (request, reply) => {
        const page = await openDataOfferings(deps, request.locale, request.query, rules);
        return request.query.format === 'csv' ? sendCsv(reply, 'offerings', Object.keys(openDataOfferingRecordSchema.shape), page) : page;
      },
    );

    app.get(
      '/v1/programs',
      { schema: { tags, summary: `Programs per province in one year: offerings and pooled destination figures. ${csvNote}`, querystring: openDataProgramsQuerySchema, response: { 200: openDataProgramsPageSchema } }, config },
      async (request, reply) => {
        const page = await openDataPrograms(deps, request.locale, request.query, rules);
        return request.query.format === 'csv' ? sendCsv(reply, 'programs', Object.keys(openDataProgramRecordSchema.shape), page) : page;
      },
    );
  };
}
