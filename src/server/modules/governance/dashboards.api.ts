import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Tx } from '../../db/open-db.js';
import type { GovernanceDeps } from './governance-deps.js';
import { createDashboardRoutes } from './http/dashboards.routes.js';
import { createIndustryDataRoutes } from './http/industry-data.routes.js';
import { createOpenDataRoutes } from './http/open-data.routes.js';
import { createPublicInfoRoutes } from './http/public-info.routes.js';
import { refreshDashboardSummaries, type DashboardRefreshResult } from './use-cases/refresh-dashboards.js';

/**
 * The dashboards part of the governance module, as index.ts wires it: its route plugins under
 * /api/v1/governance and what it adds to the module's API.
 */
export const dashboardRoutePlugins: ((deps: GovernanceDeps) => FastifyPluginAsyncZod)[] = [createDashboardRoutes, createIndustryDataRoutes];

export type DashboardsApi = {
  /**
   * Rewrites the dashboard summaries of these provinces (default: all with data) from the
   * indicators and offerings. Call after an indicator import or a rule run with the provinces it
   * touched; pass the transaction when inside one (see `refreshDashboardSummaries`).
   */
  refreshDashboards(provinceCodes?: readonly string[], tx?: Tx): Promise<DashboardRefreshResult>;
};

export function createDashboardsApi(deps: GovernanceDeps): DashboardsApi {
  return { refreshDashboards: (provinceCodes, tx) => refreshDashboardSummaries(deps, provinceCodes, tx) };
}

/** /api/v1/public (no sign-in) and /open-data (JSON and CSV): registered by compose beside the module's routes. */
export function createPublicPlugins(deps: GovernanceDeps): { publicRoutes: FastifyPluginAsyncZod; openDataRoutes: FastifyPluginAsyncZod } {
  return { publicRoutes: createPublicInfoRoutes(deps), openDataRoutes: createOpenDataRoutes(deps) };
}

export type { DashboardRefreshResult } from './use-cases/refresh-dashboards.js';
