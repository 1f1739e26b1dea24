import { isDuration, isIrl, isMediaType, isSha2, isUuid, parseTimestamp } from './formats.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';
import { validateActivity } from './validate-activity.js';
import { validateActor, validateAuthority } from './validate-agent.js';
import { validateContext, validateStatementRef } from './validate-context.js';
import {
  expectArray,
  expectBoolean,
  expectIri,
  expectNumber,
  expectObject,
  expectString,
  fail,
  optional,
  requireKeys,
  validateExtensions,
  validateLanguageMap,
  type ValidationContext,
} from './validation.js';

export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
const SUBSTATEMENT_KEYS = ['objectType', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments'];
const ATTACHMENT_KEYS = ['usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl'];

function validateVerb(value: Json, path: string): string {
  const verb = expectObject(value, path, ['id', 'display']);
  requireKeys(verb, path, ['id']);
  optional(verb, 'display', validateLanguageMap, path);
  return expectIri(verb.id, `${path}.id`);
}

function validateScore(value: Json, path: string): void {
  const score = expectObject(value, path, ['scaled', 'raw', 'min', 'max']);
  const [scaled, raw, min, max] = (['scaled', 'raw', 'min', 'max'] as const).map((key) =>
    score[key] === undefined ? undefined : expectNumber(score[key], `${path}.${key}`),
  );
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) fail(`${path}.scaled`, 'must be between -1 and 1');
  if (min !== undefined && max !== undefined && min >= max) fail(path, 'max must be greater than min');
  if (raw !== undefined && min !== undefined && raw < min) fail(`${path}.raw`, 'must not be below min');
  if (raw !== undefined && max !== undefined && raw > max) fail(`${path}.raw`, 'must not be above max');
}

function validateResult(value: Json, path: string): void {
  const result = expectObject(value, path, ['score', 'success', 'completion', 'response', 'duration', 'extensions']);
  optional(result, 'score', validateScore, path);
  optional(result, 'success', expectBoolean, path);
  optional(result, 'completion', expectBoolean, path);
  optional(result, 'response', expectString, path);
  if (result.duration !== undefined && !isDuration(result.duration)) fail(`${path}.duration`, 'must be an ISO 8601 duration');
  optional(result, 'extensions', validateExtensions, path);
}

function validateAttachments(value: Json, path: string): void {
  expectArray(value, path).forEach((entry, index) => {
    const itemPath = `${path}[${index}]`;
    const attachment = expectObject(entry, itemPath, ATTACHMENT_KEYS);
    requireKeys(attachment, itemPath, ['usageType', 'display', 'contentType', 'length', 'sha2']);
    expectIri(attachment.usageType, `${itemPath}.usageType`);
    validateLanguageMap(attachment.display, `${itemPath}.display`);
    optional(attachment, 'description', validateLanguageMap, itemPath);
    if (!isMediaType(attachment.contentType)) fail(`${itemPath}.contentType`, 'must be an Internet media type');
    const length = expectNumber(attachment.length, `${itemPath}.length`);
    if (!Number.isInteger(length) || length < 0) fail(`${itemPath}.length`, 'must be a non-negative integer');
    if (!isSha2(attachment.sha2)) fail(`${itemPath}.sha2`, 'must be a SHA-2 hex digest');
    if (attachment.fileUrl !== undefined && !isIrl(attachment.fileUrl)) fail(`${itemPath}.fileUrl`, 'must be an IRL');
  });
}

function validateTimestamp(value: Json, path: string): void {
  if (parseTimestamp(value) === undefined) fail(path, 'must be an ISO 8601 timestamp with a valid offset');
}

/** The object of a statement; returns its objectType (Activity when absent). */
function validateObject(value: Json, path: string, context: ValidationContext, isNested: boolean): string {
  if (!isJsonObject(value)) fail(path, 'must be a JSON object');
  const objectType = value.objectType ?? 'Activity';
  switch (objectType) {
    case 'Activity':
      validateActivity(value, path);
      break;
    case 'Agent':
    case 'Group':
      validateActor(value, path, true);
      break;
    case 'StatementRef':
      validateStatementRef(value, path);
      break;
    case 'SubStatement':
      if (isNested) fail(path, 'a SubStatement cannot contain another SubStatement');
      validateSubStatement(value, path, context);
      break;
    default:
      fail(`${path}.objectType`, 'must be Activity, Agent, Group, StatementRef or SubStatement');
  }
  return objectType;
}

/** The parts a Statement and a SubStatement share. */
function validateCore(statement: JsonObject, path: string, context: ValidationContext, isNested: boolean): void {
  requireKeys(statement, path, ['actor', 'verb', 'object']);
  validateActor(statement.actor ?? null, `${path}.actor`);
  const verbId = validateVerb(statement.verb ?? null, `${path}.verb`);
  const objectType = validateObject(statement.object ?? null, `${path}.object`, context, isNested);
  if (verbId === VOIDED_VERB && objectType !== 'StatementRef') fail(`${path}.object`, 'a voiding statement must target a StatementRef');
  optional(statement, 'result', validateResult, path);
  optional(statement, 'context', (v, p) => validateContext(v, p, objectType, context), path);
  optional(statement, 'timestamp', validateTimestamp, path);
  optional(statement, 'attachments', validateAttachments, path);
}

function validateSubStatement(value: JsonObject, path: string, context: ValidationContext): void {
  const sub = expectObject(value, path, SUBSTATEMENT_KEYS);
  validateCore(sub, path, context, true);
}

function validateVersion(value: Json, path: string, context: ValidationContext): void {
  const version = expectString(value, path);
  const isAccepted = /^1\.0(\.\d+)?$/.test(version) || (context.version === '2.0.0' && /^2\.0(\.\d+)?$/.test(version));
  if (!isAccepted) fail(path, `version ${version} is not supported`);
}

/**
 * Checks one statement against the xAPI data model. Throws LRS_INVALID_STATEMENT (400) at the
 * first violation; returns the statement typed as an object when it is valid.
 */
export function validateStatement(value: Json, context: ValidationContext, path = 'statement'): JsonObject {
  const statement = expectObject(value, path, STATEMENT_KEYS);
  if (statement.id !== undefined && !isUuid(statement.id)) fail(`${path}.id`, 'must be a UUID');
  validateCore(statement, path, context, false);
  optional(statement, 'stored', validateTimestamp, path);
  optional(statement, 'authority', validateAuthority, path);
  optional(statement, 'version', (v, p) => validateVersion(v, p, context), path);
  return statement;
}
