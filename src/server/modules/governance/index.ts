import type { FastifyPluginAsync } from 'fastify';
import type { GovernanceDeps } from './governance-deps.js';

export type { GovernanceDeps } from './governance-deps.js';

/**
 * One part of the governance module's HTTP surface. Every part (offerings and filings,
 * warnings, notifications, indicators, rule packs, dashboards …) adds its factory to
 * `routePlugins`; all are registered under /api/v1/governance.
 */
export type GovernanceRoutePlugin = (deps: GovernanceDeps) => FastifyPluginAsync;

const routePlugins: GovernanceRoutePlugin[] = [];

/** The public API other modules (and the CLI, seeds and benchmarks) use. */
export type GovernanceApi = Record<string, never>;

export type GovernanceModule = {
  routes: FastifyPluginAsync;
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
  return { routes, api: {} };
}

export { governanceErrors } from './errors.js';
