import { actorLabel, systemActor, type Actor } from '../../../platform/authz/actor.js';
import { isAppError } from '../../../platform/errors/app-error.js';
import { canEnrollMany } from '../offerings.repository.js';
import type { GovernanceDeps } from '../governance-deps.js';
import type { EnrollmentCheck, IndicatorImportDeps } from './import-indicators.js';
import { issueWarningsFromFindings, publishIssued } from './issue-warnings.js';
import { runRules, type IssueWarnings, type RunRulesDeps } from './run-rules.js';
import { refreshDashboardSummaries } from './refresh-dashboards.js';

/** How the indicator, rule-run and warnings parts of the module are joined. */

/** Findings become warnings through the warnings part, in the run's closing transaction. */
export function warningsHook(deps: GovernanceDeps): IssueWarnings {
  return async (tx, actor, findings, run) => {
    const result = await issueWarningsFromFindings(deps, tx, actor, run.runId, findings);
    return { issued: result.issued, publish: () => publishIssued(deps, result, run.runId, [...run.provinceCodes]) };
  };
}

/** The filings part's answer to "may this offering enroll in that year?", as the set of keys that may not. */
export const notEnrollable: EnrollmentCheck = async (db, keys) => {
  const answers = await canEnrollMany(db, keys);
  return new Set(keys.filter((_, i) => answers[i] !== true).map((k) => `${k.collegeId}:${k.programCode}:${k.year}`));
};

export function ruleRunDeps(deps: GovernanceDeps): RunRulesDeps {
  return { ...deps, issueWarnings: warningsHook(deps) };
}

/**
 * After an import, the rules are evaluated again for the provinces it touched only (ranks never
 * cross a province). The run acts for the system on the importer's behalf: a college
 * administrator may import but not start runs. A failed re-run does not undo the import.
 */
export function importDeps(deps: GovernanceDeps): IndicatorImportDeps {
  const runDeps = ruleRunDeps(deps);
  return {
    ...deps,
    notEnrollable,
    afterImport: async (actor: Actor, provinceCodes: string[], year: number) => {
      // the dashboards' per-province summaries are rebuilt from the new rows (warnings are counted live)
      try {
        await refreshDashboardSummaries(deps, provinceCodes);
      } catch (error) {
        deps.log.error({ err: error, provinceCodes }, 'dashboard refresh after indicator import failed');
      }
      const runner = systemActor(`indicator-import:${actorLabel(actor)}`);
      const ids: string[] = [];
      for (const provinceCode of provinceCodes) {
        try {
          ids.push((await runRules(runDeps, runner, { scope: `province:${provinceCode}`, year }, 'import')).id);
        } catch (error) {
          if (isAppError(error) && error.code === 'RULE_RUN_NO_ACTIVE_PACKS') continue;
          deps.log.error({ err: error, provinceCode, year }, 'rule run after indicator import failed');
        }
      }
      return ids;
    },
  };
}
