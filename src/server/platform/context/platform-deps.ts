import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Db, DbOrTx, Engine } from '../../db/open-db.js';
import type { Actor } from '../authz/actor.js';
import type { Authorizer } from '../authz/policy.js';
import type { EventBus } from '../events/event-bus.js';

export type AuditEvent = {
  action: string;
  entityType: string;
  entityId: string;
  /** The scope the entity lives in (national, province:…, college:…). */
  scope: string;
  details?: unknown;
};

/** Writes the audit row inside the caller's transaction: no write without its audit entry. */
export type AuditWriter = {
  record(tx: DbOrTx, actor: Actor, event: AuditEvent): Promise<void>;
};

/** What every module receives from the platform. Modules get nothing else from outside. */
export type PlatformDeps = {
  config: Config;
  db: Db;
  engine: Engine;
  authz: Authorizer;
  audit: AuditWriter;
  events: EventBus;
  log: FastifyBaseLogger;
  now(): Date;
};
