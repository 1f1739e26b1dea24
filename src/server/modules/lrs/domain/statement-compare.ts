import { parseTimestamp, truncateDuration } from './formats.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';

/** Properties the LRS assigns or that xAPI excludes from statement immutability. */
const IGNORED_TOP_LEVEL = new Set(['id', 'authority', 'stored', 'version', 'attachments']);

function stableStringify(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (!isJsonObject(value)) return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(value[key] ?? null)}`).join(',')}}`;
}

function normalize(value: Json, key: string): Json {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize(item, ''));
    // the members of a Group are an unordered list
    return key === 'member' ? items.sort((a, b) => stableStringify(a).localeCompare(stableStringify(b))) : items;
  }
  if (typeof value === 'string') {
    if (key === 'duration') return truncateDuration(value);
    if (key === 'timestamp') return parseTimestamp(value) ?? value;
    return value;
  }
  if (!isJsonObject(value)) return value;
  const result: JsonObject = {};
  for (const [childKey, child] of Object.entries(value)) {
    if (key === 'extensions') {
      result[childKey] = child;
      continue;
    }
    // a single context activity means the same as a list of one
    const isContextActivityKind = key === 'contextActivities';
    result[childKey] = normalize(isContextActivityKind && !Array.isArray(child) ? [child] : child, childKey);
  }
  if (key === 'verb') delete result.display;
  if (key === 'object' && result.objectType === undefined && typeof result.id === 'string') result.objectType = 'Activity';
  if ((key === 'actor' || key === 'instructor') && result.objectType === undefined) result.objectType = 'Agent';
  return result;
}

/** The statement reduced to what xAPI considers its immutable content. */
export function comparableStatement(statement: JsonObject): string {
  const reduced: JsonObject = {};
  for (const [key, value] of Object.entries(statement)) if (!IGNORED_TOP_LEVEL.has(key)) reduced[key] = value;
  return stableStringify(normalize(reduced, ''));
}

/**
 * Do two statements say the same thing? Ignores what the LRS assigns (id, authority, stored,
 * version), attachments, verb display, timestamp serialisation, member order and duration
 * precision beyond 0.01 s — the exceptions of xAPI's statement immutability rules.
 */
export function isSameStatement(a: JsonObject, b: JsonObject): boolean {
  return comparableStatement(a) === comparableStatement(b);
}
