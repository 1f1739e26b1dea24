import { sql } from 'drizzle-orm';
import { boolean, integer, pgSchema, primaryKey, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine, openTestDatabase } from '../testing/test-db.js';
import { bulkInsert } from './bulk-insert.js';
import type { Database } from './open-db.js';

const scratch = pgSchema('bulk_insert_test');
const items = scratch.table(
  'items',
  {
    region: text('region').notNull(),
    id: integer('id').notNull(),
    label: text('label').notNull(),
    note: text('note'),
    isFlagged: boolean('is_flagged').notNull().default(true),
  },
  (table) => [primaryKey({ columns: [table.region, table.id] })],
);

describeEachEngine('bulkInsert', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await database.db.execute(sql`create schema bulk_insert_test`);
    await database.db.execute(sql`create table bulk_insert_test.items (region text not null, id integer not null, label text not null, note text, is_flagged boolean not null default true, primary key (region, id))`);
  });
  afterAll(async () => {
    await database.db.execute(sql`drop schema bulk_insert_test cascade`);
    await database.close();
  });

  it('inserts across batches, keeps defaults for columns a row leaves out, and quotes JSON-hostile text', async () => {
    const rows = Array.from({ length: 23 }, (_, i) => ({ region: 'r', id: i, label: `标签 "${i}" \\ ${'\n'}`, ...(i % 2 === 0 ? { isFlagged: false } : {}), ...(i === 3 ? { note: null } : {}) }));
    await bulkInsert(database.db, items, rows, { batchSize: 5 });
    const stored = await database.db.select().from(items).orderBy(items.id);
    expect(stored).toHaveLength(23);
    expect(stored[0]).toEqual({ region: 'r', id: 0, label: '标签 "0" \\ \n', note: null, isFlagged: false });
    expect(stored[1]?.isFlagged).toBe(true); // left out: the column default
    expect(stored[3]?.note).toBeNull();
  });

  it('upserts on the named key, updating the other columns', async () => {
    await bulkInsert(database.db, items, [{ region: 'r', id: 1, label: 'new', isFlagged: false }, { region: 's', id: 1, label: 'other' }], { onConflictUpdate: ['region', 'id'] });
    const [updated] = await database.db.select().from(items).where(sql`${items.region} = 'r' and ${items.id} = 1`);
    expect(updated).toMatchObject({ label: 'new', isFlagged: false });
    const [count] = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from bulk_insert_test.items`).then((r) => r.rows);
    expect(count?.n).toBe(24);
  });

  it('writes nothing for no rows', async () => {
    await expect(bulkInsert(database.db, items, [])).resolves.toBeUndefined();
  });
});
