import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors/app-error.js';
import { localeFromAcceptLanguage, defaultLocale, type Locale } from '../platform/i18n/locale.js';
import type { Actor } from '../platform/authz/actor.js';
import { CSRF_HEADER, SESSION_COOKIE } from './security.js';

export type ActorResolver = {
  fromSession(token: string): Promise<{ actor: Actor; csrfToken: string } | undefined>;
  fromApiKey(key: string, locale: Locale): Promise<Actor>;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function equalStrings(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Resolves who is calling (API key, session cookie or nobody), in which language,
 * and enforces CSRF on cookie-authenticated writes and sign-in on non-public routes.
 */
export function registerAuthHooks(app: FastifyInstance, resolver: ActorResolver): void {
  // Fastify wants a non-reference initial value; the onRequest hook below always sets a real Actor.
  app.decorateRequest('actor', null as never);
  app.decorateRequest('locale', defaultLocale);
  app.decorateRequest('sessionCsrfToken', undefined);
  app.decorateRequest('sessionToken', undefined);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    const headerLocale = localeFromAcceptLanguage(request.headers['accept-language']);
    request.locale = headerLocale ?? defaultLocale;
    request.actor = { kind: 'anonymous', locale: request.locale };
    if (!request.url.startsWith('/api/')) return;

    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await resolver.fromApiKey(authorization.slice(7).trim(), request.locale);
      return;
    }
    const signed = request.cookies[SESSION_COOKIE];
    if (signed) {
      const unsigned = request.unsignCookie(signed);
      if (unsigned.valid && unsigned.value) {
        const session = await resolver.fromSession(unsigned.value);
        if (session) {
          // the language the client asks for wins; the user's saved setting is the fallback
          if (!headerLocale) request.locale = session.actor.locale;
          request.actor = { ...session.actor, locale: request.locale } as Actor;
          request.sessionCsrfToken = session.csrfToken;
          request.sessionToken = unsigned.value;
        }
      }
    }
  });

  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.sessionCsrfToken && !SAFE_METHODS.has(request.method)) {
      const presented = request.headers[CSRF_HEADER];
      if (typeof presented !== 'string' || !equalStrings(presented, request.sessionCsrfToken)) {
        throw new AppError('CSRF_FAILED');
      }
    }
    const isDocs = request.url === '/api/docs' || request.url.startsWith('/api/docs/');
    // the static-file wildcard: it serves files or falls through to the not-found handler
    const isStaticFallback = request.routeOptions.url === '/*';
    if (!isDocs && !isStaticFallback && !request.is404 && !request.routeOptions.config.isPublic && request.actor.kind === 'anonymous') {
      throw new AppError('UNAUTHENTICATED');
    }
  });
}
