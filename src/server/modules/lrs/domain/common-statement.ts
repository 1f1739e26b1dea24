import type { DefinedActivity } from './activity-merge.js';
import { agentKey } from './agent-key.js';
import { isDuration, isIri, isLanguageTag, isMailto, isSha1, isUuid, parseTimestamp } from './formats.js';
import type { Json, JsonObject } from './json.js';
import type { StatementIndex } from './statement-index.js';
import type { XapiVersion } from './validation.js';

/**
 * The statements nearly every client sends — an Agent actor, an Activity object (without an
 * interaction), a result, a context without agents — checked and indexed in ONE pass, building
 * no path strings and no intermediate objects. Anything outside that shape (Groups,
 * SubStatements, Agent or StatementRef objects, interactions, attachments, instructor, team,
 * context agents and groups, authority, the voiding verb) and anything invalid gives
 * `undefined`: the generic validator (validate-statement.ts) then decides, and names the error.
 * So this only ever accepts what validateStatement accepts, and returns what indexStatement
 * and definedActivities return (common-statement.test.ts checks both).
 */
export type CommonStatement = {
  index: StatementIndex;
  /** The activities with a definition, in the order definedActivities lists them; null when none. */
  definitions: DefinedActivity[] | null;
};

const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLanguageMap(value: Json | undefined): boolean {
  if (!isObject(value)) return false;
  for (const tag in value) if (typeof value[tag] !== 'string' || !isLanguageTag(tag)) return false;
  return true;
}

/** Extensions: IRI keys, any value (null included). */
function isExtensions(value: Json | undefined): boolean {
  if (!isObject(value)) return false;
  for (const key in value) if (!isIri(key)) return false;
  return true;
}

function isAccount(value: Json | undefined): boolean {
  if (!isObject(value)) return false;
  let count = 0;
  for (const key in value) {
    if (key === 'homePage') {
      if (!isIri(value.homePage)) return false;
    } else if (key === 'name') {
      if (typeof value.name !== 'string') return false;
    } else return false;
    count += 1;
  }
  return count === 2;
}

/** An Agent with objectType absent or "Agent", exactly one IFI, all valid. */
function isCommonAgent(value: Json | undefined): value is JsonObject {
  if (!isObject(value)) return false;
  let ifis = 0;
  for (const key in value) {
    const item = value[key];
    switch (key) {
      case 'objectType':
        if (item !== 'Agent') return false;
        break;
      case 'name':
        if (typeof item !== 'string') return false;
        break;
      case 'mbox':
        if (!isMailto(item)) return false;
        ifis += 1;
        break;
      case 'mbox_sha1sum':
        if (!isSha1(item)) return false;
        ifis += 1;
        break;
      case 'openid':
        if (!isIri(item)) return false;
        ifis += 1;
        break;
      case 'account':
        if (!isAccount(item)) return false;
        ifis += 1;
        break;
      default:
        return false;
    }
  }
  return ifis === 1;
}

/** An activity definition without interaction properties. */
function isCommonDefinition(value: Json | undefined): value is JsonObject {
  if (!isObject(value)) return false;
  for (const key in value) {
    const item = value[key];
    switch (key) {
      case 'name':
      case 'description':
        if (!isLanguageMap(item)) return false;
        break;
      case 'type':
      case 'moreInfo':
        if (!isIri(item)) return false;
        break;
      case 'extensions':
        if (!isExtensions(item)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Collects what one pass learns about the activities of a statement. */
type Activities = { ids: string[]; definitions: DefinedActivity[] | null };

/** An Activity (objectType absent or "Activity", an IRI id); its id is returned, its definition noted. */
function readActivity(value: Json | undefined, found: Activities): string | undefined {
  if (!isObject(value)) return undefined;
  let id: string | undefined;
  let definition: JsonObject | undefined;
  for (const key in value) {
    const item = value[key];
    if (key === 'objectType') {
      if (item !== 'Activity') return undefined;
    } else if (key === 'id') {
      if (!isIri(item)) return undefined;
      id = item;
    } else if (key === 'definition') {
      if (!isCommonDefinition(item)) return undefined;
      definition = item;
    } else return undefined;
  }
  if (id === undefined) return undefined;
  if (definition !== undefined) (found.definitions ??= []).push({ id, definition });
  return id;
}

function isScore(value: Json | undefined): boolean {
  if (!isObject(value)) return false;
  for (const key in value) {
    if (key !== 'scaled' && key !== 'raw' && key !== 'min' && key !== 'max') return false;
    const item = value[key];
    if (typeof item !== 'number' || !Number.isFinite(item)) return false;
  }
  const { scaled, raw, min, max } = value as { scaled?: number; raw?: number; min?: number; max?: number };
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) return false;
  if (min !== undefined && max !== undefined && min >= max) return false;
  if (raw !== undefined && min !== undefined && raw < min) return false;
  return !(raw !== undefined && max !== undefined && raw > max);
}

function isResult(value: Json | undefined): boolean {
  if (!isObject(value)) return false;
  for (const key in value) {
    const item = value[key];
    switch (key) {
      case 'score':
        if (!isScore(item)) return false;
        break;
      case 'success':
      case 'completion':
        if (typeof item !== 'boolean') return false;
        break;
      case 'response':
        if (typeof item !== 'string') return false;
        break;
      case 'duration':
        if (!isDuration(item)) return false;
        break;
      case 'extensions':
        if (!isExtensions(item)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function readContextActivities(value: Json | undefined, found: Activities): boolean {
  if (!isObject(value)) return false;
  for (const kind in value) {
    if (kind !== 'parent' && kind !== 'grouping' && kind !== 'category' && kind !== 'other') return false;
    const entry = value[kind];
    if (Array.isArray(entry)) {
      for (const activity of entry) {
        const id = readActivity(activity, found);
        if (id === undefined) return false;
        found.ids.push(id);
      }
    } else {
      const id = readActivity(entry, found);
      if (id === undefined) return false;
      found.ids.push(id);
    }
  }
  return true;
}

function isStatementRef(value: Json | undefined): boolean {
  if (!isObject(value)) return false;
  let isTyped = false;
  for (const key in value) {
    if (key === 'objectType') {
      if (value.objectType !== 'StatementRef') return false;
      isTyped = true;
    } else if (key === 'id') {
      if (!isUuid(value.id)) return false;
    } else return false;
  }
  return isTyped && isUuid(value.id);
}

/** A context without instructor, team or context agents: its registration (lower case, null when none), undefined when not common. */
function readContext(value: Json | undefined, found: Activities): string | null | undefined {
  if (!isObject(value)) return undefined;
  let registration: string | null = null;
  for (const key in value) {
    const item = value[key];
    switch (key) {
      case 'registration':
        if (!isUuid(item)) return undefined;
        registration = item.toLowerCase();
        break;
      case 'contextActivities':
        if (!readContextActivities(item, found)) return undefined;
        break;
      case 'revision':
      case 'platform':
        if (typeof item !== 'string') return undefined;
        break;
      case 'language':
        if (!isLanguageTag(item)) return undefined;
        break;
      case 'statement':
        if (!isStatementRef(item)) return undefined;
        break;
      case 'extensions':
        if (!isExtensions(item)) return undefined;
        break;
      default:
        return undefined;
    }
  }
  return registration;
}

function isTimestamp(value: Json | undefined): boolean {
  return parseTimestamp(value) !== undefined;
}

function isVersion(value: Json | undefined, version: XapiVersion): boolean {
  if (typeof value !== 'string') return false;
  return /^1\.0(\.\d+)?$/.test(value) || (version === '2.0.0' && /^2\.0(\.\d+)?$/.test(value));
}

function relatedActivitiesOf(ids: string[], activityId: string): string[] | null {
  let related: string[] | null = null;
  for (const id of ids) {
    if (id === activityId || related?.includes(id)) continue;
    (related ??= []).push(id);
  }
  return related;
}

/** See CommonStatement. `version` is the request's xAPI version. */
export function readCommonStatement(value: Json, version: XapiVersion): CommonStatement | undefined {
  if (!isObject(value)) return undefined;
  let actor: JsonObject | undefined;
  let verbId: string | undefined;
  let registration: string | null = null;
  const found: Activities = { ids: [], definitions: null };
  // the object's activity is read before the context's, as definedActivities lists them
  const activityId = readActivity(value.object, found);
  if (activityId === undefined) return undefined;
  for (const key in value) {
    const item = value[key];
    switch (key) {
      case 'id':
        if (!isUuid(item)) return undefined;
        break;
      case 'actor':
        if (!isCommonAgent(item)) return undefined;
        actor = item;
        break;
      case 'verb': {
        if (!isObject(item)) return undefined;
        for (const verbKey in item) {
          if (verbKey === 'id') {
            const id = item.id;
            if (!isIri(id) || id === VOIDED_VERB) return undefined;
            verbId = id;
          } else if (verbKey === 'display') {
            if (!isLanguageMap(item.display)) return undefined;
          } else return undefined;
        }
        break;
      }
      case 'object':
        break;
      case 'result':
        if (!isResult(item)) return undefined;
        break;
      case 'context': {
        const read = readContext(item, found);
        if (read === undefined) return undefined;
        registration = read;
        break;
      }
      case 'timestamp':
      case 'stored':
        if (!isTimestamp(item)) return undefined;
        break;
      case 'version':
        if (!isVersion(item, version)) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (actor === undefined || verbId === undefined) return undefined;
  return {
    index: {
      actorKey: agentKey(actor),
      verbId,
      activityId,
      objectAgentKey: null,
      objectRef: null,
      registration,
      relatedActivities: relatedActivitiesOf(found.ids, activityId),
      relatedAgents: null,
      isVoiding: false,
    },
    definitions: found.definitions,
  };
}
