import { IFI_KEYS } from './validate-agent.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';

export type StatementFormat = 'exact' | 'ids' | 'canonical';

/** A statement as the LRS keeps it: the received JSON plus what the LRS assigned. */
export type StoredStatement = {
  id: string;
  payload: JsonObject;
  authority: JsonObject;
  stored: Date;
  /** The version set when the statement carried none (from the request's xAPI version). */
  version: string;
};

function mapObject(object: JsonObject, transform: (key: string, value: Json) => Json | undefined): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    const next = transform(key, value);
    if (next !== undefined) result[key] = next;
  }
  return result;
}

/** Context activities are always returned as arrays, even when one was sent as an object. */
function normalizeContext(context: Json): Json {
  if (!isJsonObject(context) || !isJsonObject(context.contextActivities)) return context;
  const activities = mapObject(context.contextActivities, (_key, value) => (Array.isArray(value) ? value : [value]));
  return { ...context, contextActivities: activities };
}

function normalizeStatement(statement: JsonObject): JsonObject {
  const result = { ...statement };
  if (result.context !== undefined) result.context = normalizeContext(result.context);
  if (isJsonObject(result.object) && result.object.objectType === 'SubStatement' && result.object.context !== undefined) {
    result.object = { ...result.object, context: normalizeContext(result.object.context) };
  }
  return result;
}

function idsOfAgent(agent: Json): Json {
  if (!isJsonObject(agent)) return agent;
  const result: JsonObject = {};
  if (agent.objectType !== undefined) result.objectType = agent.objectType;
  for (const key of IFI_KEYS) if (agent[key] !== undefined) result[key] = agent[key] as Json;
  const hasIfi = IFI_KEYS.some((key) => agent[key] !== undefined);
  if (!hasIfi && Array.isArray(agent.member)) result.member = agent.member.map(idsOfAgent);
  return result;
}

function idsOfObject(object: Json): Json {
  if (!isJsonObject(object)) return object;
  const type = object.objectType ?? 'Activity';
  if (type === 'Activity') return { id: object.id ?? null };
  if (type === 'Agent' || type === 'Group') return idsOfAgent(object);
  if (type === 'SubStatement') return idsOfStatement(object);
  return object;
}

function idsOfContext(context: Json): Json {
  if (!isJsonObject(context)) return context;
  return mapObject(context, (key, value) => {
    if (key === 'instructor' || key === 'team') return idsOfAgent(value);
    if (key === 'contextActivities' && isJsonObject(value)) {
      return mapObject(value, (_kind, list) => (Array.isArray(list) ? list.map(idsOfObject) : idsOfObject(list)));
    }
    if ((key === 'contextAgents' || key === 'contextGroups') && Array.isArray(value)) {
      return value.map((entry) => (isJsonObject(entry) ? mapObject(entry, (k, v) => (k === 'agent' || k === 'group' ? idsOfAgent(v) : v)) : entry));
    }
    return value;
  });
}

/** format=ids: only what identifies Agents, Groups, Activities and Verbs. */
function idsOfStatement(statement: JsonObject): JsonObject {
  return mapObject(statement, (key, value) => {
    if (key === 'actor' || key === 'authority') return idsOfAgent(value);
    if (key === 'verb') return isJsonObject(value) ? { id: value.id ?? null } : value;
    if (key === 'object') return idsOfObject(value);
    if (key === 'context') return idsOfContext(value);
    return value;
  });
}

/** Picks the one entry of a language map the caller prefers (Accept-Language order). */
export function pickLanguage(map: JsonObject, languages: readonly string[]): JsonObject {
  const tags = Object.keys(map);
  for (const wanted of languages) {
    const lower = wanted.toLowerCase();
    const match =
      tags.find((tag) => tag.toLowerCase() === lower) ??
      tags.find((tag) => tag.toLowerCase().split('-')[0] === lower.split('-')[0]);
    if (match !== undefined) return { [match]: map[match] ?? '' };
  }
  const first = tags[0];
  return first === undefined ? {} : { [first]: map[first] ?? '' };
}

const LANGUAGE_MAP_KEYS = new Set(['display', 'name', 'description']);

/** format=canonical: every language map reduced to the caller's language. */
function canonicalize(value: Json, languages: readonly string[], key = ''): Json {
  if (Array.isArray(value)) return value.map((item) => canonicalize(item, languages));
  if (!isJsonObject(value)) return value;
  if (LANGUAGE_MAP_KEYS.has(key) && Object.values(value).every((v) => typeof v === 'string')) return pickLanguage(value, languages);
  return mapObject(value, (childKey, child) => (childKey === 'extensions' ? child : canonicalize(child, languages, childKey)));
}

/** The statement as returned by GET /statements in the requested format. */
export function presentStatement(statement: StoredStatement, format: StatementFormat, languages: readonly string[]): JsonObject {
  const stored = statement.stored.toISOString();
  const { payload } = statement;
  const complete = normalizeStatement({
    id: statement.id,
    ...payload,
    timestamp: payload.timestamp ?? stored,
    stored,
    authority: statement.authority,
    version: payload.version ?? statement.version,
  });
  complete.id = statement.id;
  if (format === 'ids') return idsOfStatement(complete);
  if (format === 'canonical') return canonicalize(complete, languages) as JsonObject;
  return complete;
}
