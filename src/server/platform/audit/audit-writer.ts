import type { DbOrTx } from '../../db/open-db.js';
import { actorId, actorLabel, type Actor } from '../authz/actor.js';
import { parseScope, type ScopeDirectory } from '../authz/scope.js';
import type { AuditEvent, AuditWriter } from '../context/platform-deps.js';
import { appendAuditEntry } from './audit.repository.js';

async function provinceOfScope(scope: string, directory: ScopeDirectory, tx: DbOrTx): Promise<string | null> {
  try {
    const parsed = parseScope(scope);
    if (parsed.kind === 'province') return parsed.code;
    if (parsed.kind === 'college') return (await directory.provinceOfCollege(parsed.id, tx)) ?? null;
  } catch {
    // a scope-like entity key (`user:…`) that is not a role scope: no province
  }
  return null;
}

export function createAuditWriter(directory: ScopeDirectory): AuditWriter {
  return {
    async record(tx: DbOrTx, actor: Actor, event: AuditEvent) {
      await appendAuditEntry(tx, {
        actorType: actor.kind,
        actorId: actorId(actor),
        actorLabel: actorLabel(actor),
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        scope: event.scope,
        provinceCode: await provinceOfScope(event.scope, directory, tx),
        details: event.details ?? {},
      });
    },
  };
}
