import { AppError } from '../../../platform/errors/app-error.js';
import { isIri, isLanguageTag } from './formats.js';
import { hasKey, isJsonObject, type Json, type JsonObject } from './json.js';

/** The two xAPI versions this LRS speaks; the request header picks one. */
export type XapiVersion = '1.0.3' | '2.0.0';

/** Rules differ slightly between versions (context agents and groups exist only in 2.0). */
export type ValidationContext = { version: XapiVersion };

/** Rejects the statement (400 Bad Request) naming where and why. */
export function fail(path: string, reason: string): never {
  throw new AppError('LRS_INVALID_STATEMENT', { reason: `${path}: ${reason}` });
}

/**
 * An object with only the allowed keys and no null values: xAPI rejects nulls everywhere
 * except inside extensions, and keys are case-sensitive.
 */
export function expectObject(value: Json | undefined, path: string, allowed: readonly string[]): JsonObject {
  if (!isJsonObject(value)) fail(path, 'must be a JSON object');
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(path, `unexpected property "${key}"`);
    if (value[key] === null) fail(`${path}.${key}`, 'must not be null');
  }
  return value;
}

export function requireKeys(object: JsonObject, path: string, keys: readonly string[]): void {
  for (const key of keys) if (!hasKey(object, key)) fail(path, `"${key}" is required`);
}

export function expectString(value: Json | undefined, path: string): string {
  if (typeof value !== 'string') fail(path, 'must be a string');
  return value;
}

export function expectBoolean(value: Json | undefined, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'must be a boolean');
  return value;
}

export function expectNumber(value: Json | undefined, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a number');
  return value;
}

export function expectArray(value: Json | undefined, path: string): Json[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

export function expectIri(value: Json | undefined, path: string): string {
  if (!isIri(value)) fail(path, 'must be an IRI with a scheme');
  return value;
}

/** A language map: RFC 5646 tags to strings. */
export function validateLanguageMap(value: Json | undefined, path: string): void {
  if (!isJsonObject(value)) fail(path, 'must be a language map (object)');
  for (const [tag, text] of Object.entries(value)) {
    if (!isLanguageTag(tag)) fail(path, `"${tag}" is not an RFC 5646 language tag`);
    if (typeof text !== 'string') fail(`${path}.${tag}`, 'must be a string');
  }
}

/** Extensions: keys are IRIs; values are any JSON, null included. */
export function validateExtensions(value: Json | undefined, path: string): void {
  if (!isJsonObject(value)) fail(path, 'must be an object');
  for (const key of Object.keys(value)) if (!isIri(key)) fail(path, `extension key "${key}" is not an IRI`);
}

/** Validates `object[key]` with `check` when the key is present. */
export function optional(object: JsonObject, key: string, check: (value: Json, path: string) => void, path: string): void {
  const value = object[key];
  if (value !== undefined) check(value, `${path}.${key}`);
}
