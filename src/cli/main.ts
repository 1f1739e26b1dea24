import { loadConfig, ConfigError } from '../server/config.js';
import { loadOrCreateSecret } from '../server/secret-file.js';
import { connectAndMigrate } from '../server/db/connect.js';
import { backupDatabase, restoreDatabase } from '../server/db/backup.js';
import { composeLuban, createLogger } from '../server/compose.js';
import { runServer } from '../server/main.js';
import { formatDemoAccounts, seedDemo, seedReferenceData } from '../server/seed/demo-seed.js';
import { seedGovernanceData } from '../server/seed/governance-data-seed.js';
import { seedDemoFilings } from '../server/seed/governance-filings-seed.js';
import { seedLearningDemo } from '../server/seed/learning-demo-seed.js';
import { verifyAuditChain } from '../server/platform/audit/verify-audit-chain.js';
import { systemActor } from '../server/platform/authz/actor.js';
import { generatePassword } from '../server/platform/identity/domain/password.js';
import { AppError } from '../server/platform/errors/app-error.js';
import { roleSchema, scopeSchema } from '../shared/contracts/platform/roles.js';

const USAGE = `Usage: luban <command>

  serve                         start the server (migrates, loads regions, demo data on first start)
  migrate                       apply database migrations
  seed                          load regions; in demo mode also demo colleges and accounts (empty database only)
  user create --username U --display-name N --role R --scope S [--password P]
                                create a user (a password is generated and printed when omitted)
  backup <file>                 write a consistent logical backup (gzipped JSON lines)
  restore <file>                replace all data with a backup (one transaction)
  audit verify                  check the audit log's hash chain; exit code 1 when tampered

Environment: DATABASE_URL (PostgreSQL) or LUBAN_DATA_DIR (embedded, default ./data), LUBAN_MODE, LUBAN_SECRET, PORT.`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function withLuban<T>(work: (luban: Awaited<ReturnType<typeof composeLuban>>) => Promise<T>): Promise<T> {
  const config = loadConfig(loadOrCreateSecret);
  const database = await connectAndMigrate(config);
  try {
    const luban = await composeLuban({ config, database, logger: createLogger({ logLevel: 'warn' }) });
    return await work(luban);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'serve':
      await runServer();
      return -1;
    case 'migrate': {
      const config = loadConfig(loadOrCreateSecret);
      const database = await connectAndMigrate(config);
      await database.close();
      console.log(`Migrations applied (${database.engine}).`);
      return 0;
    }
    case 'seed':
      return withLuban(async (luban) => {
        const { regions } = await seedReferenceData(luban);
        console.log(`Regions loaded: ${regions === 0 ? 'already present' : regions}`);
        if (luban.deps.config.mode === 'demo' && (await luban.identity.api.countUsers()) === 0) {
          const accounts = await seedDemo(luban);
          process.stdout.write(formatDemoAccounts(accounts));
          const governance = await seedGovernanceData(luban);
          if (governance) console.log(`Generated governance demo data: ${governance.offerings} offerings, ${governance.indicators} indicator rows, ${governance.warnings} warnings (${governance.ms} ms)`);
          const filings = await seedDemoFilings(luban);
          if (filings) console.log(`Demo filing cycle ${filings.year}: ${filings.items} items at DEMO-GD-01 (demo data)`);
          const learning = await seedLearningDemo(luban, accounts);
          if (learning) console.log(`Learning demo: ${learning.courses} courses, ${learning.resources} resources, ${learning.textbooks} textbooks, ${learning.simulations} simulation, ${learning.trainingRecords} training records (demo data, ${learning.ms} ms)`);
        } else {
          console.log('Demo accounts not created (production mode or users already exist).');
        }
        return 0;
      });
    case 'user': {
      if (args[0] !== 'create') break;
      const username = option(args, '--username');
      const displayName = option(args, '--display-name') ?? username;
      const role = roleSchema.safeParse(option(args, '--role'));
      const scope = scopeSchema.safeParse(option(args, '--scope'));
      const problems = [
        !username ? '--username is required' : undefined,
        !role.success ? `--role must be one of ${roleSchema.options.join(', ')}` : undefined,
        !scope.success ? '--scope must be national, province:<code>, college:<id>, enterprise:<id> or self' : undefined,
      ].filter(Boolean);
      if (problems.length > 0 || !username || !displayName || !role.success || !scope.success) {
        console.error(problems.join('\n'));
        return 2;
      }
      const password = option(args, '--password') ?? generatePassword();
      return withLuban(async (luban) => {
        await seedReferenceData(luban);
        const user = await luban.identity.api.createUser(systemActor('cli'), {
          username,
          displayName,
          password,
          locale: 'zh-CN',
          assignments: [{ role: role.data, scope: scope.data }],
        });
        console.log(`Created ${user.username} (${user.id}) as ${role.data} @ ${scope.data}`);
        if (!option(args, '--password')) console.log(`Password (shown once): ${password}`);
        return 0;
      });
    }
    case 'backup':
    case 'restore': {
      const file = args[0];
      if (!file) break;
      const config = loadConfig(loadOrCreateSecret);
      const database = await connectAndMigrate(config);
      try {
        const result = command === 'backup' ? await backupDatabase(database.pool, file) : await restoreDatabase(database.pool, file);
        console.log(`${command === 'backup' ? 'Backed up' : 'Restored'} ${result.rows} rows in ${result.tables} tables (${database.engine}) ${command === 'backup' ? 'to' : 'from'} ${file}`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'audit': {
      if (args[0] !== 'verify') break;
      const config = loadConfig(loadOrCreateSecret);
      const database = await connectAndMigrate(config);
      try {
        const result = await verifyAuditChain(database.db);
        if (result.isIntact) {
          console.log(`Audit chain intact: ${result.checked} entries verified (last seq ${result.lastSeq}).`);
          return 0;
        }
        console.log(`AUDIT CHAIN TAMPERED: ${result.problems.length} problem(s) in ${result.checked} entries`);
        for (const problem of result.problems) {
          if (problem.kind === 'altered') console.log(`  entry ${problem.seq}: content altered`);
          if (problem.kind === 'missing') console.log(`  entries ${problem.fromSeq}–${problem.toSeq}: deleted`);
          if (problem.kind === 'broken_link') console.log(`  entry ${problem.seq}: chain link broken`);
          if (problem.kind === 'head_mismatch') console.log(`  head says ${problem.headSeq} entries, log has ${problem.lastSeq}`);
        }
        return 1;
      } finally {
        await database.close();
      }
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof AppError) console.error(`Error ${error.code}: ${JSON.stringify(error.params)}`);
    else if (error instanceof Error && (error as { code?: string }).code === 'DATA_DIR_LOCKED') console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
