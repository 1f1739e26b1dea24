import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { uploads } from './learning.tables.js';

export type UploadRow = typeof uploads.$inferSelect;

export async function insertUpload(db: DbOrTx, row: UploadRow): Promise<void> {
  await db.insert(uploads).values(row);
}

export async function findUpload(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<UploadRow | undefined> {
  const query = db.select().from(uploads).where(eq(uploads.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Records the new offset only if nobody moved it meanwhile; false when another chunk won. */
export async function advanceUpload(db: DbOrTx, id: string, from: number, to: number, now: Date): Promise<boolean> {
  const rows = await db
    .update(uploads)
    .set({ receivedBytes: to, updatedAt: now })
    .where(and(eq(uploads.id, id), eq(uploads.receivedBytes, from), eq(uploads.status, 'open')))
    .returning({ id: uploads.id });
  return rows.length > 0;
}

export async function completeUploadRow(db: DbOrTx, id: string, fileHash: string, mimeType: string, now: Date): Promise<void> {
  await db.update(uploads).set({ status: 'complete', fileHash, mimeType, updatedAt: now }).where(eq(uploads.id, id));
}
