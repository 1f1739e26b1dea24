import type { FastifyPluginAsync, FastifyReply } from 'fastify';

/** Request headers an xAPI client sends (Authorization is never covered by a `*`). */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'X-Experience-API-Version', 'If-Match', 'If-None-Match', 'Accept-Language'];
/** Response headers xAPI clients must be able to read (Communication §2.1.3, §3.3, documents' concurrency). */
const EXPOSED_HEADERS = ['X-Experience-API-Version', 'X-Experience-API-Consistent-Through', 'ETag', 'Last-Modified', 'Content-Type'];
const ALLOWED_METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'];
/** Chromium caps a preflight's cache at two hours. */
const PREFLIGHT_MAX_AGE_SECONDS = 7200;

function allowAnyOrigin(reply: FastifyReply): void {
  reply.header('Access-Control-Allow-Origin', '*');
  reply.header('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
}

/**
 * CORS for the LRS, so that browser-based xAPI clients (simulation packages, H5 courses served
 * from another origin) can call /xapi. Any origin is allowed: the LRS authenticates every call
 * with explicit HTTP Basic credentials and never with cookies, so a page on another origin gains
 * nothing it was not given; credentialed (cookie) requests are not allowed. Preflights are
 * answered without authentication, as browsers send them without credentials.
 */
export function withXapiCors(routes: FastifyPluginAsync): FastifyPluginAsync {
  return async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      if (request.headers.origin !== undefined) allowAnyOrigin(reply);
    });
    app.options('/*', { schema: { hide: true } }, async (request, reply) => {
      allowAnyOrigin(reply);
      reply.header('Allow', [...ALLOWED_METHODS, 'OPTIONS'].join(', '));
      if (request.headers['access-control-request-method'] !== undefined) {
        reply.header('Access-Control-Allow-Methods', ALLOWED_METHODS.join(', '));
        reply.header('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
        reply.header('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      }
      return reply.status(204).send();
    });
    await app.register(routes);
  };
}
