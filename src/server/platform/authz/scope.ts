import type { Scope } from '../../../shared/contracts/platform/roles.js';
import type { DbOrTx } from '../../db/open-db.js';

/** Answers which province a college (or enterprise) belongs to; backed by the institutions module. */
export type ScopeDirectory = {
  /**
   * Inside a transaction pass its handle: the embedded engine has one connection, so a
   * lookup through the pool while a transaction holds it would wait forever.
   */
  provinceOfCollege(collegeId: string, db?: DbOrTx): Promise<string | undefined>;
};

export type ParsedScope =
  | { kind: 'national' }
  | { kind: 'province'; code: string }
  | { kind: 'college'; id: string }
  | { kind: 'enterprise'; id: string }
  | { kind: 'self' };

export function parseScope(scope: Scope): ParsedScope {
  if (scope === 'national') return { kind: 'national' };
  if (scope === 'self') return { kind: 'self' };
  const separator = scope.indexOf(':');
  const kind = scope.slice(0, separator);
  const value = scope.slice(separator + 1);
  if (separator > 0 && value.length > 0) {
    if (kind === 'province') return { kind: 'province', code: value };
    if (kind === 'college') return { kind: 'college', id: value };
    if (kind === 'enterprise') return { kind: 'enterprise', id: value };
  }
  throw new Error(`Malformed scope: ${scope}`);
}

export const provinceScope = (code: string): Scope => `province:${code}`;
export const collegeScope = (id: string): Scope => `college:${id}`;

/**
 * Does a role held at `outer` reach a resource that lives at `inner`?
 * national ⊇ province ⊇ its colleges; colleges and enterprises contain only themselves.
 */
export async function scopeContains(outer: Scope, inner: Scope, directory: ScopeDirectory): Promise<boolean> {
  if (outer === inner) return true;
  const o = parseScope(outer);
  if (o.kind === 'national') return true;
  const i = parseScope(inner);
  if (o.kind === 'province') {
    if (i.kind === 'college') return (await directory.provinceOfCollege(i.id)) === o.code;
    return false;
  }
  return false;
}
