import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { RuleRun, RuleRunListQuery } from '../../../../shared/contracts/governance/rule-runs.js';
import { findRuleRun, listRuleRuns } from '../rule-runs.repository.js';
import { governancePermissions } from '../policies.js';
import { presentRuleRun } from './present-rule-run.js';
import type { GovernanceDeps } from '../governance-deps.js';

/** Run scopes a reader sees: all, or national runs and those of its provinces. */
function visibleScopes(deps: GovernanceDeps, actor: Actor): string[] | undefined {
  const filter = deps.authz.scopeFilter(actor, governancePermissions.readRuleRuns);
  if (filter.kind === 'all') return undefined;
  return ['national', ...filter.provinces.map((p) => `province:${p}`)];
}

function decodeCursor(cursor: string | undefined): { startedAt: Date; id: string } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      const startedAt = new Date(parsed[0]);
      if (!Number.isNaN(startedAt.getTime())) return { startedAt, id: parsed[1] };
    }
  } catch {
    // fall through to the validation error
  }
  throw new AppError('VALIDATION_FAILED', { summary: 'cursor' }, [{ field: 'cursor', code: 'invalid_cursor' }]);
}

export async function listRuleRunsPage(deps: GovernanceDeps, actor: Actor, query: RuleRunListQuery): Promise<{ items: RuleRun[]; nextCursor: string | null }> {
  const rows = await listRuleRuns(deps.db, { visibleScopes: visibleScopes(deps, actor), scope: query.scope, year: query.year, before: decodeCursor(query.cursor), limit: query.limit });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > query.limit && last ? Buffer.from(JSON.stringify([last.startedAt.toISOString(), last.id]), 'utf8').toString('base64url') : null;
  return { items: items.map(presentRuleRun), nextCursor };
}

export async function getRuleRun(deps: GovernanceDeps, actor: Actor, id: string): Promise<RuleRun> {
  const scopes = visibleScopes(deps, actor);
  const row = await findRuleRun(deps.db, id);
  if (!row || (scopes && !scopes.includes(row.scope))) throw new AppError('RULE_RUN_NOT_FOUND', { id });
  return presentRuleRun(row);
}
