import path from 'node:path';
import { z } from 'zod';

/** An http(s) origin: scheme, host and optional port, no path, query or credentials (a trailing `/` is dropped). */
function isHttpOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '' && url.pathname === '/' && url.search === '' && url.hash === '' && !value.endsWith('?') && !value.endsWith('#');
}

const httpOrigin = z
  .string()
  .refine(isHttpOrigin, 'must be an http:// or https:// origin such as https://sim.example.edu.cn (no path)')
  .transform((value) => new URL(value).origin);

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
  /** A separate origin serving simulation packages (/sim-content, /sim-api, /xapi of this server); default the app's own. */
  LUBAN_SIMULATION_ORIGIN: httpOrigin.optional(),
  /** The app's own origin, allowed to frame packages served from LUBAN_SIMULATION_ORIGIN. */
  LUBAN_APP_ORIGIN: httpOrigin.optional(),
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
  /** Simulation packages served from a separate origin and framed by the app's; absent: served from the request's own origin. */
  simulations?: { origin: string; appOrigin: string };
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
  if (parsed.success && parsed.data.LUBAN_SIMULATION_ORIGIN !== undefined) {
    if (parsed.data.LUBAN_APP_ORIGIN === undefined) {
      problems.push("LUBAN_APP_ORIGIN: required with LUBAN_SIMULATION_ORIGIN (the app's own origin, allowed to frame simulation packages)");
    } else if (parsed.data.LUBAN_APP_ORIGIN === parsed.data.LUBAN_SIMULATION_ORIGIN) {
      problems.push('LUBAN_SIMULATION_ORIGIN: must differ from LUBAN_APP_ORIGIN (leave it unset to serve packages from the app origin)');
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
    ...(data.LUBAN_SIMULATION_ORIGIN !== undefined && data.LUBAN_APP_ORIGIN !== undefined ? { simulations: { origin: data.LUBAN_SIMULATION_ORIGIN, appOrigin: data.LUBAN_APP_ORIGIN } } : {}),
  };
}

/** Reads the process environment; the one call site of `process.env` in the server. */
export function loadConfig(loadGeneratedSecret: SecretSource): Config {
  return parseConfig(process.env, loadGeneratedSecret);
}
