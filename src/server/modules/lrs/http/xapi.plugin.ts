import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCatalog } from '../../../platform/errors/app-error.js';
import { platformErrors } from '../../../platform/errors/platform-errors.js';
import { formatMessage } from '../../../platform/i18n/locale.js';
import { lrsErrors } from '../errors.js';
import type { XapiVersion } from '../domain/validation.js';
import { authenticateClient, type ClientCache, type DelegatedResolvers } from '../use-cases/authenticate-client.js';
import type { LrsDeps, LrsPrincipal } from '../use-cases/lrs-deps.js';
import { documentHandler, getAbout, getActivity, getPerson } from './documents.handlers.js';
import { getStatements, postStatements, putStatement } from './statements.handlers.js';
import type { XapiContext, XapiResponse } from './xapi-context.js';
import { acceptedLanguages, negotiateVersion, readRawRequest, type XapiMethod } from './xapi-request.js';

/** Statements with attachments can be large; 1,000 statements are ~1.5 MB without them. */
export const XAPI_BODY_LIMIT = 64 * 1024 * 1024;

type Handler = (deps: LrsDeps, ctx: XapiContext) => Promise<XapiResponse>;

const ROUTES: Record<string, Partial<Record<Exclude<XapiMethod, 'HEAD'>, Handler>>> = {
  '/statements': { GET: getStatements, PUT: putStatement, POST: postStatements },
  '/activities/state': Object.fromEntries((['GET', 'PUT', 'POST', 'DELETE'] as const).map((m) => [m, documentHandler('state')])),
  '/activities/profile': Object.fromEntries((['GET', 'PUT', 'POST', 'DELETE'] as const).map((m) => [m, documentHandler('activityProfile')])),
  '/agents/profile': Object.fromEntries((['GET', 'PUT', 'POST', 'DELETE'] as const).map((m) => [m, documentHandler('agentProfile')])),
  '/activities': { GET: getActivity },
  '/agents': { GET: getPerson },
  '/about': { GET: getAbout },
};

const catalog: ErrorCatalog = { ...platformErrors, ...lrsErrors };

const NOBODY: LrsPrincipal = { clientId: null, name: 'anonymous', scope: 'national', provinceCode: null, permissions: new Set(), authority: {} };

function responseVersion(request: FastifyRequest): XapiVersion {
  try {
    return negotiateVersion(String(request.headers['x-experience-api-version'] ?? ''));
  } catch {
    return '2.0.0';
  }
}

/** Headers every xAPI response carries, errors included (Communication §2.1.3, §3.3). */
function commonHeaders(request: FastifyRequest, reply: FastifyReply): void {
  if (!reply.hasHeader('X-Experience-API-Version')) reply.header('X-Experience-API-Version', responseVersion(request));
  if (request.url.split('?')[0]?.endsWith('/statements')) reply.header('X-Experience-API-Consistent-Through', new Date().toISOString());
}

function send(reply: FastifyReply, response: XapiResponse) {
  reply.status(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) reply.header(name, value);
  if (response.body === undefined) return reply.send();
  if (Buffer.isBuffer(response.body)) {
    if (!reply.hasHeader('Content-Type')) reply.header('Content-Type', 'application/octet-stream');
    return reply.send(response.body);
  }
  return reply.header('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(response.body));
}

/**
 * The version a client spoke last: a request that lacks X-Experience-API-Version is refused in
 * the version its client uses (2.0.0 when unknown), so a 1.0.3 client reads a 1.0.3 answer.
 */
type LastVersions = Map<string, XapiVersion>;

function negotiateFor(lastVersions: LastVersions, principal: LrsPrincipal, header: string | undefined, reply: FastifyReply): XapiVersion {
  const key = principal.clientId ?? '';
  try {
    const version = negotiateVersion(header);
    if (lastVersions.get(key) !== version) lastVersions.set(key, version);
    if (lastVersions.size > 10_000) lastVersions.clear();
    return version;
  } catch (error) {
    reply.header('X-Experience-API-Version', lastVersions.get(key) ?? '2.0.0');
    throw error;
  }
}

type Session = { deps: LrsDeps; cache: ClientCache; delegated: DelegatedResolvers; lastVersions: LastVersions };

async function dispatch({ deps, cache, delegated, lastVersions }: Session, path: string, request: FastifyRequest, reply: FastifyReply) {
  const raw = readRawRequest(request);
  const isAbout = path === '/about';
  const principal = isAbout ? NOBODY : await authenticateClient(deps, cache, raw.headers.authorization, delegated);
  // a delegated credential only posts statements (no reading, no documents)
  if (principal.restriction && (path !== '/statements' || (raw.method !== 'POST' && raw.method !== 'PUT'))) throw new AppError('LRS_FORBIDDEN', { action: `${raw.method} ${path}` });
  const version = isAbout ? responseVersion(request) : negotiateFor(lastVersions, principal, raw.headers['x-experience-api-version'], reply);
  reply.header('X-Experience-API-Version', version);
  commonHeaders(request, reply);
  if (raw.isAlternate && version === '2.0.0') throw new AppError('LRS_INVALID_REQUEST', { reason: 'xAPI 2.0 has no alternate request syntax' });
  const handler = ROUTES[path]?.[raw.method === 'HEAD' ? 'GET' : raw.method];
  if (!handler) throw new AppError('LRS_METHOD_NOT_ALLOWED', { method: raw.method, resource: path });
  const basePath = (request.routeOptions.url ?? path).slice(0, -path.length);
  const ctx: XapiContext = { ...raw, version, principal, languages: acceptedLanguages(raw.headers['accept-language']), basePath };
  return send(reply, await handler(deps, ctx));
}

/** Maps any error to the status xAPI prescribes, with a short JSON explanation. */
function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  commonHeaders(request, reply);
  let code = 'INTERNAL';
  let params: Record<string, string | number> = { requestId: request.id };
  if (error instanceof AppError) {
    code = error.code;
    params = error.params;
  } else {
    const fastifyError = error as FastifyError;
    if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') code = 'LRS_PAYLOAD_TOO_LARGE';
    else if (fastifyError.statusCode !== undefined && fastifyError.statusCode < 500) {
      code = 'LRS_INVALID_REQUEST';
      params = { reason: fastifyError.message };
    }
  }
  const definition = catalog[code] ?? platformErrors.INTERNAL;
  if (definition.status >= 500) request.log.error({ err: error }, 'xAPI request failed');
  const message = formatMessage(definition.messages[request.locale], params);
  return reply.status(definition.status).header('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify({ error: code, message }));
}

/**
 * The xAPI LRS as a Fastify plugin (register at /xapi): its own body parsing (bytes as sent),
 * HTTP Basic client authentication, version negotiation and xAPI-shaped errors.
 */
export function createXapiRoutes(deps: LrsDeps, cache: ClientCache, delegated: DelegatedResolvers = new Map()): FastifyPluginAsync {
  const session: Session = { deps, cache, delegated, lastVersions: new Map() };
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: XAPI_BODY_LIMIT }, (_request, body, done) => done(null, body));
    app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
    for (const path of Object.keys(ROUTES)) {
      app.route({
        method: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'],
        url: path,
        bodyLimit: XAPI_BODY_LIMIT,
        schema: { hide: true },
        handler: (request, reply) => dispatch(session, path, request, reply),
      });
    }
  };
}
