import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import { matchAttachments } from '../domain/attachments.js';
import { isUuid } from '../domain/formats.js';
import { parseJson, splitJsonArray, trimmedSpan, type Json } from '../domain/json.js';
import { decodeMoreToken } from '../domain/more-token.js';
import { buildMultipart, boundaryOf, parseMultipart, type MultipartPart } from '../domain/multipart.js';
import { parseStatementQuery } from '../domain/statement-query.js';
import type { LrsDeps } from '../use-cases/lrs-deps.js';
import { getStatement, queryStatements, type StatementsResult } from '../use-cases/query-statements.js';
import { storeStatements, type ReceivedStatement, type StoreStatementsRequest } from '../use-cases/store-statements.js';
import { httpDate, type XapiContext, type XapiResponse } from './xapi-context.js';
import { allowParams, mediaType } from './xapi-request.js';

function badRequest(reason: string): never {
  throw new AppError('LRS_INVALID_REQUEST', { reason });
}

/** Each statement's parse and the exact bytes it arrived as (stored as they are: no re-encoding). */
function parseStatementsBody(bytes: Buffer): ReceivedStatement[] {
  if (!isUtf8(bytes)) badRequest('the body is not valid UTF-8');
  const value = parseJson(bytes.toString('utf8'));
  if (value === undefined) badRequest('the body is not valid JSON');
  if (!Array.isArray(value)) return [{ value, ...trimmedSpan(bytes) }];
  const spans = splitJsonArray(bytes);
  if (spans.length !== value.length) badRequest('the statement array could not be split');
  return value.map((item: Json, index) => {
    const span = spans[index];
    return span ? { value: item, ...span } : { value: item, text: JSON.stringify(item) };
  });
}

/** The statements of a PUT/POST body (application/json or multipart/mixed) and their attachments. */
function readStatementsBody(ctx: XapiContext, version: StoreStatementsRequest['version']): StoreStatementsRequest {
  const type = mediaType(ctx.contentType);
  const body = ctx.body ?? Buffer.alloc(0);
  let json: Buffer;
  let parts: MultipartPart[] | undefined;
  if (type === 'application/json') {
    json = body;
  } else if (type === 'multipart/mixed') {
    const boundary = boundaryOf(ctx.contentType);
    if (!boundary) throw new AppError('LRS_INVALID_MULTIPART', { reason: 'the Content-Type has no boundary' });
    const [first, ...rest] = parseMultipart(body, boundary);
    if (!first || mediaType(first.headers['content-type'] ?? '') !== 'application/json') {
      throw new AppError('LRS_INVALID_MULTIPART', { reason: 'the first part must be the statements as application/json' });
    }
    json = first.body;
    parts = rest;
  } else {
    throw new AppError('LRS_INVALID_REQUEST', { reason: `statements must be sent as application/json or multipart/mixed, not "${type}"` });
  }
  const statements = parseStatementsBody(json);
  const attachments = matchAttachments(
    statements.flatMap((s) => (typeof s.value === 'object' && s.value !== null && !Array.isArray(s.value) ? [s.value] : [])),
    parts,
  );
  return { statements, attachments, version };
}

export async function putStatement(deps: LrsDeps, ctx: XapiContext): Promise<XapiResponse> {
  allowParams(ctx.params, ['statementId']);
  const statementId = ctx.params.statementId;
  if (statementId === undefined) throw new AppError('LRS_INVALID_PARAMETER', { parameter: 'statementId', reason: 'is required' });
  if (!isUuid(statementId)) throw new AppError('LRS_INVALID_PARAMETER', { parameter: 'statementId', reason: 'must be a UUID' });
  const request = readStatementsBody(ctx, ctx.version);
  const [only] = request.statements;
  if (request.statements.length !== 1 || !only || Array.isArray(only.value)) badRequest('PUT takes exactly one statement');
  await storeStatements(deps, ctx.principal, { ...request, statementId: statementId.toLowerCase() });
  return { status: 204 };
}

export async function postStatements(deps: LrsDeps, ctx: XapiContext): Promise<XapiResponse> {
  allowParams(ctx.params, []);
  const request = readStatementsBody(ctx, ctx.version);
  if (request.statements.length === 0) badRequest('no statements were sent');
  const ids = await storeStatements(deps, ctx.principal, request);
  return { status: 200, body: ids };
}

function withAttachmentParts(result: StatementsResult): { body: Buffer; contentType: string } {
  const boundary = `xapi-${randomBytes(12).toString('hex')}`;
  const parts: MultipartPart[] = [
    { headers: { 'Content-Type': 'application/json' }, body: Buffer.from(JSON.stringify(result.body), 'utf8') },
    ...(result.attachments ?? []).map((a) => ({
      headers: { 'Content-Type': a.contentType, 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': a.sha2 },
      body: a.content,
    })),
  ];
  return { body: buildMultipart(boundary, parts), contentType: `multipart/mixed; boundary=${boundary}` };
}

export async function getStatements(deps: LrsDeps, ctx: XapiContext): Promise<XapiResponse> {
  const more = ctx.params.more;
  if (more !== undefined && Object.keys(ctx.params).length > 1) {
    throw new AppError('LRS_INVALID_PARAMETER', { parameter: 'more', reason: 'cannot be combined with other parameters' });
  }
  const continuation = more === undefined ? undefined : decodeMoreToken(more);
  const params = continuation?.params ?? ctx.params;
  const query = parseStatementQuery(params);
  const result =
    query.kind === 'single'
      ? await getStatement(deps, ctx.principal, query, ctx.languages)
      : await queryStatements(deps, ctx.principal, query, {
          params,
          cursor: continuation?.cursor,
          moreBase: `${ctx.basePath}/statements`,
          languages: ctx.languages,
        });
  const headers: Record<string, string> = {};
  if (result.lastModified) headers['Last-Modified'] = httpDate(result.lastModified);
  if (result.attachments !== undefined) {
    const multipart = withAttachmentParts(result);
    return { status: 200, headers: { ...headers, 'Content-Type': multipart.contentType }, body: multipart.body };
  }
  return { status: 200, headers, body: result.body };
}
