import type { Tx } from '../../../db/open-db.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { programsWithoutLevel, provincesWithData, rebuildNationalSummaries, recordRefresh, rewriteProvinceSummaries, setProgramLevels } from '../dashboards-refresh.repository.js';

export type DashboardRefreshResult = { provinces: { provinceCode: string; programRows: number; collegeRows: number; durationMs: number }[] };

/**
 * Rewrites the dashboard summaries of the given provinces (default: every province with
 * indicators or offerings) from the indicators and the offerings. Call it after an indicator
 * import or a rule run, with the provinces it touched. Each province is rewritten in its own
 * transaction — or in `tx` when the caller passes its own, in which case the catalog is not
 * asked for the levels of programs that have offerings but no indicators yet (the embedded
 * engine has one connection, held by `tx`): those wait for the next refresh. The national
 * roll-up is rebuilt after the provinces.
 */
export async function refreshDashboardSummaries(deps: Pick<GovernanceDeps, 'db' | 'catalog' | 'now'>, provinceCodes?: readonly string[], tx?: Tx): Promise<DashboardRefreshResult> {
  const provinces = provinceCodes ?? (await provincesWithData(tx ?? deps.db));
  const result: DashboardRefreshResult = { provinces: [] };
  for (const provinceCode of [...new Set(provinces)].sort()) {
    const started = Date.now();
    const now = deps.now();
    const rewrite = async (db: Tx) => {
      const counts = await rewriteProvinceSummaries(db, provinceCode, now);
      await recordRefresh(db, provinceCode, now, Date.now() - started, counts.programRows);
      return counts;
    };
    const counts = tx ? await rewrite(tx) : await deps.db.transaction(rewrite);
    if (!tx) await fillProgramLevels(deps, provinceCode);
    result.provinces.push({ provinceCode, programRows: counts.programRows, collegeRows: counts.collegeRows, durationMs: Date.now() - started });
  }
  // the national roll-up sums every province's rows, so it is rebuilt once, after the provinces (and their levels)
  if (result.provinces.length > 0) {
    const now = deps.now();
    if (tx) await rebuildNationalSummaries(tx, now);
    else await deps.db.transaction((db) => rebuildNationalSummaries(db, now));
  }
  return result;
}

/** Programs with offerings but no indicators get their level from the catalog in force. */
async function fillProgramLevels(deps: Pick<GovernanceDeps, 'db' | 'catalog'>, provinceCode: string): Promise<void> {
  const codes = await programsWithoutLevel(deps.db, provinceCode);
  if (codes.length === 0) return;
  const current = (await deps.catalog.listVersions()).find((v) => v.isCurrent);
  if (!current) return;
  const programs = await deps.catalog.findPrograms(current.id, codes);
  await setProgramLevels(deps.db, provinceCode, new Map(programs.map((p) => [p.code, p.level])));
}
