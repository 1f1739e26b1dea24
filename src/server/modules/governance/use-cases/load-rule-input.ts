import type { DbOrTx } from '../../../db/open-db.js';
import type { ProgramNames } from '../../catalog/index.js';
import type { OfferingLevel } from '../../../../shared/contracts/governance/indicators.js';
import { packedRows, prefectureOf, type PackedIndicatorRow, type RuleCollege, type RuleEngineInput, type RuleOffering } from '../domain/rules/index.js';
import { spanOfStatusSummary } from '../domain/offering-spans.js';
import { offeringIdOf } from '../indicators.repository.js';
import { loadProvinceRuleData } from '../rule-input.repository.js';
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

type Span = { id: string; collegeId: string; programCode: string; openedYear: number; closedYear: number | null; catalogVersionId: string };

/**
 * What the rule engine needs for one province: its colleges, and in one statement its offerings'
 * status summaries and its indicator rows of the look-back window in compact form (see
 * loadProvinceRuleData), grouped per offering as the engine reads them. Nothing outside the
 * province is read: ranks and caps never cross a province.
 */
export async function loadProvinceRuleInput(
  deps: Pick<GovernanceDeps, 'institutions' | 'catalog'>,
  db: DbOrTx,
  provinceCode: string,
  year: number,
  cache: ProgramNamesCache,
): Promise<ProvinceRuleInput> {
  const [collegeRows, data] = await Promise.all([
    deps.institutions.listCollegesInProvince(db, provinceCode),
    loadProvinceRuleData(db, provinceCode, { from: year - LOOK_BACK_YEARS + 1, to: year }),
  ]);
  const colleges: RuleCollege[] = collegeRows.map((c) => ({ id: c.id, provinceCode: c.provinceCode, prefectureCode: prefectureOf(c.regionCode), level: c.level, ownership: c.ownership, openedYear: null }));
  const levelOfCollege = new Map(colleges.map((c) => [c.id, c.level]));
  // spans: from the status summaries when an offering has status rows, else from the years it reported
  const spans = new Map<string, Span | null>();
  for (const [collegeId, programCode, firstEnrollable, lastEnrollable, withdrawnYears, catalogVersionId] of data.statuses) {
    const span = spanOfStatusSummary({ firstEnrollable, lastEnrollable, withdrawnYears, catalogVersionId });
    const id = offeringIdOf(collegeId, programCode);
    spans.set(id, span ? { id, collegeId, programCode, openedYear: span.openedYear, closedYear: span.closedYear, catalogVersionId: span.catalogVersionId } : null);
  }
  const levelOfReported = new Map<string, string>();
  const rowsByOffering = new Map<string, PackedIndicatorRow[]>();
  for (const { collegeId, programCode, level, catalogVersionId, firstRow, rowCount } of data.reported) {
    const id = offeringIdOf(collegeId, programCode);
    const rows = packedRows(data.numbers, firstRow, rowCount);
    rowsByOffering.set(id, rows);
    levelOfReported.set(id, level);
    const first = rows[0];
    if (!spans.has(id) && first) spans.set(id, { id, collegeId, programCode, openedYear: first.year, closedYear: null, catalogVersionId });
  }
  const known = [...spans.values()].filter((span): span is Span => span !== null);
  const versions = [...new Set(known.map((s) => s.catalogVersionId))];
  const names = new Map(await Promise.all(versions.map(async (v) => [v, await namesOf(deps, cache, v)] as const)));
  const offerings: RuleOffering[] = known.map((span) => {
    const id = span.id;
    const program = names.get(span.catalogVersionId)?.get(span.programCode);
    const level = (program?.level ?? levelOfReported.get(id) ?? levelOfCollege.get(span.collegeId) ?? 'higher') as OfferingLevel;
    return {
      id, provinceCode, collegeId: span.collegeId, programCode: span.programCode, level, openedYear: span.openedYear, closedYear: span.closedYear,
      majorCode: program?.majorCode ?? '', majorName: program?.majorName ?? '', categoryCode: program?.categoryCode ?? '',
      categoryName: program?.categoryName ?? '', programName: program?.name ?? span.programCode,
    };
  });
  return { provinceCode, input: { colleges, offerings, indicators: [], rowsByOffering } };
}
