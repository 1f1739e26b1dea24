import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../../platform/authz/actor.js';
import type { IndicatorImportCommitRequest, IndicatorImportPreview, IndicatorImportRequest, IndicatorImportResult } from '../../../shared/contracts/governance/indicator-import.js';
import type { RulePack } from '../../../shared/contracts/governance/rule-packs.js';
import type { RuleRun, RuleRunRuleCount, RuleRunTrigger, StartRuleRunRequest } from '../../../shared/contracts/governance/rule-runs.js';
import type { RuleFinding } from '../../../shared/contracts/governance/findings.js';
import { defaultRulePacks, type RuleEngineInput } from './domain/rules/index.js';
import type { GovernanceDeps } from './governance-deps.js';
import { createIndicatorRoutes } from './http/indicators.routes.js';
import { createRulePackRoutes } from './http/rule-packs.routes.js';
import { createRuleRunRoutes } from './http/rule-runs.routes.js';
import type { IndicatorRecord } from './indicators.repository.js';
import { commitIndicatorImport, previewIndicatorImport } from './use-cases/import-indicators.js';
import { loadGeneratedData, type GeneratedData } from './use-cases/load-generated-data.js';
import { loadProvinceRuleInput } from './use-cases/load-rule-input.js';
import { importDeps, ruleRunDeps } from './use-cases/rule-hooks.js';
import { evaluateProvinces, packsInForce, runRules } from './use-cases/run-rules.js';
import { seedDefaultRulePacks } from './use-cases/save-rule-pack.js';

/** The indicators, rule-pack and rule-run part of the governance module: its routes and its API. */

export const indicatorRulePlugins: ((deps: GovernanceDeps) => FastifyPluginAsyncZod)[] = [
  (deps) => createIndicatorRoutes(importDeps(deps)),
  (deps) => createRulePackRoutes(deps),
  (deps) => createRuleRunRoutes(ruleRunDeps(deps)),
];

export type IndicatorRulesApi = {
  /** A rule run over `national` or `province:<code>` for a year: evaluates, records the run, issues warnings. */
  runRules(actor: Actor, request: StartRuleRunRequest, trigger?: RuleRunTrigger): Promise<RuleRun>;
  /** The packs in force in a year (active versions whose effective dates cover it). */
  packsInForce(year: number): Promise<RulePack[]>;
  /** The rule engine's input for one province (colleges, offerings, indicator rows of the look-back window). */
  loadProvinceRuleInput(provinceCode: string, year: number): Promise<RuleEngineInput>;
  /** Loads and evaluates provinces (in parallel on PostgreSQL) without recording a run or issuing warnings: what benchmarks time. */
  evaluateProvinces(provinceCodes: readonly string[], year: number, packs: readonly RulePack[]): Promise<{ findings: RuleFinding[]; offerings: number; counts: RuleRunRuleCount[] }>;
  previewIndicatorImport(actor: Actor, request: IndicatorImportRequest): Promise<IndicatorImportPreview>;
  /** All or nothing; re-evaluates the rules of the provinces the file touched. */
  commitIndicatorImport(actor: Actor, request: IndicatorImportCommitRequest): Promise<IndicatorImportResult>;
  /** Stores the rule engine's default packs that are not stored yet (active version 1). */
  seedDefaultRulePacks(actor: Actor): Promise<string[]>;
  /** Generated offerings and indicators (demo seed, benchmarks), into a database without indicators. */
  loadGeneratedData(actor: Actor, data: GeneratedData): Promise<boolean>;
};

export function createIndicatorRulesApi(deps: GovernanceDeps): IndicatorRulesApi {
  return {
    runRules: (actor, request, trigger) => runRules(ruleRunDeps(deps), actor, request, trigger),
    packsInForce: async (year) => (await packsInForce(deps.db, year)).map((p) => p.pack),
    loadProvinceRuleInput: async (provinceCode, year) => (await loadProvinceRuleInput(deps, deps.db, provinceCode, year, new Map())).input,
    evaluateProvinces: async (provinceCodes, year, packs) => {
      const tally = await evaluateProvinces(deps, provinceCodes, year, packs);
      return { findings: tally.findings, offerings: tally.offerings, counts: [...tally.counts.values()] };
    },
    previewIndicatorImport: (actor, request) => previewIndicatorImport(importDeps(deps), actor, request),
    commitIndicatorImport: (actor, request) => commitIndicatorImport(importDeps(deps), actor, request),
    seedDefaultRulePacks: (actor) => seedDefaultRulePacks(deps, actor, defaultRulePacks),
    loadGeneratedData: (actor, data) => loadGeneratedData(deps, actor, data),
  };
}

export type { GeneratedData, IndicatorRecord, RuleEngineInput };
