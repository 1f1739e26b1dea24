import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { RulePackDetail, RulePackSummary, RulePackVersion, RulePackVersionMeta } from '../../../../shared/contracts/governance/rule-pack-api.js';
import { findPackVersion, findRulePack, listAllVersions, listPackVersions, listRulePacks, type RulePackRow, type RulePackVersionRow } from '../rule-packs.repository.js';
import { canManagePack, definitionOf, kindOfOwner, presentVersionMeta, visiblePackFilter } from './rule-pack-access.js';
import type { GovernanceDeps } from '../governance-deps.js';

async function summarize(deps: GovernanceDeps, actor: Actor, pack: RulePackRow, versions: readonly RulePackVersionRow[]): Promise<RulePackSummary | undefined> {
  const [latest] = versions;
  if (!latest) return undefined;
  const active = versions
    .filter((v) => v.isActive)
    .map((v) => presentVersionMeta(v))
    .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.number - a.number : a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  return {
    id: pack.id, ownerScope: pack.ownerScope, kind: kindOfOwner(pack.ownerScope), isReadOnly: pack.isReadOnly,
    isEditable: !pack.isReadOnly && (await canManagePack(deps, actor, pack.ownerScope)),
    latest: presentVersionMeta(latest), active,
  };
}

/** Every pack the caller may see, with its latest and active versions. */
export async function listRulePackSummaries(deps: GovernanceDeps, actor: Actor): Promise<RulePackSummary[]> {
  const isVisible = await visiblePackFilter(deps, actor);
  const packs = (await listRulePacks(deps.db)).filter(isVisible);
  const versions = await listAllVersions(deps.db);
  const items: RulePackSummary[] = [];
  for (const pack of packs) {
    const summary = await summarize(deps, actor, pack, versions.filter((v) => v.packId === pack.id));
    if (summary) items.push(summary);
  }
  return items;
}

async function requireVisiblePack(deps: GovernanceDeps, actor: Actor, id: string): Promise<RulePackRow> {
  const isVisible = await visiblePackFilter(deps, actor);
  const pack = await findRulePack(deps.db, id);
  // a pack outside the caller's scope is reported as missing, not as forbidden
  if (!pack || !isVisible(pack)) throw new AppError('RULE_PACK_NOT_FOUND', { id });
  return pack;
}

/** One pack with its latest document. */
export async function getRulePack(deps: GovernanceDeps, actor: Actor, id: string): Promise<RulePackDetail> {
  const pack = await requireVisiblePack(deps, actor, id);
  const versions = await listPackVersions(deps.db, id);
  const summary = await summarize(deps, actor, pack, versions);
  const latest = versions[0];
  if (!summary || !latest) throw new AppError('RULE_PACK_NOT_FOUND', { id });
  return { ...summary, definition: definitionOf(latest) };
}

export async function listRulePackVersions(deps: GovernanceDeps, actor: Actor, id: string): Promise<RulePackVersionMeta[]> {
  await requireVisiblePack(deps, actor, id);
  return (await listPackVersions(deps.db, id)).map((v) => presentVersionMeta(v));
}

export async function getRulePackVersion(deps: GovernanceDeps, actor: Actor, id: string, number: number): Promise<RulePackVersion> {
  await requireVisiblePack(deps, actor, id);
  const row = await findPackVersion(deps.db, id, number);
  if (!row) throw new AppError('RULE_PACK_VERSION_NOT_FOUND', { id, version: number });
  const definition = definitionOf(row);
  return { ...presentVersionMeta(row, definition), definition };
}
