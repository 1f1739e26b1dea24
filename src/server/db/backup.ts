import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { once } from 'node:events';
import type pg from 'pg';
import { ownedSchemas } from './schema.js';

/**
 * Logical backup of every table the application owns, as gzipped JSON lines. Rows are
 * written with `row_to_json` and read back with `json_populate_recordset`, so PostgreSQL
 * itself converts every type both ways: a backup from PGlite restores into PostgreSQL
 * and back. Taken in one REPEATABLE READ transaction, so it is a consistent snapshot.
 */
const FORMAT = 'luban-backup';
const FORMAT_VERSION = 1;

type Header = { format: string; version: number; createdAt: string; migrations: string[]; tables: string[] };

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const qualified = (table: string) => table.split('.').map(quoteIdent).join('.');

/** Tables in the owned schemas, parents before children (foreign keys). */
async function tablesInDependencyOrder(client: pg.PoolClient): Promise<string[]> {
  const tables = await client.query<{ name: string }>(
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r','p') and n.nspname = any($1) and not c.relispartition order by 1`,
    [[...ownedSchemas]],
  );
  const edges = await client.query<{ child: string; parent: string }>(
    `select cn.nspname || '.' || cc.relname as child, pn.nspname || '.' || pc.relname as parent
     from pg_constraint k join pg_class cc on cc.oid = k.conrelid join pg_namespace cn on cn.oid = cc.relnamespace
     join pg_class pc on pc.oid = k.confrelid join pg_namespace pn on pn.oid = pc.relnamespace
     where k.contype = 'f' and cn.nspname = any($1)`,
    [[...ownedSchemas]],
  );
  const names = tables.rows.map((r) => r.name);
  const parents = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const edge of edges.rows) if (edge.child !== edge.parent) parents.get(edge.child)?.add(edge.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p) || !parents.has(p)));
    if (ready.length === 0) throw new Error('cyclic foreign keys between owned tables');
    for (const name of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered;
}

async function appliedMigrations(client: pg.PoolClient): Promise<string[]> {
  const result = await client.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by id');
  return result.rows.map((r) => r.hash);
}

export async function backupDatabase(pool: pg.Pool, file: string): Promise<{ tables: number; rows: number }> {
  const client = await pool.connect();
  const temporary = `${file}.partial`;
  const gzip = createGzip();
  const output = fs.createWriteStream(temporary);
  gzip.pipe(output);
  const write = async (line: unknown) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  let rows = 0;
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = await tablesInDependencyOrder(client);
    const header: Header = { format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), migrations: await appliedMigrations(client), tables };
    await write(header);
    for (const table of tables) {
      await write({ __lubanTable: table });
      await client.query(`declare backup_cursor no scroll cursor for select row_to_json(t)::text as row from ${qualified(table)} t`);
      for (;;) {
        const page = await client.query<{ row: string }>('fetch 1000 from backup_cursor');
        for (const r of page.rows) {
          if (!gzip.write(`${r.row}\n`)) await once(gzip, 'drain');
        }
        rows += page.rows.length;
        if (page.rows.length < 1000) break;
      }
      await client.query('close backup_cursor');
    }
    await client.query('commit');
    gzip.end();
    await once(output, 'finish');
    fs.renameSync(temporary, file);
    return { tables: tables.length, rows };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    gzip.destroy();
    output.destroy();
    fs.rmSync(temporary, { force: true });
    throw error;
  } finally {
    client.release();
  }
}

export class BackupFormatError extends Error {}

/**
 * Replaces the contents of every owned table with the backup's, in one transaction:
 * a restore that fails part-way changes nothing. The database must be migrated to the
 * same migrations as the backup.
 */
export async function restoreDatabase(pool: pg.Pool, file: string): Promise<{ tables: number; rows: number }> {
  const client = await pool.connect();
  let header: Header | undefined;
  let current: string | undefined;
  let batch: string[] = [];
  let rows = 0;
  const flush = async () => {
    if (!current || batch.length === 0) return;
    await client.query(`insert into ${qualified(current)} select * from json_populate_recordset(null::${qualified(current)}, $1::json)`, [`[${batch.join(',')}]`]);
    rows += batch.length;
    batch = [];
  };
  try {
    await client.query('begin');
    // created right before iterating: readline starts emitting at once, and lines emitted
    // before the iterator exists are lost (this dropped the header on a busy machine)
    const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.length === 0) continue;
      if (!header) {
        const parsed = JSON.parse(line) as Header;
        if (parsed.format !== FORMAT || parsed.version !== FORMAT_VERSION) throw new BackupFormatError(`${file} is not a Luban backup (format ${FORMAT} v${FORMAT_VERSION})`);
        const migrations = await appliedMigrations(client);
        if (migrations.join() !== parsed.migrations.join()) {
          throw new BackupFormatError(`the backup was taken at ${parsed.migrations.length} migrations; this database has ${migrations.length}. Run the matching Luban version.`);
        }
        header = parsed;
        const tables = await tablesInDependencyOrder(client);
        await client.query(`truncate ${tables.map(qualified).join(', ')} restart identity cascade`);
        continue;
      }
      if (line.startsWith('{"__lubanTable":')) {
        await flush();
        const marker = JSON.parse(line) as { __lubanTable: string };
        if (!header.tables.includes(marker.__lubanTable)) throw new BackupFormatError(`unexpected table ${marker.__lubanTable}`);
        current = marker.__lubanTable;
        continue;
      }
      batch.push(line);
      if (batch.length >= 1000) await flush();
    }
    await flush();
    if (!header) throw new BackupFormatError(`${file} is empty`);
    await client.query('commit');
    return { tables: header.tables.length, rows };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
