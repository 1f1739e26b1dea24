/**
 * The value formats xAPI requires (IEEE 9274.1.1 §4.2.7 / xAPI 1.0.3 Data §4): IRIs, UUIDs,
 * RFC 5646 language tags, ISO 8601 durations and timestamps, mailto IRIs, SHA hashes.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// RFC 3987: a scheme, then no whitespace, control characters or characters IRIs exclude
// (statements.repository.ts relies on IRIs never holding U+001E or U+001F)
// eslint-disable-next-line no-control-regex
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s\u0000-\u001f\u007f<>"{}|\\^`]*$/;
const SHA1 = /^[0-9a-f]{40}$/i;
const SHA2 = /^(?:[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
// PnW stands alone; otherwise years, months, days and a time part, at least one component
const DURATION = /^P(?:\d+W|(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?)$/;
const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(\s*;.*)?$/;

// RFC 5646 langtag, plus private use and the grandfathered tags
const LANGUAGE =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wy-z](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+|en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang)$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function isIri(value: unknown): value is string {
  return typeof value === 'string' && IRI.test(value);
}

/** An IRL is an IRI that locates something; we accept any absolute IRI. */
export const isIrl = isIri;

export function isSha1(value: unknown): value is string {
  return typeof value === 'string' && SHA1.test(value);
}

export function isSha2(value: unknown): value is string {
  return typeof value === 'string' && SHA2.test(value);
}

export function isMailto(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('mailto:') && EMAIL.test(value.slice(7));
}

export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && DURATION.test(value);
}

export function isMediaType(value: unknown): value is string {
  return typeof value === 'string' && MEDIA_TYPE.test(value);
}

/** Tags seen so far and whether they are valid: statements repeat a handful of tags. */
const knownTags = new Map<string, boolean>();
const MAX_KNOWN_TAGS = 1000;

export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const known = knownTags.get(value);
  if (known !== undefined) return known;
  const isValid = checkLanguageTag(value);
  if (knownTags.size >= MAX_KNOWN_TAGS) knownTags.clear();
  knownTags.set(value, isValid);
  return isValid;
}

function checkLanguageTag(value: string): boolean {
  if (!LANGUAGE.test(value)) return false;
  // an extension singleton (a one-letter subtag other than x) may appear only once
  const parts = value.toLowerCase().split('-');
  const privateUse = parts.indexOf('x');
  const singletons = (privateUse >= 0 ? parts.slice(0, privateUse) : parts).slice(1).filter((p) => p.length === 1);
  return new Set(singletons).size === singletons.length;
}

/**
 * Truncates the seconds of a duration to hundredths: xAPI compares durations only to 0.01 s
 * and allows the LRS to truncate (never round) extra precision.
 */
export function truncateDuration(value: string): string {
  return value.replace(/(\d+)\.(\d{1,2})\d*S$/, '$1.$2S');
}

const TIMESTAMP_EXTENDED =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const TIMESTAMP_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?:\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  // "-00:00" means "offset unknown" (RFC 3339 §4.3); xAPI rejects it
  if (sign === -1 && hours === 0 && minutes === 0) return undefined;
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/**
 * Parses an ISO 8601 combined date and time (extended or basic format; RFC 3339 is a profile of
 * it). A missing zone is read as UTC. Returns the instant in milliseconds, or undefined.
 */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = TIMESTAMP_EXTENDED.exec(value) ?? TIMESTAMP_BASIC.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i]));
  const second = Number(match[6] ?? '0');
  const fraction = Number(`0.${match[7] ?? '0'}`);
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const offset = offsetMinutes(match[8]);
  if (offset === undefined) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) + Math.floor(fraction * 1000);
  return utc - offset * 60_000;
}
