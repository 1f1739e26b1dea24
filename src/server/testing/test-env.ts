// Test-only environment switches. Tests, not the product, read these.
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;
export const isCi = process.env.CI === 'true';
export const sharedDataDir: string = process.env.LUBAN_SHARED_DATA ?? new URL('../../../../shared/data', import.meta.url).pathname;

/** In CI every tier must run: a missing prerequisite fails instead of skipping. */
export function requireInCi(isAvailable: boolean, what: string): boolean {
  if (!isAvailable && isCi) throw new Error(`CI=true but ${what} is not available: this tier must run in CI`);
  return isAvailable;
}
