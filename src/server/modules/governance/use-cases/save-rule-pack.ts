import { AppError } from '../../../platform/errors/app-error.js';
import { actorId, type Actor } from '../../../platform/authz/actor.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { RulePackVersion, SaveRulePackRequest } from '../../../../shared/contracts/governance/rule-pack-api.js';
import type { PackIssue, RulePack } from '../../../../shared/contracts/governance/rule-packs.js';
import { validateRulePack } from '../domain/rules/index.js';
import { findPackVersion, findRulePack, insertPackVersion, insertRulePack, lockRulePack, setVersionActive, type RulePackVersionRow } from '../rule-packs.repository.js';
import { governancePermissions } from '../policies.js';
import { authorizeManagePack, definitionOf, kindOfOwner, presentVersionMeta } from './rule-pack-access.js';
import type { GovernanceDeps } from '../governance-deps.js';

export type SaveRulePackOutcome = { ok: true; version: RulePackVersion } | { ok: false; issues: PackIssue[] };

const OWNER_PATTERN = /^(national|province:\d{2}0000)$/;

/** Before the document is checked: the caller must be able to manage the pack it names (or, for a new pack, some pack). */
async function authorizeSave(deps: GovernanceDeps, actor: Actor, id: string, document: Record<string, unknown>) {
  const existing = await findRulePack(deps.db, id);
  if (existing) {
    await authorizeManagePack(deps, actor, existing);
    return existing;
  }
  const owner = typeof document.ownerScope === 'string' ? document.ownerScope : '';
  if (owner === 'international') throw new AppError('RULE_PACK_READ_ONLY', { id });
  if (OWNER_PATTERN.test(owner)) {
    await authorizeManagePack(deps, actor, { id, ownerScope: owner, isReadOnly: false });
    return undefined;
  }
  // no usable owner yet: the validation below names the field, for anyone who manages some pack
  const canNational = await deps.authz.can(actor, governancePermissions.manageNationalRulePacks, 'national');
  const hasProvinceRole = actor.kind === 'user' || actor.kind === 'apiKey' ? actor.assignments.some((a) => governancePermissions.manageProvinceRulePacks.roles.includes(a.role)) : actor.kind === 'system';
  if (!canNational && !hasProvinceRole) throw new AppError('SCOPE_DENIED', { action: governancePermissions.manageProvinceRulePacks.name });
  return undefined;
}

async function writeVersion(db: DbOrTx, pack: RulePack, createdBy: string, isActive: boolean): Promise<RulePackVersionRow> {
  return insertPackVersion(db, {
    packId: pack.id, label: pack.version, definition: pack, name: pack.title['zh-CN'], nameEn: pack.title.en, authority: pack.authority['zh-CN'],
    source: pack.sources[0]?.citation ?? null, effectiveFrom: pack.effectiveFrom, effectiveTo: pack.effectiveTo, isActive, createdBy,
  });
}

/**
 * Saves a pack document as its next version (the first version creates the pack). The rule
 * engine checks it first: an invalid pack is returned with every problem and its path, and
 * nothing is stored. Old versions are never changed.
 */
export async function saveRulePackVersion(deps: GovernanceDeps, actor: Actor, id: string, request: SaveRulePackRequest): Promise<SaveRulePackOutcome> {
  const existing = await authorizeSave(deps, actor, id, request.pack);
  const validation = validateRulePack(request.pack);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const pack = validation.pack;
  if (pack.id !== id) throw new AppError('RULE_PACK_ID_MISMATCH', { id, bodyId: pack.id });
  if (existing && existing.ownerScope !== pack.ownerScope) throw new AppError('RULE_PACK_OWNER_CHANGED', { id, owner: existing.ownerScope, requested: pack.ownerScope });
  if (!existing) await authorizeManagePack(deps, actor, { id, ownerScope: pack.ownerScope, isReadOnly: false });
  const row = await deps.db.transaction(async (tx) => {
    await insertRulePack(tx, { id, ownerScope: pack.ownerScope, kind: kindOfOwner(pack.ownerScope), isReadOnly: false });
    const locked = await lockRulePack(tx, id);
    if (locked && locked.ownerScope !== pack.ownerScope) throw new AppError('RULE_PACK_OWNER_CHANGED', { id, owner: locked.ownerScope, requested: pack.ownerScope });
    const saved = await writeVersion(tx, pack, actorId(actor), request.activate);
    await deps.audit.record(tx, actor, {
      action: 'governance.rule-pack.save', entityType: 'rule-pack', entityId: id, scope: pack.ownerScope,
      details: { version: saved.number, label: pack.version, rules: pack.rules.length, activated: request.activate, effectiveFrom: pack.effectiveFrom, effectiveTo: pack.effectiveTo },
    });
    return saved;
  });
  return { ok: true, version: { ...presentVersionMeta(row, pack), definition: pack } };
}

/** Activates or deactivates one version; which active version applies in a year follows the effective dates. */
export async function setRulePackVersionActive(deps: GovernanceDeps, actor: Actor, id: string, number: number, isActive: boolean): Promise<RulePackVersion> {
  const pack = await findRulePack(deps.db, id);
  if (!pack) throw new AppError('RULE_PACK_NOT_FOUND', { id });
  await authorizeManagePack(deps, actor, pack);
  return deps.db.transaction(async (tx) => {
    await lockRulePack(tx, id);
    const row = await findPackVersion(tx, id, number);
    if (!row) throw new AppError('RULE_PACK_VERSION_NOT_FOUND', { id, version: number });
    await setVersionActive(tx, id, number, isActive);
    await deps.audit.record(tx, actor, {
      action: isActive ? 'governance.rule-pack.activate' : 'governance.rule-pack.deactivate', entityType: 'rule-pack', entityId: id, scope: pack.ownerScope,
      details: { version: number, label: row.label },
    });
    const updated = { ...row, isActive };
    const definition = definitionOf(updated);
    return { ...presentVersionMeta(updated, definition), definition };
  });
}

/**
 * Stores the engine's default packs that are not stored yet, each as version 1: active for the
 * national and provincial packs, inactive and read-only for international references. Returns the ids it added.
 */
export async function seedDefaultRulePacks(deps: GovernanceDeps, actor: Actor, packs: readonly RulePack[]): Promise<string[]> {
  await deps.authz.authorize(actor, governancePermissions.manageNationalRulePacks, 'national');
  return deps.db.transaction(async (tx) => {
    const added: string[] = [];
    for (const candidate of packs) {
      const validation = validateRulePack(candidate);
      if (!validation.ok) throw new Error(`default rule pack ${candidate.id} is invalid: ${JSON.stringify(validation.issues.slice(0, 3))}`);
      const pack = validation.pack;
      if (await findRulePack(tx, pack.id)) continue;
      const kind = kindOfOwner(pack.ownerScope);
      await insertRulePack(tx, { id: pack.id, ownerScope: pack.ownerScope, kind, isReadOnly: kind === 'international' });
      // international packs are references to compare with, never run against Chinese offerings
      await writeVersion(tx, pack, actorId(actor), kind !== 'international');
      added.push(pack.id);
    }
    if (added.length > 0) {
      await deps.audit.record(tx, actor, { action: 'governance.rule-pack.seed-defaults', entityType: 'rule-pack', entityId: added.join(','), scope: 'national', details: { packs: added } });
    }
    return added;
  });
}
