/** A locale's message template: `{name}` placeholders are filled from the error's params. */
export type ErrorMessages = { en: string; 'zh-CN': string };

export type ErrorDefinition = {
  /** HTTP status the edge maps this code to (the only place HTTP is mentioned). */
  status: number;
  messages: ErrorMessages;
};

export type ErrorCatalog = Record<string, ErrorDefinition>;

/** Declares a module's error codes; the edge merges every catalog into one map. */
export function defineErrors<const T extends ErrorCatalog>(catalog: T): T {
  return catalog;
}

export type FieldIssue = { field: string; code: string; params?: Record<string, string | number> };

/**
 * A domain error: a stable code plus the values its message needs. Thrown by
 * domain rules and use cases; mapped once to problem+json at the HTTP edge.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldIssues: FieldIssue[] = [],
  ) {
    super(`${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
