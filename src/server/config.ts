import path from 'node:path';
import { z } from 'zod';

/**
 * The only file that reads `process.env`. Everything else receives a `Config`.
 * Every invalid variable is named in one error so an operator fixes them all at once.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  LUBAN_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LUBAN_MODE: z.enum(['demo', 'production']).default('demo'),
  LUBAN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LUBAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LUBAN_WEB_DIR: z.string().min(1).optional(),
  LUBAN_SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  LUBAN_FILES_DIR: z.string().min(1).optional(),
  /** Public figures (and dashboard "insufficient" marks) need at least this many in the denominator; default 30. */
  LUBAN_PUBLIC_MIN_COUNT: z.coerce.number().int().min(1).max(10_000).optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  mode: 'demo' | 'production';
  secret: string;
  /** true when the secret was generated for this data directory rather than supplied */
  isSecretGenerated: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  webDir: string;
  secureCookies: boolean;
  /** Uploaded learning-resource files (local-disk store); default `<dataDir>/files`. */
  filesDir: string;
  /** Minimum count below which a rate is suppressed publicly and marked insufficient on dashboards (default 30). */
  publicMinCount?: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type SecretSource = (dataDir: string) => string;

/**
 * Parses the environment once. `loadGeneratedSecret` supplies a per-data-directory
 * secret in demo mode; production must be given `LUBAN_SECRET` explicitly.
 */
export function parseConfig(
  env: Record<string, string | undefined>,
  loadGeneratedSecret: SecretSource,
  cwd: string = process.cwd(),
): Config {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const parsed = envSchema.safeParse(cleaned);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
    }
  }
  if (parsed.success && parsed.data.LUBAN_MODE === 'production') {
    if (!parsed.data.LUBAN_SECRET) {
      problems.push('LUBAN_SECRET: required in production mode (at least 32 random characters)');
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const data = parsed.data;
  const dataDir = path.resolve(cwd, data.LUBAN_DATA_DIR);
  const secret = data.LUBAN_SECRET ?? loadGeneratedSecret(dataDir);
  return {
    port: data.PORT,
    host: data.HOST,
    dataDir,
    databaseUrl: data.DATABASE_URL,
    mode: data.LUBAN_MODE,
    secret,
    isSecretGenerated: data.LUBAN_SECRET === undefined,
    logLevel: data.LUBAN_LOG_LEVEL,
    webDir: path.resolve(cwd, data.LUBAN_WEB_DIR ?? 'dist/web'),
    secureCookies: data.LUBAN_SECURE_COOKIES === 'true',
    ...(data.LUBAN_PUBLIC_MIN_COUNT === undefined ? {} : { publicMinCount: data.LUBAN_PUBLIC_MIN_COUNT }),
    filesDir: path.resolve(cwd, data.LUBAN_FILES_DIR ?? path.join(dataDir, 'files')),
  };
}

/** Reads the process environment; the one call site of `process.env` in the server. */
export function loadConfig(loadGeneratedSecret: SecretSource): Config {
  return parseConfig(process.env, loadGeneratedSecret);
}
