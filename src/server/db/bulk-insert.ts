import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './open-db.js';

/**
 * Bulk insert for large loads (indicator imports, generated data): each batch goes as ONE JSON
 * parameter expanded by `json_populate_recordset`, instead of a multi-row VALUES list with a
 * bind parameter per cell. Building and binding ~30,000 parameters per 1,000 rows was most of
 * the cost of a national-scale load (measured: several times slower); JSON.stringify and the
 * server's JSON parser are both native. Columns absent from the rows keep their defaults.
 */
export type BulkInsertOptions<T extends PgTable> = {
  /** Rows per statement (default 5,000: a few MB of JSON). */
  batchSize?: number;
  /** Upsert: on a conflict over these columns, set every other inserted column from the new row. */
  onConflictUpdate?: readonly (keyof T['$inferInsert'] & string)[];
};

export async function bulkInsert<T extends PgTable>(db: DbOrTx, table: T, rows: readonly T['$inferInsert'][], options: BulkInsertOptions<T> = {}): Promise<void> {
  // a column missing from a row must keep its default, which a JSON null would not: rows are
  // grouped by the columns they set and each group goes in its own statements
  const groups = new Map<string, T['$inferInsert'][]>();
  for (const row of rows) {
    const set = Object.keys(row).filter((key) => (row as Record<string, unknown>)[key] !== undefined).sort().join(',');
    const group = groups.get(set);
    if (group) group.push(row);
    else groups.set(set, [row]);
  }
  for (const [set, group] of groups) await insertGroup(db, table, set.split(','), group, options);
}

async function insertGroup<T extends PgTable>(db: DbOrTx, table: T, keys: readonly string[], rows: readonly T['$inferInsert'][], options: BulkInsertOptions<T>): Promise<void> {
  const columns = getTableColumns(table);
  const names = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`bulkInsert: ${getTableName(table)} has no column for key ${key}`);
    return column.name;
  });
  const { schema } = getTableConfig(table);
  const qualified = `${schema ? `"${schema}".` : ''}"${getTableName(table)}"`;
  const columnList = sql.raw(names.map((n) => `"${n}"`).join(', '));
  const keyNames = new Set((options.onConflictUpdate ?? []).map((key) => columns[key]!.name));
  const conflict: SQL = options.onConflictUpdate
    ? sql.raw(` on conflict (${[...keyNames].map((n) => `"${n}"`).join(', ')}) do update set ${names.filter((n) => !keyNames.has(n)).map((n) => `"${n}" = excluded."${n}"`).join(', ')}`)
    : sql.raw('');
  const batchSize = options.batchSize ?? 5000;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize).map((row) => {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const value = (row as Record<string, unknown>)[keys[i]!];
        out[names[i]!] = value instanceof Date ? value.toISOString() : value;
      }
      return out;
    });
    await db.execute(sql`insert into ${sql.raw(qualified)} (${columnList}) select ${columnList} from json_populate_recordset(null::${sql.raw(qualified)}, ${JSON.stringify(batch)}::json)${conflict}`);
  }
}
