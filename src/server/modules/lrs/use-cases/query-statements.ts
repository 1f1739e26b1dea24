import { AppError } from '../../../platform/errors/app-error.js';
import { isJsonObject, type JsonObject } from '../domain/json.js';
import { encodeMoreToken } from '../domain/more-token.js';
import { presentStatement, type StatementFormat } from '../domain/statement-format.js';
import type { Cursor, StatementFilter, StatementQuery } from '../domain/statement-query.js';
import { findClientByKey } from '../clients.repository.js';
import { findAttachments, findStatementById, listStatements, type StatementRow } from '../statements.repository.js';
import { isReadable, readAccessOf, type LrsDeps, type LrsPrincipal } from './lrs-deps.js';

export type AttachmentContent = { sha2: string; contentType: string; content: Buffer };

export type StatementsResult = {
  /** A single statement (statementId / voidedStatementId) or a StatementResult. */
  body: JsonObject;
  /** The newest `stored` among the statements returned (Last-Modified). */
  lastModified: Date | undefined;
  /** Attachment contents when `attachments=true`. */
  attachments: AttachmentContent[] | undefined;
};

export type PresentOptions = { format: StatementFormat; languages: readonly string[]; isAttachments: boolean };

function toStored(row: StatementRow) {
  const payload = isJsonObject(row.payload) ? row.payload : {};
  const authority = isJsonObject(row.authority) ? row.authority : {};
  return { id: row.id, payload, authority, stored: row.stored, version: row.version };
}

function attachmentHashes(statements: JsonObject[]): string[] {
  const hashes = new Set<string>();
  for (const statement of statements) {
    const lists = [statement.attachments];
    if (isJsonObject(statement.object)) lists.push(statement.object.attachments);
    for (const list of lists) {
      if (!Array.isArray(list)) continue;
      for (const entry of list) if (isJsonObject(entry) && typeof entry.sha2 === 'string') hashes.add(entry.sha2.toLowerCase());
    }
  }
  return [...hashes];
}

async function withAttachments(deps: LrsDeps, statements: JsonObject[], isWanted: boolean): Promise<AttachmentContent[] | undefined> {
  if (!isWanted) return undefined;
  const rows = await findAttachments(deps.db, attachmentHashes(statements));
  return rows.map((row) => ({ sha2: row.sha2, contentType: row.contentType, content: row.content }));
}

/** related_agents also matches the authority: an LRS client's agent names the client by its key. */
async function authorityClientOf(deps: LrsDeps, filter: StatementFilter): Promise<string | undefined> {
  const account = isJsonObject(filter.agent) && isJsonObject(filter.agent.account) ? filter.agent.account : undefined;
  if (!filter.isRelatedAgents || account?.homePage !== deps.authorityHomePage || typeof account.name !== 'string') return undefined;
  return (await findClientByKey(deps.db, account.name))?.id;
}

function requireReadAccess(principal: LrsPrincipal) {
  const access = readAccessOf(principal);
  if (!access) throw new AppError('LRS_FORBIDDEN', { action: 'read statements' });
  return access;
}

/** GET /statements?statementId= or ?voidedStatementId= (a voided statement only through the latter). */
export async function getStatement(deps: LrsDeps, principal: LrsPrincipal, query: Extract<StatementQuery, { kind: 'single' }>, languages: readonly string[]): Promise<StatementsResult> {
  const access = requireReadAccess(principal);
  const row = await findStatementById(deps.db, query.id);
  const isFound = row !== undefined && isReadable(access, row) && (row.voidedBy !== null) === query.isVoided;
  if (!row || !isFound) throw new AppError('LRS_STATEMENT_NOT_FOUND', { id: query.id });
  const statement = presentStatement(toStored(row), query.format, languages);
  return { body: statement, lastModified: row.stored, attachments: await withAttachments(deps, [statement], query.isAttachments) };
}

/**
 * GET /statements with filters: a StatementResult of at most `limit` statements and, when
 * there are more, a `more` IRL that continues after the last one.
 */
export async function queryStatements(
  deps: LrsDeps,
  principal: LrsPrincipal,
  query: Extract<StatementQuery, { kind: 'list' }>,
  page: { params: Record<string, string>; cursor: Cursor | undefined; moreBase: string; languages: readonly string[] },
): Promise<StatementsResult> {
  const access = requireReadAccess(principal);
  const filter = { ...query.filter, authorityClientId: await authorityClientOf(deps, query.filter) };
  const rows = await listStatements(deps.db, { filter, access, cursor: page.cursor, limit: query.limit + 1, isAscending: query.isAscending });
  const visible = rows.slice(0, query.limit);
  const statements = visible.map((row) => presentStatement(toStored(row), query.format, page.languages));
  const last = visible[visible.length - 1];
  const more = rows.length > query.limit && last ? `${page.moreBase}?more=${encodeMoreToken(page.params, { stored: last.stored, id: last.id })}` : '';
  const newest = visible.reduce<Date | undefined>((latest, row) => (!latest || row.stored > latest ? row.stored : latest), undefined);
  return { body: { statements, more }, lastModified: newest, attachments: await withAttachments(deps, statements, query.isAttachments) };
}
