import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { DbOrTx } from '../../db/open-db.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { RuleFinding } from '../../../shared/contracts/governance/findings.js';
import type { OfferingYearKey } from '../../../shared/contracts/governance/offerings.js';
import type { GovernanceDeps } from './governance-deps.js';
import { createFilingRoutes } from './http/filings.routes.js';
import { createWarningRoutes } from './http/warnings.routes.js';
import { canEnrollMany } from './offerings.repository.js';
import { issueWarningsFromFindings, publishIssued, type IssueResult } from './use-cases/issue-warnings.js';
import { recordBaselineOfferings, type BaselineOffering } from './use-cases/offerings.js';
import { createIndicatorRulesApi, indicatorRulePlugins, type IndicatorRulesApi } from './indicator-rules.api.js';

export type { GovernanceDeps } from './governance-deps.js';
export type { IssueResult } from './use-cases/issue-warnings.js';
export type { BaselineOffering } from './use-cases/offerings.js';
export type { GeneratedData, IndicatorRecord, IndicatorRulesApi, RuleEngineInput } from './indicator-rules.api.js';

/**
 * One part of the governance module's HTTP surface. Every part (offerings and filings,
 * warnings, notifications, indicators, rule packs, dashboards …) adds its factory to
 * `routePlugins`; all are registered under /api/v1/governance.
 */
export type GovernanceRoutePlugin = (deps: GovernanceDeps) => FastifyPluginAsync | FastifyPluginAsyncZod;

const routePlugins: GovernanceRoutePlugin[] = [createFilingRoutes, createWarningRoutes, ...indicatorRulePlugins];

/** The public API other modules (and the CLI, seeds and benchmarks) use. */
export type GovernanceApi = IndicatorRulesApi & {
  /**
   * May the offering enroll in `year` (recorded or approved, by the latest status of that year
   * or before)? An offering that may not gets no enrollment plan. Pass the transaction when inside one.
   */
  canEnroll(db: DbOrTx, key: OfferingYearKey): Promise<boolean>;
  /** `canEnroll` for many offering-years at once, in the order asked (one query per 500 colleges). */
  canEnrollMany(db: DbOrTx, keys: readonly OfferingYearKey[]): Promise<boolean[]>;
  /**
   * Issues warnings from a rule run's findings inside the run's transaction, deduplicated by
   * fingerprint against open warnings; timeline, audit and notifications in the same
   * transaction. Call `publishWarningsIssued` after the transaction commits.
   */
  issueWarningsFromFindings(tx: DbOrTx, actor: Actor, runId: string, findings: readonly RuleFinding[]): Promise<IssueResult>;
  publishWarningsIssued(result: IssueResult, runId: string | null, provinceCodes: string[]): void;
  /** Offerings that exist before any filing (imports of earlier results, generators, demos); national administrators or the system. */
  recordBaselineOfferings(tx: DbOrTx, actor: Actor, rows: readonly BaselineOffering[], source: string): Promise<number>;
};

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
  const api: GovernanceApi = {
    ...createIndicatorRulesApi(deps),
    canEnroll: async (db, key) => (await canEnrollMany(db, [key]))[0] ?? false,
    canEnrollMany: (db, keys) => canEnrollMany(db, keys),
    issueWarningsFromFindings: (tx, actor, runId, findings) => issueWarningsFromFindings(deps, tx, actor, runId, findings),
    publishWarningsIssued: (result, runId, provinceCodes) => publishIssued(deps, result, runId, provinceCodes),
    recordBaselineOfferings: (tx, actor, rows, source) => recordBaselineOfferings(deps, tx, actor, rows, source),
  };
  return { routes, api };
}

export { governanceErrors } from './errors.js';
