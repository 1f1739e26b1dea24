import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { decodeCursor, encodeCursor } from '../../../platform/paging.js';
import type { BrowseStatementsQuery, BrowsedStatement, BrowsedStatementPage } from '../../../../shared/contracts/lrs/statement-browse.js';
import { browseStatements as browseStatementRows, type BrowseCursor, type BrowseFilter, type BrowsedRow } from '../admin-statements.repository.js';
import { lrsAdminPermissions } from '../admin.policies.js';
import { isMailto } from '../domain/formats.js';
import { isJsonObject } from '../domain/json.js';
import { presentStatement } from '../domain/statement-format.js';
import { parseAgentParameter } from '../domain/statement-query.js';
import { summarizeStatement } from '../domain/statement-summary.js';
import { runAdminQuery } from './admin-query.js';
import type { LrsDeps } from './lrs-deps.js';

function invalidCursor(): never {
  throw new AppError('VALIDATION_FAILED', { summary: 'cursor' }, [{ field: 'cursor', code: 'invalid_cursor' }]);
}

function decodeBrowseCursor(cursor: string | undefined): BrowseCursor | undefined {
  const text = decodeCursor<string>(cursor, 'string');
  if (text === undefined) return undefined;
  const [stored, id] = text.split('|');
  const at = stored === undefined ? Number.NaN : Date.parse(stored);
  if (Number.isNaN(at) || id === undefined || !/^[0-9a-f-]{36}$/.test(id)) invalidCursor();
  return { stored: new Date(at), id };
}

/** The agent filter: xAPI Agent JSON, a mailto: IRI, or a bare e-mail address. */
export function agentKeyOf(value: string): string {
  if (value.startsWith('{')) return parseAgentParameter(value).key;
  const mbox = value.startsWith('mailto:') ? value : `mailto:${value}`;
  if (!isMailto(mbox)) throw new AppError('LRS_INVALID_PARAMETER', { parameter: 'agent', reason: 'must be Agent JSON, a mailto: IRI or an e-mail address' });
  return parseAgentParameter(JSON.stringify({ mbox })).key;
}

function toFilter(query: BrowseStatementsQuery): BrowseFilter {
  const filter: BrowseFilter = { isRelatedActivities: query.relatedActivities === 'true', isVoidedIncluded: query.includeVoided === 'true' };
  if (query.agent !== undefined) filter.agentKey = agentKeyOf(query.agent);
  if (query.verb !== undefined) filter.verbId = query.verb;
  if (query.activity !== undefined) filter.activityId = query.activity;
  if (query.registration !== undefined) filter.registration = query.registration.toLowerCase();
  if (query.since !== undefined) filter.since = new Date(query.since);
  if (query.until !== undefined) filter.until = new Date(query.until);
  return filter;
}

function present(row: BrowsedRow, languages: readonly string[]): BrowsedStatement {
  const payload = isJsonObject(row.payload) ? row.payload : {};
  const authority = isJsonObject(row.authority) ? row.authority : {};
  const statement = presentStatement({ id: row.id, payload, authority, stored: row.stored, version: row.version }, 'exact', languages);
  return {
    id: row.id,
    stored: row.stored.toISOString(),
    ...summarizeStatement(statement),
    scope: row.scope,
    client: row.clientId !== null && row.clientName !== null ? { id: row.clientId, name: row.clientName } : null,
    isVoided: row.voidedBy !== null,
    statement,
  };
}

/**
 * The administrators' statement browser: statements written within the caller's scope,
 * newest first, filtered like xAPI's GET /statements, with voided ones on request.
 */
export async function browseStatements(deps: LrsDeps, actor: Actor, query: BrowseStatementsQuery): Promise<BrowsedStatementPage> {
  const scope = deps.authz.scopeFilter(actor, lrsAdminPermissions.browseStatements);
  const filter = toFilter(query);
  const cursor = decodeBrowseCursor(query.cursor);
  const rows = await runAdminQuery(deps, (tx) => browseStatementRows(tx, scope, filter, { cursor, limit: query.limit + 1 }));
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((row) => present(row, [])),
    nextCursor: rows.length > query.limit && last ? encodeCursor(`${last.stored.toISOString()}|${last.id}`) : null,
  };
}
