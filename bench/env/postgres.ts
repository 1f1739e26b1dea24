import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openDb } from '../../src/server/db/open-db.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import type { BenchDatabase } from '../lib/types.js';
import { processTreeCpuMicros } from './process-cpu.js';
import { makeTempDir, removeDir } from './temp-dir.js';

const execFileAsync = promisify(execFile);

/** Server settings of the throw-away cluster: durable commits, a realistic cache. */
export const clusterSettings: Record<string, string> = {
  fsync: 'on',
  synchronous_commit: 'on',
  shared_buffers: '512MB',
  max_connections: '100',
};

export type PostgresCluster = {
  databaseUrl: string;
  /** e.g. "PostgreSQL 15.14, own throw-away cluster, fsync=on …" */
  description: string;
  /** CPU µs used so far by the cluster's processes; undefined for a server this process did not start. */
  cpuMicros(): number | undefined;
  stop(): Promise<void>;
};

/** `BENCH_PG_BIN`, else PostgreSQL 15's Debian location, else the newest installed major. */
export function findPostgresBin(): string | undefined {
  const candidates: string[] = [];
  if (process.env.BENCH_PG_BIN) candidates.push(process.env.BENCH_PG_BIN);
  candidates.push('/usr/lib/postgresql/15/bin');
  if (fs.existsSync('/usr/lib/postgresql')) {
    const majors = fs.readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...majors.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl')));
}

/** True when a PostgreSQL benchmark can run here: BENCH_DATABASE_URL is set or binaries are installed. */
export function isPostgresAvailable(): boolean {
  return Boolean(process.env.BENCH_DATABASE_URL) || findPostgresBin() !== undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root: as root, run its binaries as the `postgres` OS user. */
function asPostgresUser(file: string, args: string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

async function run(file: string, args: string[]): Promise<string> {
  const [command, commandArgs] = asPostgresUser(file, args);
  try {
    const { stdout } = await execFileAsync(command, commandArgs, { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const detail = error instanceof Error && 'stderr' in error ? String((error as { stderr: unknown }).stderr) : '';
    throw new Error(`${path.basename(file)} failed: ${error instanceof Error ? error.message : String(error)}\n${detail}`);
  }
}

function hasLocale(name: string): boolean {
  const result = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.split('\n').some((l) => l.trim().toLowerCase() === name.toLowerCase());
}

export type ClusterOptions = {
  /**
   * A directory to keep the cluster in across runs (e.g. a preloaded data set): initdb only when
   * it holds no cluster yet, and `stop()` leaves it in place. Default: a temp dir, removed.
   */
  keepIn?: string;
  /** Settings over `clusterSettings` for this cluster (e.g. a larger cache for a preloaded data set). */
  settings?: Record<string, string>;
};

/**
 * Starts a PostgreSQL cluster of its own: initdb into a temp dir, a free loopback port,
 * a Unix socket in the temp dir, one database `luban_bench`. `stop()` stops it and removes the dir.
 */
export async function startPostgresCluster(bin: string, options: ClusterOptions = {}): Promise<PostgresCluster> {
  const isKept = options.keepIn !== undefined;
  const root = options.keepIn ?? makeTempDir('luban-bench-pg-');
  fs.mkdirSync(root, { recursive: true });
  const dataDir = path.join(root, 'data');
  const removeRoot = () => {
    if (!isKept) removeDir(root);
  };
  const logFile = path.join(root, 'server.log');
  let isRunning = false;
  const pgCtl = path.join(bin, 'pg_ctl');
  const emergencyStop = () => {
    if (isRunning) {
      const [command, args] = asPostgresUser(pgCtl, ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
      spawnSync(command, args, { stdio: 'ignore' });
      isRunning = false;
    }
    removeRoot();
  };
  process.once('exit', emergencyStop);
  try {
    if (isRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      fs.chownSync(root, uid, gid);
    }
    const locale = hasLocale('C.utf8') ? 'C.UTF-8' : 'C';
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
      removeDir(dataDir);
      await run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', `--locale=${locale}`, '--no-sync']);
    }
    const port = await freePort();
    const ownSettings = { ...clusterSettings, ...options.settings };
    const settings = Object.entries(ownSettings).map(([key, value]) => `-c ${key}=${value}`);
    const serverOptions = [...settings, "-c listen_addresses='127.0.0.1'", `-p ${port}`, `-k ${root}`].join(' ');
    try {
      await run(pgCtl, ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions]);
    } catch (error) {
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nserver log:\n${log}`);
    }
    isRunning = true;
    const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    await admin.connect();
    let version = 'unknown';
    try {
      const exists = await admin.query(`select 1 from pg_database where datname = 'luban_bench'`);
      if (exists.rowCount === 0) await admin.query('create database luban_bench');
      version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? version;
    } finally {
      await admin.end();
    }
    const settingsText = Object.entries(ownSettings).map(([k, v]) => `${k}=${v}`).join(', ');
    return {
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/luban_bench`,
      description: `PostgreSQL ${version.split(' ')[0]}, ${isKept ? `a cluster of its own kept in ${root}` : 'a throw-away cluster of its own'} (${settingsText}, locale ${locale}) on 127.0.0.1 TCP, pg.Pool max 10`,
      cpuMicros() {
        // postmaster.pid's first line is the postmaster's pid; backends are its children
        if (!isRunning) return undefined;
        const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
        return Number.isInteger(pid) && pid > 0 ? processTreeCpuMicros(pid) : undefined;
      },
      async stop() {
        process.removeListener('exit', emergencyStop);
        try {
          if (isRunning) await run(pgCtl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60']);
          isRunning = false;
        } finally {
          removeRoot();
        }
      },
    };
  } catch (error) {
    process.removeListener('exit', emergencyStop);
    emergencyStop();
    throw error;
  }
}

/**
 * `BENCH_DATABASE_URL`: a server someone else runs. A fresh database is created on it for the
 * run and dropped afterwards; without the right to create one, the URL is used as it is.
 */
async function useExternalServer(url: string): Promise<PostgresCluster> {
  const name = `luban_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? 'unknown';
    try {
      await admin.query(`create database ${name}`);
    } catch {
      return {
        databaseUrl: url,
        description: `PostgreSQL ${version} from BENCH_DATABASE_URL, used as it is`,
        cpuMicros: () => undefined,
        stop: async () => {},
      };
    }
    const target = new URL(url);
    target.pathname = `/${name}`;
    return {
      databaseUrl: target.toString(),
      description: `PostgreSQL ${version} from BENCH_DATABASE_URL (fresh database ${name}, dropped afterwards)`,
      cpuMicros: () => undefined,
      async stop() {
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        try {
          await dropper.query(`drop database if exists ${name} with (force)`);
        } finally {
          await dropper.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}

/** A migrated, empty Luban database on PostgreSQL: BENCH_DATABASE_URL, else a cluster of its own. */
export async function startPostgres(): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  let cluster: PostgresCluster;
  if (external) {
    cluster = await useExternalServer(external);
  } else {
    const bin = findPostgresBin();
    if (!bin) throw new Error('PostgreSQL binaries not found (set BENCH_PG_BIN or BENCH_DATABASE_URL)');
    cluster = await startPostgresCluster(bin);
  }
  try {
    const database = await openDb({ databaseUrl: cluster.databaseUrl });
    try {
      await runMigrations(database.pool);
    } catch (error) {
      await database.close();
      throw error;
    }
    return {
      kind: 'postgres',
      database,
      databaseUrl: cluster.databaseUrl,
      description: cluster.description,
      serverCpuMicros: () => cluster.cpuMicros(),
      async stop() {
        try {
          await database.close();
        } finally {
          await cluster.stop();
        }
      },
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
