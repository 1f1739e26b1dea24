// Rows of lrs.statements / lrs.statement_ids as COPY text, built with the LRS's own indexing,
// and the server-side COPY helpers of the lrs benchmark.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { indexStatement } from '../../src/server/modules/lrs/domain/statement-index.js';
import type { JsonObject } from '../../src/server/modules/lrs/domain/json.js';

/** COPY text format: backslash escapes, \N for null. */
function field(value: string | null): string {
  if (value === null) return '\\N';
  return value.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
}

function arrayLiteral(values: string[] | null): string | null {
  return values === null ? null : `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** Where a client that wrote statements is bound. */
export type WriterScope = { scope: string; provinceCode: string | null; clientId: string };

/** One statement as the two COPY lines the LRS would have stored. */
export function copyLines(statement: JsonObject, stored: Date, authorityText: string, writer: WriterScope): { statement: string; id: string } {
  const index = indexStatement(statement);
  const id = randomUUID();
  const columns = [
    index.actorKey,
    id,
    stored.toISOString(),
    index.verbId,
    index.activityId,
    index.objectAgentKey,
    index.objectRef,
    index.registration,
    arrayLiteral(index.relatedActivities),
    arrayLiteral(index.relatedAgents),
    writer.scope,
    writer.provinceCode,
    writer.clientId,
    '2.0.0',
    JSON.stringify(statement),
    authorityText,
    null,
  ];
  return { statement: columns.map(field).join('\t'), id: `${id}\t${index.actorKey}` };
}

/** A directory the PostgreSQL server process can read and write (server-side COPY). */
export function sharedDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o777);
  return dir;
}

export type CopyFiles = { statements: string; ids: string; rows: number };

/** Writes rows to COPY files in `dir` with the given name. */
export function writeCopyFiles(dir: string, name: string, lines: { statement: string; id: string }[]): CopyFiles {
  const statements = path.join(dir, `${name}.statements.tsv`);
  const ids = path.join(dir, `${name}.ids.tsv`);
  fs.writeFileSync(statements, lines.map((l) => l.statement).join('\n') + '\n');
  fs.writeFileSync(ids, lines.map((l) => l.id).join('\n') + '\n');
  fs.chmodSync(statements, 0o666);
  fs.chmodSync(ids, 0o666);
  return { statements, ids, rows: lines.length };
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Server-side COPY of statements stored at or after `since` into `streams` pairs of files. */
export async function exportSince(pool: pg.Pool, dir: string, since: Date, streams: number): Promise<CopyFiles[]> {
  const files: CopyFiles[] = [];
  for (let k = 0; k < streams; k += 1) {
    const part = `stored >= ${literal(since.toISOString())} and abs(hashtext(id::text)) % ${streams} = ${k}`;
    const statements = path.join(dir, `export-${k}.statements.tsv`);
    const ids = path.join(dir, `export-${k}.ids.tsv`);
    const result = await pool.query(`copy (select * from lrs.statements where ${part}) to ${literal(statements)}`);
    await pool.query(`copy (select id, actor_key from lrs.statements where ${part}) to ${literal(ids)}`);
    files.push({ statements, ids, rows: result.rowCount ?? 0 });
  }
  return files;
}

/**
 * Removes the statements stored at or after `since` (bench only: past the immutability trigger).
 * No VACUUM: on a large table it would scan every index each time; the dead rows are few.
 */
export async function removeSince(pool: pg.Pool, since: Date): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('alter table lrs.statements disable trigger statements_immutable');
    await client.query('alter table lrs.statement_ids disable trigger statement_ids_immutable');
    await client.query(`delete from lrs.statement_ids i using lrs.statements s where s.actor_key = i.actor_key and s.id = i.id and s.stored >= $1`, [since]);
    await client.query(`delete from lrs.statements where stored >= $1`, [since]);
    await client.query('alter table lrs.statements enable trigger statements_immutable');
    await client.query('alter table lrs.statement_ids enable trigger statement_ids_immutable');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** COPYs the files in, one session per pair of files, in parallel; returns the seconds it took. */
export async function copyIn(pool: pg.Pool, files: CopyFiles[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    files.map(async (file) => {
      const client = await pool.connect();
      try {
        await client.query(`copy lrs.statement_ids from ${literal(file.ids)}`);
        await client.query(`copy lrs.statements from ${literal(file.statements)}`);
      } finally {
        client.release();
      }
    }),
  );
  return (performance.now() - started) / 1000;
}
