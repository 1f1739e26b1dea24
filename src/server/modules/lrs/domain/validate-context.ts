import { isLanguageTag, isUuid } from './formats.js';
import type { Json, JsonObject } from './json.js';
import { validateActivity } from './validate-activity.js';
import { validateActor, validateAgent, validateGroup } from './validate-agent.js';
import {
  expectArray,
  expectIri,
  expectObject,
  expectString,
  fail,
  optional,
  requireKeys,
  validateExtensions,
  type ValidationContext,
} from './validation.js';

const CONTEXT_KEYS_1_0 = ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions'];
const CONTEXT_KEYS_2_0 = [...CONTEXT_KEYS_1_0, 'contextAgents', 'contextGroups'];
const CONTEXT_ACTIVITY_KINDS = ['parent', 'grouping', 'category', 'other'];

export function validateStatementRef(value: Json, path: string): void {
  const ref = expectObject(value, path, ['objectType', 'id']);
  if (ref.objectType !== 'StatementRef') fail(`${path}.objectType`, 'must be "StatementRef"');
  if (!isUuid(ref.id)) fail(`${path}.id`, 'must be a UUID');
}

function validateContextActivities(value: Json, path: string): void {
  const activities = expectObject(value, path, CONTEXT_ACTIVITY_KINDS);
  for (const [kind, entry] of Object.entries(activities)) {
    const list = Array.isArray(entry) ? entry : [entry];
    list.forEach((activity, index) => validateActivity(activity, `${path}.${kind}[${index}]`));
  }
}

function validateRelevantTypes(entry: JsonObject, path: string): void {
  if (entry.relevantTypes === undefined) return;
  const types = expectArray(entry.relevantTypes, `${path}.relevantTypes`);
  if (types.length === 0) fail(`${path}.relevantTypes`, 'must not be empty');
  types.forEach((type, index) => expectIri(type, `${path}.relevantTypes[${index}]`));
}

/** xAPI 2.0 contextAgents / contextGroups: typed wrappers around an Agent or a Group. */
function validateContextActors(value: Json, path: string, kind: 'contextAgent' | 'contextGroup'): void {
  const member = kind === 'contextAgent' ? 'agent' : 'group';
  expectArray(value, path).forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    const entry = expectObject(item, itemPath, ['objectType', member, 'relevantTypes']);
    if (entry.objectType !== kind) fail(`${itemPath}.objectType`, `must be "${kind}"`);
    requireKeys(entry, itemPath, [member]);
    const actor = entry[member];
    if (actor === undefined) fail(itemPath, `"${member}" is required`);
    if (kind === 'contextAgent') validateAgent(actor, `${itemPath}.agent`);
    else validateGroup(actor, `${itemPath}.group`);
    validateRelevantTypes(entry, itemPath);
  });
}

/** Context: revision and platform only describe Activities, so other objects may not carry them. */
export function validateContext(value: Json, path: string, objectType: string, context: ValidationContext): void {
  const allowed = context.version === '2.0.0' ? CONTEXT_KEYS_2_0 : CONTEXT_KEYS_1_0;
  const ctx = expectObject(value, path, allowed);
  if (ctx.registration !== undefined && !isUuid(ctx.registration)) fail(`${path}.registration`, 'must be a UUID');
  optional(ctx, 'instructor', (v, p) => validateActor(v, p), path);
  optional(ctx, 'team', (v, p) => validateGroup(v, p), path);
  optional(ctx, 'contextActivities', validateContextActivities, path);
  for (const key of ['revision', 'platform'] as const) {
    if (ctx[key] === undefined) continue;
    expectString(ctx[key], `${path}.${key}`);
    if (objectType !== 'Activity') fail(`${path}.${key}`, 'is allowed only when the object is an Activity');
  }
  if (ctx.language !== undefined && !isLanguageTag(ctx.language)) fail(`${path}.language`, 'must be an RFC 5646 language tag');
  optional(ctx, 'statement', validateStatementRef, path);
  optional(ctx, 'extensions', validateExtensions, path);
  optional(ctx, 'contextAgents', (v, p) => validateContextActors(v, p, 'contextAgent'), path);
  optional(ctx, 'contextGroups', (v, p) => validateContextActors(v, p, 'contextGroup'), path);
}
