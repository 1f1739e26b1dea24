import type { DbOrTx } from '../../../db/open-db.js';
import type { ProgramNames } from '../../catalog/index.js';
import type { OfferingLevel } from '../../../../shared/contracts/governance/indicators.js';
import { prefectureOf, type RuleCollege, type RuleEngineInput, type RuleOffering } from '../domain/rules/index.js';
import { offeringSpans } from '../domain/offering-spans.js';
import { loadProvinceIndicators } from '../indicators.repository.js';
import { loadProvinceOfferingStatuses } from '../rule-runs.repository.js';
import type { GovernanceDeps } from '../governance-deps.js';

/** The longest look-back of any window or pooling the rule primitives allow (pooling ≤ 10 years). */
export const LOOK_BACK_YEARS = 10;

/** Catalog names per version, loaded once per run (a catalog version never changes). */
export type ProgramNamesCache = Map<string, Promise<Map<string, ProgramNames>>>;

function namesOf(deps: Pick<GovernanceDeps, 'catalog'>, cache: ProgramNamesCache, versionId: string): Promise<Map<string, ProgramNames>> {
  let names = cache.get(versionId);
  if (!names) {
    names = deps.catalog.listProgramNames(versionId).then((list) => new Map(list.map((p) => [p.code, p])));
    cache.set(versionId, names);
  }
  return names;
}

export type ProvinceRuleInput = { provinceCode: string; input: RuleEngineInput };

/**
 * What the rule engine needs for one province, in three queries on the province's key ranges:
 * its colleges, its offerings' status rows and its indicator rows of the look-back window.
 * Nothing outside the province is read: ranks and caps never cross a province.
 */
export async function loadProvinceRuleInput(
  deps: Pick<GovernanceDeps, 'institutions' | 'catalog'>,
  db: DbOrTx,
  provinceCode: string,
  year: number,
  cache: ProgramNamesCache,
): Promise<ProvinceRuleInput> {
  const [collegeRows, statuses, indicators] = await Promise.all([
    deps.institutions.listCollegesInProvince(db, provinceCode),
    loadProvinceOfferingStatuses(db, provinceCode),
    loadProvinceIndicators(db, provinceCode, { from: year - LOOK_BACK_YEARS + 1, to: year }),
  ]);
  const colleges: RuleCollege[] = collegeRows.map((c) => ({ id: c.id, provinceCode: c.provinceCode, prefectureCode: prefectureOf(c.regionCode), level: c.level, ownership: c.ownership, openedYear: null }));
  const levelOfCollege = new Map(colleges.map((c) => [c.id, c.level]));
  const levelOfReported = new Map(indicators.map((r) => [`${r.collegeId}:${r.programCode}`, r.level]));
  const spans = offeringSpans(statuses, indicators);
  const versions = [...new Set(spans.map((s) => s.catalogVersionId))];
  const names = new Map(await Promise.all(versions.map(async (v) => [v, await namesOf(deps, cache, v)] as const)));
  const offerings: RuleOffering[] = spans.map((span) => {
    const id = `${span.collegeId}:${span.programCode}`;
    const program = names.get(span.catalogVersionId)?.get(span.programCode);
    const level: OfferingLevel = program?.level ?? levelOfReported.get(id) ?? levelOfCollege.get(span.collegeId) ?? 'higher';
    return {
      id, provinceCode, collegeId: span.collegeId, programCode: span.programCode, level, openedYear: span.openedYear, closedYear: span.closedYear,
      majorCode: program?.majorCode ?? '', majorName: program?.majorName ?? '', categoryCode: program?.categoryCode ?? '',
      categoryName: program?.categoryName ?? '', programName: program?.name ?? span.programCode,
    };
  });
  return { provinceCode, input: { colleges, offerings, indicators } };
}
