import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { GovernanceDeps } from './governance-deps.js';
import { createFilingRoutes } from './http/filings.routes.js';
import { createWarningRoutes } from './http/warnings.routes.js';
import { createFilingsApi, type FilingsApi } from './filings.api.js';
import { createDashboardsApi, createPublicPlugins, dashboardRoutePlugins, type DashboardsApi } from './dashboards.api.js';
import { createIndicatorRulesApi, indicatorRulePlugins, type IndicatorRulesApi } from './indicator-rules.api.js';
import { createNotificationsApi, type NotificationsApi } from './notifications.api.js';

export type { GovernanceDeps } from './governance-deps.js';
export type { FilingsApi } from './filings.api.js';
export type { NotificationsApi, UserNotificationDraft } from './notifications.api.js';
export type { IssueResult } from './use-cases/issue-warnings.js';
export type { BaselineOffering } from './use-cases/offerings.js';
export type { DashboardRefreshResult } from './dashboards.api.js';
export type { GeneratedData, IndicatorRecord, IndicatorRulesApi, RuleEngineInput } from './indicator-rules.api.js';

/**
 * One part of the governance module's HTTP surface. Every part (offerings and filings,
 * warnings, notifications, indicators, rule packs, dashboards …) adds its factory to
 * `routePlugins`; all are registered under /api/v1/governance.
 */
export type GovernanceRoutePlugin = (deps: GovernanceDeps) => FastifyPluginAsync | FastifyPluginAsyncZod;

const routePlugins: GovernanceRoutePlugin[] = [createFilingRoutes, createWarningRoutes, ...indicatorRulePlugins, ...dashboardRoutePlugins];

/** The public API other modules (and the CLI, seeds and benchmarks) use. */
export type GovernanceApi = IndicatorRulesApi & DashboardsApi & FilingsApi & NotificationsApi;

export type GovernanceModule = {
  routes: FastifyPluginAsync;
  /** The public information service, registered under /api/v1/public (no sign-in). */
  publicRoutes: FastifyPluginAsyncZod;
  /** The open-data API (JSON and CSV), registered under /open-data. */
  openDataRoutes: FastifyPluginAsyncZod;
  api: GovernanceApi;
};

/**
 * Program governance: offerings (college × catalog program × year), the yearly filing
 * workflow college → province → nation, warnings and in-app notifications.
 */
export function createGovernanceModule(deps: GovernanceDeps): GovernanceModule {
  const routes: FastifyPluginAsync = async (app) => {
    for (const plugin of routePlugins) await app.register(plugin(deps));
  };
  const api: GovernanceApi = {
    ...createDashboardsApi(deps),
    ...createIndicatorRulesApi(deps),
    ...createFilingsApi(deps),
    ...createNotificationsApi(deps),
  };
  return { routes, ...createPublicPlugins(deps), api };
}

export { governanceErrors } from './errors.js';
