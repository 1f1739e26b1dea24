import { z } from 'zod';
import type { RuleRun } from '../../../../shared/contracts/governance/rule-runs.js';
import { ruleRunPackSchema, ruleRunRuleCountSchema, ruleRunStatusSchema, ruleRunTriggerSchema } from '../../../../shared/contracts/governance/rule-runs.js';
import type { RuleRunRow } from '../rule-runs.repository.js';

const storedPacks = z.array(ruleRunPackSchema);
const storedCounts = z.array(ruleRunRuleCountSchema);
const storedInsufficient = z.object({ total: z.number().int() });

/** A stored run as the API shows it (the JSON columns are read back through their schemas). */
export function presentRuleRun(row: RuleRunRow): RuleRun {
  const counts = storedCounts.parse(row.counts);
  const bySeverity = { notice: 0, yellow: 0, red: 0 };
  for (const c of counts) for (const severity of ['notice', 'yellow', 'red'] as const) bySeverity[severity] += c.bySeverity[severity] ?? 0;
  return {
    id: row.id, scope: row.scope, year: row.year, status: ruleRunStatusSchema.parse(row.status), trigger: ruleRunTriggerSchema.parse(row.trigger),
    startedBy: row.startedBy, startedAt: row.startedAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null, durationMs: row.durationMs,
    provinces: row.provinceCodes, packs: storedPacks.parse(row.packs), counts, offerings: row.offerings, findings: row.findings, bySeverity,
    insufficient: storedInsufficient.parse(row.insufficient).total, warningsIssued: row.warningsIssued, error: row.error,
  };
}
