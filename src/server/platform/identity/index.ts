import type { FastifyPluginAsync } from 'fastify';
import type { Actor } from '../authz/actor.js';
import type { Locale } from '../i18n/locale.js';
import type { CreateUserRequest, User } from '../../../shared/contracts/platform/users.js';
import { authenticateApiKey, authenticateSession } from './use-cases/authenticate.js';
import type { IdentityDeps } from './use-cases/identity-deps.js';
import { createUser } from './use-cases/manage-users.js';
import { countUsers, markDemoUsers } from './identity.repository.js';
import { createAuthRoutes, createIdentityRoutes } from './http/routes.js';

export type IdentityApi = {
  resolveSession(token: string): Promise<{ actor: Actor; csrfToken: string } | undefined>;
  resolveApiKey(key: string, locale: Locale): Promise<Actor>;
  createUser(actor: Actor, request: CreateUserRequest): Promise<User>;
  countUsers(): Promise<number>;
  /** Flags accounts created by the demo seed, so the UI can label them. */
  markDemoUsers(usernames: string[]): Promise<void>;
};

export type IdentityModule = { authRoutes: FastifyPluginAsync; identityRoutes: FastifyPluginAsync; api: IdentityApi };

/** Users, sessions, role assignments and API keys. */
export function createIdentityModule(deps: IdentityDeps, options: { loginRateLimit: number }): IdentityModule {
  return {
    authRoutes: createAuthRoutes(deps, options.loginRateLimit),
    identityRoutes: createIdentityRoutes(deps),
    api: {
      resolveSession: (token) => authenticateSession(deps, token),
      resolveApiKey: (key, locale) => authenticateApiKey(deps, key, locale),
      createUser: (actor, request) => createUser(deps, actor, request),
      countUsers: () => countUsers(deps.db),
      markDemoUsers: (usernames) => markDemoUsers(deps.db, usernames),
    },
  };
}

export type { IdentityDeps } from './use-cases/identity-deps.js';
