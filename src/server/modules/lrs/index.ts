import type { FastifyPluginAsync } from 'fastify';
import type { PlatformDeps } from '../../platform/context/platform-deps.js';
import type { Actor } from '../../platform/authz/actor.js';
import { actorLabel } from '../../platform/authz/actor.js';
import { parseScope, type ScopeDirectory } from '../../platform/authz/scope.js';
import type { Scope } from '../../../shared/contracts/platform/roles.js';
import { AppError } from '../../platform/errors/app-error.js';
import { parseJson } from './domain/json.js';
import { createLrsBrowseRoutes } from './http/admin-browse.routes.js';
import { createLrsAdminRoutes } from './http/admin.routes.js';
import { withXapiCors } from './http/cors.js';
import { createXapiRoutes } from './http/xapi.plugin.js';
import { lrsPermissions } from './policies.js';
import type { ClientCache, DelegatedResolver, DelegatedResolvers } from './use-cases/authenticate-client.js';
import { authorityFor, type LrsDeps, type LrsPrincipal } from './use-cases/lrs-deps.js';
import { storeStatements } from './use-cases/store-statements.js';

export type LrsApi = {
  /**
   * Stores learner events written by the platform itself (e.g. the learning module), with the
   * platform's identity as authority. Statements (plain objects) are validated as xAPI 2.0; the batch is stored
   * atomically and `StatementStored` is published for each new statement. `scope` is where the
   * records belong (defaults to the first scope at which the actor may write; `national` for
   * the system). Returns the statement ids in order.
   */
  storeStatements(actor: Actor, statements: readonly unknown[], options?: { scope?: Scope }): Promise<string[]>;
  /**
   * Accepts short-lived credentials another module grants at `/xapi` (HTTP Basic, key starting
   * with `keyPrefix`): the resolver checks key and secret and names the one actor and registration
   * the holder may write statements for. Such a credential cannot read, void or write documents.
   */
  registerDelegatedCredentials(keyPrefix: string, resolver: DelegatedResolver): void;
};

export type LrsModule = {
  /** The xAPI LRS, with CORS for browser-based clients; register with prefix `/xapi`. */
  xapiRoutes: FastifyPluginAsync;
  /** LRS client administration, the statement browser and course activity; register with prefix `/api/v1/lrs`. */
  adminRoutes: FastifyPluginAsync;
  api: LrsApi;
};

export type LrsModuleOptions = {
  /** The account homePage of authorities the LRS records; an IRL naming this deployment. */
  authorityHomePage?: string;
};

async function platformPrincipal(deps: LrsDeps, directory: ScopeDirectory, actor: Actor, scope: Scope | undefined): Promise<LrsPrincipal> {
  const assigned = actor.kind === 'user' || actor.kind === 'apiKey' ? actor.assignments.find((a) => lrsPermissions.writeStatements.roles.includes(a.role))?.scope : undefined;
  const target = scope ?? (actor.kind === 'system' ? 'national' : assigned);
  if (target === undefined || target === 'self') throw new AppError('SCOPE_DENIED', { action: lrsPermissions.writeStatements.name });
  await deps.authz.authorize(actor, lrsPermissions.writeStatements, target);
  const parsed = parseScope(target);
  const provinceCode = parsed.kind === 'province' ? parsed.code : parsed.kind === 'college' ? ((await directory.provinceOfCollege(parsed.id)) ?? null) : null;
  return {
    clientId: null,
    name: 'Luban',
    scope: target,
    provinceCode,
    permissions: new Set(['write']),
    authority: authorityFor(deps, 'Luban', `platform:${actorLabel(actor)}`),
  };
}

/**
 * The Learning Record Store (xAPI 2.0 / IEEE 9274.1.1 and 1.0.3). Publishes `StatementStored`
 * (see `events.ts` for its shape) after each commit.
 */
export function createLrsModule(deps: PlatformDeps, options: LrsModuleOptions = {}): LrsModule {
  const lrsDeps: LrsDeps = { ...deps, authorityHomePage: options.authorityHomePage ?? 'https://luban.local/xapi/clients', recentDefinitions: new Map() };
  const cache: ClientCache = new Map();
  const delegated: DelegatedResolvers = new Map();
  return {
    xapiRoutes: withXapiCors(createXapiRoutes(lrsDeps, cache, delegated)),
    adminRoutes: async (app) => {
      await app.register(createLrsAdminRoutes(lrsDeps, cache));
      await app.register(createLrsBrowseRoutes(lrsDeps));
    },
    api: {
      async storeStatements(actor, statements, storeOptions = {}) {
        const principal = await platformPrincipal(lrsDeps, deps.authz.directory, actor, storeOptions.scope);
        // serialised once: the text is what is stored, its parse what is validated
        const received = statements.map((statement) => {
          const text = JSON.stringify(statement) ?? 'null';
          return { value: parseJson(text) ?? null, text };
        });
        return storeStatements(lrsDeps, principal, { statements: received, attachments: [], version: '2.0.0' });
      },
      registerDelegatedCredentials(keyPrefix, resolver) {
        if (!/^[a-z][a-z0-9-]*-$/.test(keyPrefix)) throw new Error(`lrs: delegated key prefix ${keyPrefix} must look like "name-"`);
        delegated.set(keyPrefix, resolver);
      },
    },
  };
}

export { lrsErrors } from './errors.js';
export { lrsAdminErrors } from './admin.errors.js';
export { STATEMENT_STORED, type StatementStored } from './events.js';
export type { DelegatedCredential, DelegatedResolver } from './use-cases/authenticate-client.js';
