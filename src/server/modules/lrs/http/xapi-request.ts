import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/errors/app-error.js';
import type { XapiVersion } from '../domain/validation.js';

export type XapiMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';

/** A request after alternate-syntax unwrapping: what every xAPI handler works from. */
export type RawXapiRequest = {
  method: XapiMethod;
  params: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: Buffer | undefined;
  contentType: string;
  isAlternate: boolean;
};

const METHODS: readonly XapiMethod[] = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'];
/** Form fields the alternate request syntax treats as headers (Communication §1.3). */
const FORM_HEADERS = ['authorization', 'x-experience-api-version', 'content-type', 'content-length', 'if-match', 'if-none-match'];

function badRequest(reason: string): never {
  throw new AppError('LRS_INVALID_REQUEST', { reason });
}

/** Query parameters; a parameter given twice is ambiguous and refused. */
export function queryParams(url: string): Record<string, string> {
  const search = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (Object.prototype.hasOwnProperty.call(params, name)) throw new AppError('LRS_INVALID_PARAMETER', { parameter: name, reason: 'is given more than once' });
    params[name] = value;
  }
  return params;
}

function headerMap(request: FastifyRequest): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

/**
 * xAPI 1.0.3 alternate request syntax: POST ?method=X with a form carrying headers, the
 * parameters and the content. Nothing else may be in the query string.
 */
function unwrapAlternate(request: FastifyRequest, params: Record<string, string>, headers: Record<string, string | undefined>, body: Buffer | undefined): RawXapiRequest {
  const method = params.method?.toUpperCase();
  if (request.method !== 'POST') badRequest('the alternate request syntax must be sent with POST');
  if (Object.keys(params).length > 1) badRequest('with the alternate request syntax every parameter belongs in the form');
  if (!method || !METHODS.includes(method as XapiMethod)) badRequest(`unknown method ${params.method ?? ''}`);
  if ((headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/x-www-form-urlencoded') {
    badRequest('the alternate request syntax needs an application/x-www-form-urlencoded body');
  }
  const merged: Record<string, string | undefined> = { ...headers, 'content-type': undefined };
  const formParams: Record<string, string> = {};
  let content: Buffer | undefined;
  for (const [name, value] of new URLSearchParams(body?.toString('utf8') ?? '')) {
    const lower = name.toLowerCase();
    if (FORM_HEADERS.includes(lower)) merged[lower] = value;
    else if (name === 'content') content = Buffer.from(value, 'utf8');
    else formParams[name] = value;
  }
  const contentType = merged['content-type'] ?? (content ? 'application/json' : '');
  return { method: method as XapiMethod, params: formParams, headers: { ...merged, 'content-type': contentType }, body: content, contentType, isAlternate: true };
}

export function readRawRequest(request: FastifyRequest): RawXapiRequest {
  const params = queryParams(request.url);
  const headers = headerMap(request);
  const body = Buffer.isBuffer(request.body) ? request.body : undefined;
  if (params.method !== undefined) return unwrapAlternate(request, params, headers, body);
  const method = METHODS.find((m) => m === request.method) ?? badRequest(`method ${request.method} is not supported`);
  return { method, params, headers, body, contentType: headers['content-type'] ?? '', isAlternate: false };
}

/** X-Experience-API-Version: 1.0.x or 2.0.x; anything else (or nothing) is a 400. */
export function negotiateVersion(header: string | undefined): XapiVersion {
  const value = (header ?? '').trim();
  if (/^1\.0(\.\d+)?$/.test(value)) return '1.0.3';
  if (/^2\.0(\.\d+)?$/.test(value)) return '2.0.0';
  throw new AppError('LRS_VERSION_UNSUPPORTED', { version: value });
}

/** Accept-Language as an ordered list of tags (by q value), for format=canonical. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find((v) => v !== undefined);
      return { tag: tag?.trim() ?? '', q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((entry) => entry.tag);
}

export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Rejects parameters the resource does not define (Communication §3.2: unknown or wrongly cased). */
export function allowParams(params: Record<string, string>, allowed: readonly string[]): void {
  for (const name of Object.keys(params)) {
    if (!allowed.includes(name)) throw new AppError('LRS_INVALID_PARAMETER', { parameter: name, reason: 'is not a parameter of this resource' });
  }
}

export function requireParam(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined) throw new AppError('LRS_INVALID_PARAMETER', { parameter: name, reason: 'is required' });
  return value;
}
