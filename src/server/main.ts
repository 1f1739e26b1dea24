import { loadConfig, type Config } from './config.js';
import { loadOrCreateSecret } from './secret-file.js';
import { connectAndMigrate } from './db/connect.js';
import { composeLuban, createLogger } from './compose.js';
import { formatDemoAccounts, seedDemo, seedReferenceData } from './seed/demo-seed.js';
import { seedGovernanceData } from './seed/governance-data-seed.js';
import { seedDemoFilings } from './seed/governance-filings-seed.js';
import { seedLearningDemo } from './seed/learning-demo-seed.js';

/** Boot only: config → db → platform → modules → http. */
export async function runServer(config: Config = loadConfig(loadOrCreateSecret)): Promise<void> {
  const started = Date.now();
  const log = createLogger(config);
  const database = await connectAndMigrate(config);
  const luban = await composeLuban({ config, database, logger: log });
  const { regions } = await seedReferenceData(luban);
  if (regions > 0) log.info({ regions }, 'loaded GB/T 2260 regions');
  if (config.mode === 'demo' && (await luban.identity.api.countUsers()) === 0) {
    const accounts = await seedDemo(luban);
    process.stdout.write(formatDemoAccounts(accounts));
    const governance = await seedGovernanceData(luban);
    if (governance) log.info(governance, 'loaded generated governance demo data (生成数据)');
    const filings = await seedDemoFilings(luban);
    if (filings) log.info(filings, 'opened the demo filing cycle (演示数据)');
    const learning = await seedLearningDemo(luban, accounts);
    if (learning) log.info(learning, 'loaded the learning demo: courses, textbooks, a simulation, training records (演示数据)');
  }
  await luban.app.listen({ port: config.port, host: config.host });
  log.info(
    { url: `http://localhost:${config.port}`, engine: database.engine, mode: config.mode, startupMs: Date.now() - started },
    'Luban is ready',
  );

  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 15_000);
    try {
      await luban.app.close();
      await luban.deps.events.drain();
      await database.close();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
