import type { Json } from '../domain/json.js';
import type { XapiVersion } from '../domain/validation.js';
import type { LrsPrincipal } from '../use-cases/lrs-deps.js';
import type { RawXapiRequest } from './xapi-request.js';

/** An authenticated, version-negotiated xAPI request. */
export type XapiContext = RawXapiRequest & {
  version: XapiVersion;
  principal: LrsPrincipal;
  languages: string[];
  /** Where the LRS is mounted, e.g. `/xapi` (for `more` links). */
  basePath: string;
};

export type XapiResponse = { status: number; headers?: Record<string, string>; body?: Buffer | Json };

/** RFC 7231 HTTP-date, for Last-Modified. */
export function httpDate(date: Date): string {
  return date.toUTCString();
}
