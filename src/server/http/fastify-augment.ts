import type { Actor } from '../platform/authz/actor.js';
import type { Locale } from '../platform/i18n/locale.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    locale: Locale;
    /** The CSRF token bound to the session, when the caller is authenticated by cookie. */
    sessionCsrfToken: string | undefined;
    sessionToken: string | undefined;
  }
  interface FastifyInstance {
    /** Every registered route (method, url, public or not). */
    routeList: { method: string; url: string; isPublic: boolean }[];
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (login, meta, public reference data). */
    isPublic?: boolean;
  }
}
