import { problemSchema, type Problem } from '../../shared/contracts/platform/common.js';

/** A failed API call: the RFC 9457 problem when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, fallbackMessage: string) {
    super(problem?.detail ?? fallbackMessage);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): string | null {
    return this.problem?.code ?? null;
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type ApiRequestOptions = {
  method?: HttpMethod;
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
  signal?: AbortSignal;
};

type UnauthorizedHandler = () => void;

const CSRF_COOKIE = 'luban_csrf';
const AUTH_PATHS_WITHOUT_REDIRECT = ['/api/v1/auth/me', '/api/v1/auth/login'];

let csrfToken: string | null = null;
let currentLanguage = 'zh-CN';
let onUnauthorized: UnauthorizedHandler | null = null;

/** Remember the CSRF token from the last `Me` so writes can send it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The language every request announces in `Accept-Language`. */
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

/** Called when any request other than the session probe gets a 401. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [rawKey, ...rest] = part.trim().split('=');
    if (rawKey === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function buildUrl(path: string, query: ApiRequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The one way the web talks to the server: same-origin cookies, the CSRF
 * header on writes, `Accept-Language`, and problem+json turned into `ApiError`.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    // The cookie first: another tab may have signed in again and rotated the token since our last `Me`.
    const token = readCookie(CSRF_COOKIE) ?? csrfToken;
    if (token) headers['X-CSRF-Token'] = token;
  }

  const response = await fetch(buildUrl(path, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !AUTH_PATHS_WITHOUT_REDIRECT.includes(path)) {
      onUnauthorized?.();
    }
    throw new ApiError(response.status, problem, `${response.status} ${response.statusText}`);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
