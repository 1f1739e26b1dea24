import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordRequestSchema, loginRequestSchema, meSchema, updateMeRequestSchema } from '../../../../shared/contracts/platform/auth.js';
import { idParamSchema, pageQuerySchema } from '../../../../shared/contracts/platform/common.js';
import {
  apiKeyPageSchema,
  assignableScopesQuerySchema,
  assignableScopesResponseSchema,
  createApiKeyRequestSchema,
  createdApiKeySchema,
  createUserRequestSchema,
  listUsersQuerySchema,
  resetPasswordRequestSchema,
  setAssignmentsRequestSchema,
  updateUserRequestSchema,
  userPageSchema,
  userSchema,
} from '../../../../shared/contracts/platform/users.js';
import { AppError } from '../../errors/app-error.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../../http/security.js';
import { authenticateSession, logOut } from '../use-cases/authenticate.js';
import type { IdentityDeps } from '../use-cases/identity-deps.js';
import { listAssignableScopes } from '../use-cases/list-assignable-scopes.js';
import { logIn } from '../use-cases/log-in.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../use-cases/manage-api-keys.js';
import { changeOwnPassword, presentMe, updateMe } from '../use-cases/manage-self.js';
import { createUser, getUser, listUsersInScope, resetUserPassword, setUserAssignments, updateUser } from '../use-cases/manage-users.js';

const tags = ['auth'];

/** /api/v1/auth: sign in and out, the current user. */
export function createAuthRoutes(deps: IdentityDeps, loginRateLimit: number): FastifyPluginAsyncZod {
  return async (app) => {
    const cookieOptions = { path: '/', sameSite: 'lax' as const, secure: deps.config.secureCookies };

    app.post(
      '/login',
      {
        schema: { tags, summary: 'Sign in with username and password', body: loginRequestSchema, response: { 200: meSchema } },
        config: { isPublic: true, rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const result = await logIn(deps, request.body, { ip: request.ip });
        reply.setCookie(SESSION_COOKIE, result.sessionToken, { ...cookieOptions, httpOnly: true, signed: true, expires: result.expiresAt });
        reply.setCookie(CSRF_COOKIE, result.csrfToken, { ...cookieOptions, httpOnly: false, expires: result.expiresAt });
        return presentMe(deps, result.user, result.csrfToken);
      },
    );

    app.post(
      '/logout',
      { schema: { tags, summary: 'Sign out (ends the session)', response: { 204: z.null() } }, config: { isPublic: true } },
      async (request, reply) => {
        if (request.sessionToken) await logOut(deps, request.sessionToken, request.actor);
        reply.clearCookie(SESSION_COOKIE, cookieOptions).clearCookie(CSRF_COOKIE, cookieOptions);
        return reply.status(204).send(null);
      },
    );

    app.get('/me', { schema: { tags, summary: 'The signed-in user, or 401', response: { 200: meSchema } } }, async (request) => {
      if (!request.sessionToken) throw new AppError('UNAUTHENTICATED');
      const session = await authenticateSession(deps, request.sessionToken);
      if (!session) throw new AppError('UNAUTHENTICATED');
      return presentMe(deps, session.user, session.csrfToken);
    });

    app.patch(
      '/me',
      { schema: { tags, summary: 'Update own display name or language', body: updateMeRequestSchema, response: { 200: meSchema } } },
      async (request) => updateMe(deps, request.actor, request.body, request.sessionCsrfToken ?? ''),
    );

    app.post(
      '/password',
      { schema: { tags, summary: 'Change own password', body: changePasswordRequestSchema, response: { 204: z.null() } } },
      async (request, reply) => {
        await changeOwnPassword(deps, request.actor, request.body);
        return reply.status(204).send(null);
      },
    );
  };
}

/** /api/v1/identity: users, role assignments and API keys, within the caller's scope. */
export function createIdentityRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  const userTags = ['identity'];
  return async (app) => {
    app.get('/users', { schema: { tags: userTags, summary: 'Users in the caller’s scope', querystring: listUsersQuerySchema, response: { 200: userPageSchema } } }, async (request) =>
      listUsersInScope(deps, request.actor, request.query),
    );
    app.post(
      '/users',
      { schema: { tags: userTags, summary: 'Create a user with role assignments', body: createUserRequestSchema, response: { 201: userSchema } } },
      async (request, reply) => reply.status(201).send(await createUser(deps, request.actor, request.body)),
    );
    app.get('/users/:id', { schema: { tags: userTags, params: idParamSchema, response: { 200: userSchema } } }, async (request) =>
      getUser(deps, request.actor, request.params.id),
    );
    app.patch(
      '/users/:id',
      { schema: { tags: userTags, params: idParamSchema, body: updateUserRequestSchema, response: { 200: userSchema } } },
      async (request) => updateUser(deps, request.actor, request.params.id, request.body),
    );
    app.put(
      '/users/:id/assignments',
      { schema: { tags: userTags, params: idParamSchema, body: setAssignmentsRequestSchema, response: { 200: userSchema } } },
      async (request) => setUserAssignments(deps, request.actor, request.params.id, request.body),
    );
    app.post(
      '/users/:id/password',
      { schema: { tags: userTags, summary: 'Set a new password for a user', params: idParamSchema, body: resetPasswordRequestSchema, response: { 204: z.null() } } },
      async (request, reply) => {
        await resetUserPassword(deps, request.actor, request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/assignable-scopes',
      {
        schema: {
          tags: userTags,
          summary: 'Scopes at which the caller may grant a role',
          querystring: assignableScopesQuerySchema,
          response: { 200: assignableScopesResponseSchema },
        },
      },
      async (request) => listAssignableScopes(deps, request.actor, request.query.role, request.query.q),
    );
    app.get('/api-keys', { schema: { tags: userTags, querystring: pageQuerySchema, response: { 200: apiKeyPageSchema } } }, async (request) =>
      listApiKeys(deps, request.actor, request.query),
    );
    app.post(
      '/api-keys',
      { schema: { tags: userTags, summary: 'Create an API key (the secret is returned once)', body: createApiKeyRequestSchema, response: { 201: createdApiKeySchema } } },
      async (request, reply) => reply.status(201).send(await createApiKey(deps, request.actor, request.body)),
    );
    app.delete('/api-keys/:id', { schema: { tags: userTags, summary: 'Revoke an API key', params: idParamSchema, response: { 204: z.null() } } }, async (request, reply) => {
      await revokeApiKey(deps, request.actor, request.params.id);
      return reply.status(204).send(null);
    });
  };
}
