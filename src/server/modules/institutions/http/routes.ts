import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../db/open-db.js';
import type { Authorizer } from '../../../platform/authz/policy.js';
import { decodeCursor, toPage } from '../../../platform/paging.js';
import {
  collegePageSchema,
  listCollegesQuerySchema,
  listRegionsQuerySchema,
  regionSchema,
  type College,
  type Region,
} from '../../../../shared/contracts/platform/institutions.js';
import { listColleges, listRegions, type CollegeRow } from '../institutions.repository.js';
import { institutionsPermissions } from '../policies.js';

function presentCollege(row: CollegeRow): College {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    provinceCode: row.provinceCode,
    regionCode: row.regionCode,
    level: row.level as College['level'],
    ownership: row.ownership as College['ownership'],
    authority: row.authority,
    isDemo: row.isDemo,
  };
}

export function createInstitutionsRoutes(db: Db, authz: Authorizer): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/regions',
      {
        schema: {
          tags: ['institutions'],
          summary: 'GB/T 2260 regions (public reference data)',
          querystring: listRegionsQuerySchema,
          response: { 200: z.object({ items: z.array(regionSchema) }) },
        },
        config: { isPublic: true },
      },
      async (request) => {
        const rows = await listRegions(db, request.query.level, request.query.parent);
        return { items: rows.map((r) => ({ ...r, level: r.level as Region['level'] })) };
      },
    );

    app.get(
      '/colleges',
      {
        schema: {
          tags: ['institutions'],
          summary: 'Colleges visible in the caller’s scope',
          querystring: listCollegesQuerySchema,
          response: { 200: collegePageSchema },
        },
      },
      async (request) => {
        const filter = authz.scopeFilter(request.actor, institutionsPermissions.readColleges);
        const limit = request.query.limit;
        const rows = await listColleges(db, {
          provinces: filter.kind === 'all' ? 'all' : filter.provinces,
          collegeIds: filter.kind === 'all' ? 'all' : filter.colleges,
          province: request.query.province,
          q: request.query.q,
          afterId: decodeCursor<string>(request.query.cursor, 'string'),
          limit: limit + 1,
        });
        const page = toPage(rows, limit, (row) => row.id);
        return { items: page.items.map(presentCollege), nextCursor: page.nextCursor };
      },
    );
  };
}
