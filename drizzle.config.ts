import { defineConfig } from 'drizzle-kit';

// LUBAN_DRIZZLE_TABLES (comma-separated globs) limits which table files a generation sees,
// so work in progress elsewhere in the tree does not leak into someone else's migration.
// eslint-disable-next-line no-restricted-properties
const only = process.env.LUBAN_DRIZZLE_TABLES;

export default defineConfig({
  dialect: 'postgresql',
  schema: only ? only.split(',') : './src/server/**/*.tables.ts',
  out: './src/server/db/migrations',
});
