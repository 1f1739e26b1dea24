import { randomUUID } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import { actorId, type Actor } from '../../../platform/authz/actor.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { RuleFinding, Severity } from '../../../../shared/contracts/governance/findings.js';
import type { RulePack } from '../../../../shared/contracts/governance/rule-packs.js';
import type { RuleRun, RuleRunRuleCount, RuleRunTrigger, StartRuleRunRequest } from '../../../../shared/contracts/governance/rule-runs.js';
import { evaluatePacks, type PackRunStatus, type RuleSummary } from '../domain/rules/index.js';
import { listIndicatorProvinces } from '../indicators.repository.js';
import { listActiveVersions } from '../rule-packs.repository.js';
import { findRuleRun, insertRuleRun, updateRuleRun } from '../rule-runs.repository.js';
import { governancePermissions } from '../policies.js';
import { loadProvinceRuleInput, type ProgramNamesCache } from './load-rule-input.js';
import { versionInForce } from './rule-pack-access.js';
import { presentRuleRun } from './present-rule-run.js';
import type { GovernanceDeps } from '../governance-deps.js';

/**
 * Hands a run's findings to the warnings part inside the run's closing transaction; `publish`
 * is called after it commits (events go out only for what was stored).
 */
export type IssueWarnings = (
  tx: DbOrTx,
  actor: Actor,
  findings: readonly RuleFinding[],
  run: { runId: string; year: number; provinceCodes: readonly string[] },
) => Promise<{ issued: number; publish(): void }>;

export type RunRulesDeps = GovernanceDeps & { issueWarnings?: IssueWarnings | undefined };

export type PackInForce = { pack: RulePack; number: number; label: string };

/** The version of every pack in force in `year` (active, and its effective dates cover the year). */
export async function packsInForce(db: DbOrTx, year: number): Promise<PackInForce[]> {
  const rows = await listActiveVersions(db);
  const byPack = new Map<string, typeof rows>();
  for (const row of rows) byPack.set(row.packId, [...(byPack.get(row.packId) ?? []), row]);
  const packs: PackInForce[] = [];
  for (const versions of byPack.values()) {
    const chosen = versionInForce(versions, year);
    if (chosen) packs.push({ pack: chosen.definition, number: chosen.row.number, label: chosen.row.label });
  }
  return packs;
}

type Tally = { counts: Map<string, RuleRunRuleCount>; findings: RuleFinding[]; offerings: number; packs: PackRunStatus[] };

function addSummary(tally: Tally, summary: readonly RuleSummary[]): void {
  for (const s of summary) {
    const key = `${s.packId}\u0000${s.ruleId}`;
    const count = tally.counts.get(key) ?? { packId: s.packId, ruleId: s.ruleId, evaluated: 0, fired: 0, insufficient: 0, notApplicable: 0, bySeverity: { notice: 0, yellow: 0, red: 0 } };
    count.evaluated += s.evaluated;
    count.fired += s.fired;
    count.insufficient += s.insufficient;
    count.notApplicable += s.notApplicable;
    for (const severity of ['notice', 'yellow', 'red'] as const satisfies readonly Severity[]) count.bySeverity[severity] = (count.bySeverity[severity] ?? 0) + s.bySeverity[severity];
    tally.counts.set(key, count);
  }
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * Evaluates the packs province by province (on PostgreSQL several provinces at once, each on its
 * own connection; ranks never cross a province, so the result is the same as one pass).
 */
export async function evaluateProvinces(deps: GovernanceDeps, provinces: readonly string[], year: number, packs: readonly RulePack[]): Promise<Tally> {
  const tally: Tally = { counts: new Map(), findings: [], offerings: 0, packs: [] };
  const cache: ProgramNamesCache = new Map();
  await eachLimited(provinces, deps.engine === 'postgres' ? 4 : 1, async (provinceCode) => {
    const { input } = await loadProvinceRuleInput(deps, deps.db, provinceCode, year, cache);
    const result = evaluatePacks(packs, input, { year });
    addSummary(tally, result.summary);
    for (const finding of result.findings) tally.findings.push(finding);
    tally.offerings += input.offerings.length;
    if (tally.packs.length === 0) tally.packs = result.packs;
  });
  return tally;
}

async function provincesOf(db: DbOrTx, scope: string): Promise<string[]> {
  return scope === 'national' ? listIndicatorProvinces(db) : [scope.slice('province:'.length)];
}

function bySeverityOf(counts: readonly RuleRunRuleCount[]): Record<Severity, number> {
  const total: Record<Severity, number> = { notice: 0, yellow: 0, red: 0 };
  for (const c of counts) for (const severity of ['notice', 'yellow', 'red'] as const) total[severity] += c.bySeverity[severity] ?? 0;
  return total;
}

/**
 * A rule run over a scope (national or one province) and year: evaluates every pack in force,
 * records the run (who, when, packs and versions, counts per rule and severity, insufficient
 * data) and hands the findings to the warnings part.
 */
export async function runRules(deps: RunRulesDeps, actor: Actor, request: StartRuleRunRequest, trigger: RuleRunTrigger = 'manual'): Promise<RuleRun> {
  await deps.authz.authorize(actor, governancePermissions.runRules, request.scope);
  const packs = await packsInForce(deps.db, request.year);
  if (packs.length === 0) throw new AppError('RULE_RUN_NO_ACTIVE_PACKS', { scope: request.scope, year: request.year });
  const provinces = await provincesOf(deps.db, request.scope);
  const id = randomUUID();
  const started = deps.now();
  const packRecord = packs.map((p) => ({ packId: p.pack.id, version: p.number, label: p.label, status: 'evaluated' as const }));
  await deps.db.transaction(async (tx) => {
    await insertRuleRun(tx, {
      id, scope: request.scope, year: request.year, status: 'running', trigger, startedBy: actorId(actor), startedAt: started,
      provinceCodes: provinces, packs: packRecord, counts: [], insufficient: { total: 0 },
    });
    await deps.audit.record(tx, actor, { action: 'governance.rule-run.start', entityType: 'rule-run', entityId: id, scope: request.scope, details: { year: request.year, trigger, provinces: provinces.length, packs: packRecord } });
  });
  try {
    const tally = await evaluateProvinces(deps, provinces, request.year, packs.map((p) => p.pack));
    const counts = [...tally.counts.values()];
    const statuses = new Map(tally.packs.map((p) => [p.packId, p.status]));
    const finished = deps.now();
    const insufficient = counts.reduce((sum, c) => sum + c.insufficient, 0);
    const issued = await deps.db.transaction(async (tx) => {
      const warnings = deps.issueWarnings ? await deps.issueWarnings(tx, actor, tally.findings, { runId: id, year: request.year, provinceCodes: provinces }) : undefined;
      const warningsIssued = warnings?.issued ?? null;
      await updateRuleRun(tx, id, {
        status: 'succeeded', finishedAt: finished, durationMs: finished.getTime() - started.getTime(), counts, offerings: tally.offerings, findings: tally.findings.length,
        insufficient: { total: insufficient, bySeverity: bySeverityOf(counts) }, warningsIssued, packs: packRecord.map((p) => ({ ...p, status: statuses.get(p.packId) ?? 'not-in-effect' })),
      });
      await deps.audit.record(tx, actor, { action: 'governance.rule-run.finish', entityType: 'rule-run', entityId: id, scope: request.scope, details: { findings: tally.findings.length, warningsIssued, insufficient } });
      return warnings;
    });
    issued?.publish();
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
    await deps.db.transaction(async (tx) => {
      await updateRuleRun(tx, id, { status: 'failed', finishedAt: deps.now(), error: message });
      await deps.audit.record(tx, actor, { action: 'governance.rule-run.fail', entityType: 'rule-run', entityId: id, scope: request.scope, details: { error: message } });
    });
    throw error;
  }
  const row = await findRuleRun(deps.db, id);
  if (!row) throw new AppError('RULE_RUN_NOT_FOUND', { id });
  return presentRuleRun(row);
}
