import type { DbOrTx } from '../../../db/open-db.js';
import { rulePackSchema, type RulePack } from '../../../../shared/contracts/governance/rule-packs.js';
import { defaultRulePacks, isControlledProgram, isPackInEffect, packProvinces, type ProgramNames } from '../domain/rules/index.js';
import { filingCapsOf, type FilingCap } from '../domain/filing-caps.js';
import { listActiveVersions, listRulePacks } from '../rule-packs.repository.js';

/**
 * The rule packs a filing in `provinceCode` for enrollment `year` is judged by: the stored
 * active versions once any pack has been saved, else the default packs; only national and
 * province packs (international ones are references), in effect that year, applying there.
 */
export async function loadFilingPacks(db: DbOrTx, provinceCode: string, year: number): Promise<RulePack[]> {
  const stored = await listRulePacks(db);
  let packs: readonly RulePack[] = defaultRulePacks;
  if (stored.length > 0) {
    const newestActive = new Map<string, RulePack>();
    for (const version of await listActiveVersions(db)) {
      if (newestActive.has(version.packId)) continue;
      const parsed = rulePackSchema.safeParse(version.definition);
      if (parsed.success) newestActive.set(version.packId, parsed.data);
    }
    packs = [...newestActive.values()];
  }
  return packs.filter((pack) => {
    if (pack.ownerScope === 'international') return false;
    const provinces = packProvinces(pack);
    return isPackInEffect(pack, year) && (provinces === null || provinces.has(provinceCode));
  });
}

export type FilingRules = { caps: FilingCap[]; isControlled(names: ProgramNames): boolean };

export async function loadFilingRules(db: DbOrTx, provinceCode: string, year: number): Promise<FilingRules> {
  const packs = await loadFilingPacks(db, provinceCode, year);
  return { caps: filingCapsOf(packs), isControlled: (names) => isControlledProgram(packs, names) };
}
