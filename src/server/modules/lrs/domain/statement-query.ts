import { AppError } from '../../../platform/errors/app-error.js';
import { agentKey } from './agent-key.js';
import { isIri, isUuid, parseTimestamp } from './formats.js';
import { parseJson, type Json } from './json.js';
import type { StatementFormat } from './statement-format.js';
import { validateActor } from './validate-agent.js';

export const MAX_PAGE_SIZE = 500;

export type StatementFilter = {
  agentKey?: string;
  /** The agent parameter itself (to recognise an LRS client's authority for related_agents). */
  agent?: Json;
  /** Set by the use case when the agent is the authority of an LRS client. */
  authorityClientId?: string;
  verbId?: string;
  activityId?: string;
  registration?: string;
  isRelatedActivities: boolean;
  isRelatedAgents: boolean;
  since?: Date;
  until?: Date;
};

export type Cursor = { stored: Date; id: string };

export type StatementQuery =
  | { kind: 'single'; id: string; isVoided: boolean; format: StatementFormat; isAttachments: boolean }
  | { kind: 'list'; filter: StatementFilter; limit: number; isAscending: boolean; format: StatementFormat; isAttachments: boolean };

const LIST_PARAMS = ['agent', 'verb', 'activity', 'registration', 'related_activities', 'related_agents', 'since', 'until', 'limit', 'ascending'];
const SHARED_PARAMS = ['format', 'attachments'];
const ALL_PARAMS = new Set(['statementId', 'voidedStatementId', ...LIST_PARAMS, ...SHARED_PARAMS]);

function invalid(parameter: string, reason: string): never {
  throw new AppError('LRS_INVALID_PARAMETER', { parameter, reason });
}

function parseBoolean(value: string | undefined, parameter: string): boolean {
  if (value === undefined) return false;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return invalid(parameter, 'must be true or false');
}

function parseTime(value: string | undefined, parameter: string): Date | undefined {
  if (value === undefined) return undefined;
  const instant = parseTimestamp(value);
  if (instant === undefined) invalid(parameter, 'must be an ISO 8601 timestamp');
  return new Date(instant);
}

export function parseFormat(value: string | undefined): StatementFormat {
  if (value === undefined) return 'exact';
  if (value === 'exact' || value === 'ids' || value === 'canonical') return value;
  return invalid('format', 'must be exact, ids or canonical');
}

/** The `agent` parameter: a JSON Agent or identified Group; returns its key. */
export function parseAgentParameter(value: string | undefined, parameter = 'agent'): { key: string; agent: Json } {
  if (value === undefined) invalid(parameter, 'is required');
  const agent = parseJson(value);
  if (agent === undefined) invalid(parameter, 'must be JSON');
  try {
    validateActor(agent, parameter);
  } catch {
    invalid(parameter, 'must be a valid Agent or Group');
  }
  return { key: agentKey(agent), agent };
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 100;
  if (!/^\d+$/.test(value)) invalid('limit', 'must be a non-negative integer');
  const limit = Number(value);
  return limit === 0 || limit > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : limit;
}

function parseFilter(params: Record<string, string>): StatementFilter {
  const filter: StatementFilter = {
    isRelatedActivities: parseBoolean(params.related_activities, 'related_activities'),
    isRelatedAgents: parseBoolean(params.related_agents, 'related_agents'),
  };
  if (params.agent !== undefined) {
    const { key, agent } = parseAgentParameter(params.agent);
    filter.agentKey = key;
    filter.agent = agent;
  }
  if (params.verb !== undefined) filter.verbId = isIri(params.verb) ? params.verb : invalid('verb', 'must be an IRI');
  if (params.activity !== undefined) filter.activityId = isIri(params.activity) ? params.activity : invalid('activity', 'must be an IRI');
  if (params.registration !== undefined) {
    filter.registration = isUuid(params.registration) ? params.registration.toLowerCase() : invalid('registration', 'must be a UUID');
  }
  const since = parseTime(params.since, 'since');
  const until = parseTime(params.until, 'until');
  if (since) filter.since = since;
  if (until) filter.until = until;
  return filter;
}

/** Reads the query parameters of GET /statements (Communication §2.1.3). */
export function parseStatementQuery(params: Record<string, string>): StatementQuery {
  for (const name of Object.keys(params)) if (!ALL_PARAMS.has(name)) invalid(name, 'is not a parameter of this resource');
  const format = parseFormat(params.format);
  const isAttachments = parseBoolean(params.attachments, 'attachments');
  const single = params.statementId ?? params.voidedStatementId;
  if (single !== undefined) {
    if (params.statementId !== undefined && params.voidedStatementId !== undefined) invalid('statementId', 'cannot be combined with voidedStatementId');
    const extra = Object.keys(params).find((name) => LIST_PARAMS.includes(name));
    if (extra) invalid(extra, 'cannot be combined with statementId or voidedStatementId');
    if (!isUuid(single)) invalid(params.statementId !== undefined ? 'statementId' : 'voidedStatementId', 'must be a UUID');
    return { kind: 'single', id: single.toLowerCase(), isVoided: params.voidedStatementId !== undefined, format, isAttachments };
  }
  return {
    kind: 'list',
    filter: parseFilter(params),
    limit: parseLimit(params.limit),
    isAscending: parseBoolean(params.ascending, 'ascending'),
    format,
    isAttachments,
  };
}
