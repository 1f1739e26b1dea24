import type { DomainEvent } from '../../platform/events/event-bus.js';
import type { JsonObject } from './domain/json.js';

export const STATEMENT_STORED = 'StatementStored';

/**
 * Published once per newly stored statement, after the transaction that stored it commits
 * (at-most-once, in process: docs/decisions/0004). Re-sent statements that were already
 * stored publish nothing.
 */
export type StatementStored = DomainEvent & {
  type: typeof STATEMENT_STORED;
  statementId: string;
  /** The stable key of the statement's actor (the distribution key of learning records). */
  actorKey: string;
  verbId: string;
  /** The object's id when the object is an Activity. */
  activityId: string | null;
  registration: string | null;
  /** Scope of the client that wrote it: `national`, `province:…`, `college:…`, `enterprise:…`. */
  scope: string;
  /** The LRS client that wrote it; null for the platform's own writes. */
  clientId: string | null;
  /** ISO 8601 time the LRS stored it. */
  stored: string;
  /** When the statement is a voiding statement: the id it voids. */
  voidedStatementId: string | null;
  /** The statement as GET /statements returns it (format=exact). */
  statement: JsonObject;
};
