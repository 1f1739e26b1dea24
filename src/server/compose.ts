import type { FastifyInstance } from 'fastify';
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/open-db.js';
import { buildApp } from './http/app.js';
import { createAuthorizer } from './platform/authz/policy.js';
import { createAuditWriter } from './platform/audit/audit-writer.js';
import { createAuditRoutes } from './platform/audit/http/routes.js';
import { createEventBus } from './platform/events/event-bus.js';
import { platformErrors } from './platform/errors/platform-errors.js';
import { identityErrors } from './platform/identity/errors.js';
import { createIdentityModule, type IdentityModule } from './platform/identity/index.js';
import type { PlatformDeps } from './platform/context/platform-deps.js';
import { createMetaRoutes } from './platform/meta/routes.js';
import { createCollegeDirectory, createInstitutionsModule, institutionsErrors, type InstitutionsModule } from './modules/institutions/index.js';
import { createLrsModule, lrsAdminErrors, lrsErrors, type LrsModule } from './modules/lrs/index.js';
import { catalogErrors, createCatalogModule, type CatalogModule } from './modules/catalog/index.js';
import { createGovernanceModule, governanceErrors, type GovernanceModule } from './modules/governance/index.js';
import { commentErrors, courseErrors, createLearningModule, learningErrors, simulationErrors, textbookErrors, type LearningModule } from './modules/learning/index.js';


export const VERSION = '0.1.0';

export type Luban = {
  app: FastifyInstance;
  deps: PlatformDeps;
  identity: IdentityModule;
  institutions: InstitutionsModule;
  lrs: LrsModule;
  catalog: CatalogModule;
  governance: GovernanceModule;
  learning: LearningModule;
};

export type ComposeOptions = {
  config: Config;
  database: Database;
  /** Structured logger; defaults to JSON logs at the configured level. */
  logger?: Logger;
  now?: () => Date;
  /** Sign-in attempts per IP per minute. */
  loginRateLimit?: number;
};

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.password'],
  });
}

/** Wires config → db → platform → modules → HTTP. The server, CLI, tests and benchmarks all use it. */
export async function composeLuban(options: ComposeOptions): Promise<Luban> {
  const { config, database } = options;
  const log = options.logger ?? createLogger(config);
  const db = database.db;
  const directory = createCollegeDirectory(db);
  const authz = createAuthorizer(directory);
  const deps: PlatformDeps = {
    config,
    db,
    engine: database.engine,
    authz,
    audit: createAuditWriter(directory),
    events: createEventBus((error, event) => log.error({ err: error, event: event.type }, 'event handler failed')),
    log,
    now: options.now ?? (() => new Date()),
  };
  const institutionsModule = createInstitutionsModule({ ...deps, directory });
  const loginRateLimit = options.loginRateLimit ?? 30;
  const identity = createIdentityModule({ ...deps, institutions: institutionsModule.api }, { loginRateLimit });
  const lrs = createLrsModule(deps);
  const catalog = createCatalogModule(deps);
  const governance = createGovernanceModule({ ...deps, institutions: institutionsModule.api, catalog: catalog.api });
  const learning = createLearningModule({ ...deps, catalog: catalog.api, institutions: institutionsModule.api, lrs: lrs.api, notifications: governance.api, simulations: config.simulations });

  const app = await buildApp({
    secret: config.secret,
    logger: log,
    errorCatalog: { ...platformErrors, ...identityErrors, ...institutionsErrors, ...lrsErrors, ...lrsAdminErrors, ...catalogErrors, ...governanceErrors, ...learningErrors, ...courseErrors, ...textbookErrors, ...simulationErrors, ...commentErrors },
    resolver: { fromSession: identity.api.resolveSession, fromApiKey: identity.api.resolveApiKey },
    webDir: config.webDir,
    isReady: async () => {
      await database.pool.query('select 1');
      return true;
    },
    version: VERSION,
    modules: [
      { prefix: '/api/v1', routes: createMetaRoutes({ version: VERSION, mode: config.mode, engine: database.engine }) },
      { prefix: '/api/v1/auth', routes: identity.authRoutes },
      { prefix: '/api/v1/identity', routes: identity.identityRoutes },
      { prefix: '/api/v1/audit', routes: createAuditRoutes(db, authz) },
      { prefix: '/api/v1/institutions', routes: institutionsModule.routes },
      { prefix: '/api/v1/catalog', routes: catalog.routes },
      { prefix: '/api/v1/governance', routes: governance.routes },
      { prefix: '/api/v1/public', routes: governance.publicRoutes },
      { prefix: '/open-data', routes: governance.openDataRoutes },
      { prefix: '/api/v1/learning', routes: learning.routes },
      { prefix: '', routes: learning.simulationContentRoutes },
      { prefix: '/api/v1/lrs', routes: lrs.adminRoutes },
      { prefix: '/xapi', routes: lrs.xapiRoutes },
    ],
  });
  return { app, deps, identity, institutions: institutionsModule, lrs, catalog, governance, learning };
}
