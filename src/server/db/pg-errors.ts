/**
 * PostgreSQL error codes the application reacts to (both engines report them the same way).
 * Drivers and Drizzle wrap the database error, so the cause chain is searched.
 */
function hasCode(error: unknown, code: string): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if ('code' in cause && cause.code === code) return true;
  }
  return false;
}

/** A unique index refused the row (`23505`): two writers raced past the same existence check. */
export const isUniqueViolation = (error: unknown): boolean => hasCode(error, '23505');
