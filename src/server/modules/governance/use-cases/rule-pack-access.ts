import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { RulePackKind, RulePackVersionMeta } from '../../../../shared/contracts/governance/rule-pack-api.js';
import { rulePackSchema, type RulePack } from '../../../../shared/contracts/governance/rule-packs.js';
import type { RulePackRow, RulePackVersionRow } from '../rule-packs.repository.js';
import { governancePermissions } from '../policies.js';
import type { GovernanceDeps } from '../governance-deps.js';

/** Who may see and change which rule packs, and how stored rows are presented. */

export function kindOfOwner(ownerScope: string): RulePackKind {
  if (ownerScope === 'national') return 'national';
  return ownerScope.startsWith('province:') ? 'province' : 'international';
}

/** The level that owns a pack may change it: national packs national admins, a province's pack that province's admins. */
export async function canManagePack(deps: GovernanceDeps, actor: Actor, ownerScope: string): Promise<boolean> {
  const kind = kindOfOwner(ownerScope);
  if (kind === 'international') return false;
  if (kind === 'national') return deps.authz.can(actor, governancePermissions.manageNationalRulePacks, 'national');
  return deps.authz.can(actor, governancePermissions.manageProvinceRulePacks, ownerScope);
}

export async function authorizeManagePack(deps: GovernanceDeps, actor: Actor, pack: { id: string; ownerScope: string; isReadOnly: boolean }): Promise<void> {
  if (pack.isReadOnly || kindOfOwner(pack.ownerScope) === 'international') throw new AppError('RULE_PACK_READ_ONLY', { id: pack.id });
  const permission = kindOfOwner(pack.ownerScope) === 'national' ? governancePermissions.manageNationalRulePacks : governancePermissions.manageProvinceRulePacks;
  await deps.authz.authorize(actor, permission, pack.ownerScope === 'national' ? 'national' : pack.ownerScope);
}

/** Which packs a reader sees: national and international ones always, a province's pack within that province. */
export async function visiblePackFilter(deps: GovernanceDeps, actor: Actor): Promise<(pack: RulePackRow) => boolean> {
  const filter = deps.authz.scopeFilter(actor, governancePermissions.readRulePacks);
  if (filter.kind === 'all') return () => true;
  const provinces = new Set(filter.provinces);
  for (const collegeId of filter.colleges) {
    const province = await deps.authz.directory.provinceOfCollege(collegeId);
    if (province) provinces.add(province);
  }
  return (pack) => kindOfOwner(pack.ownerScope) !== 'province' || provinces.has(pack.ownerScope.slice('province:'.length));
}

/** A stored definition, as the rule engine validated it when it was saved. */
export function definitionOf(row: RulePackVersionRow): RulePack {
  const parsed = rulePackSchema.safeParse(row.definition);
  if (!parsed.success) throw new Error(`stored rule pack ${row.packId} v${row.number} no longer matches the schema`);
  return parsed.data;
}

export function presentVersionMeta(row: RulePackVersionRow, definition: RulePack = definitionOf(row)): RulePackVersionMeta {
  return {
    packId: row.packId, number: row.number, label: row.label, title: definition.title, authority: definition.authority,
    effectiveFrom: definition.effectiveFrom, effectiveTo: definition.effectiveTo, isActive: row.isActive, rules: definition.rules.length,
    createdBy: row.createdBy, createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The version of a pack in force in `year`: among active versions whose dates cover the year,
 * the one that took effect last (then the one saved last).
 */
export function versionInForce(rows: readonly RulePackVersionRow[], year: number): { row: RulePackVersionRow; definition: RulePack } | undefined {
  let best: { row: RulePackVersionRow; definition: RulePack } | undefined;
  for (const row of rows) {
    if (!row.isActive) continue;
    const definition = definitionOf(row);
    const covers = definition.effectiveFrom <= `${year}-12-31` && (definition.effectiveTo === null || definition.effectiveTo >= `${year}-01-01`);
    if (!covers) continue;
    const isLater = !best || definition.effectiveFrom > best.definition.effectiveFrom || (definition.effectiveFrom === best.definition.effectiveFrom && row.number > best.row.number);
    if (isLater) best = { row, definition };
  }
  return best;
}
