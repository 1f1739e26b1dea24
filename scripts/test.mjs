// `npm test`: every tier. 1) unit, use-case, repository and route tests (PGlite, plus
// PostgreSQL when TEST_DATABASE_URL is set); 2) browser journeys in Chromium.
// With CI=true a tier that cannot run fails instead of skipping.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isCi = process.env.CI === 'true';
const chromium = process.env.LUBAN_CHROMIUM ?? '/usr/bin/chromium';

const resultsDir = path.join(root, '.test-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const counted = new Set();

/** Adds a tier's counts from Vitest's JSON report, for the closing summary line. */
function count(file) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function summary() {
  console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

function run(label, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
  for (const file of fs.readdirSync(resultsDir)) {
    if (file.endsWith('.json') && !counted.has(file)) {
      counted.add(file);
      count(path.join(resultsDir, file));
    }
  }
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    summary();
    process.exit(result.status ?? 1);
  }
}

if (!process.env.TEST_DATABASE_URL) {
  if (isCi) {
    console.error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tier must run in CI');
    process.exit(1);
  }
  console.log('TEST_DATABASE_URL not set: repository and route tests run on PGlite only (see README to add PostgreSQL).');
}

const json = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${path.join(resultsDir, `${name}.json`)}`];
run('unit, use-case, repository and route tests', [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...json('unit')]);

if (!fs.existsSync(chromium)) {
  if (isCi) {
    console.error(`CI=true but ${chromium} is missing: the browser tier must run in CI`);
    process.exit(1);
  }
  console.log(`\n${chromium} not found: browser journeys skipped (apt-get install chromium fonts-noto-cjk to run them).`);
  summary();
  process.exit(0);
}
run('build the web app', [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
run('browser journeys (Chromium)', [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...json('e2e')]);
summary();
