import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { rulePacks, rulePackVersions } from './rule-packs.tables.js';

export type RulePackRow = typeof rulePacks.$inferSelect;
export type RulePackVersionRow = typeof rulePackVersions.$inferSelect;

export async function listRulePacks(db: DbOrTx): Promise<RulePackRow[]> {
  return db.select().from(rulePacks).orderBy(asc(rulePacks.id));
}

export async function findRulePack(db: DbOrTx, id: string): Promise<RulePackRow | undefined> {
  const [row] = await db.select().from(rulePacks).where(eq(rulePacks.id, id));
  return row;
}

export async function insertRulePack(db: DbOrTx, row: typeof rulePacks.$inferInsert): Promise<void> {
  await db.insert(rulePacks).values(row).onConflictDoNothing();
}

/** Every version of every pack, newest first within a pack (packs are few; versions a handful each). */
export async function listAllVersions(db: DbOrTx): Promise<RulePackVersionRow[]> {
  return db.select().from(rulePackVersions).orderBy(asc(rulePackVersions.packId), desc(rulePackVersions.number));
}

export async function listPackVersions(db: DbOrTx, packId: string): Promise<RulePackVersionRow[]> {
  return db.select().from(rulePackVersions).where(eq(rulePackVersions.packId, packId)).orderBy(desc(rulePackVersions.number));
}

export async function findPackVersion(db: DbOrTx, packId: string, number: number): Promise<RulePackVersionRow | undefined> {
  const [row] = await db.select().from(rulePackVersions).where(and(eq(rulePackVersions.packId, packId), eq(rulePackVersions.number, number)));
  return row;
}

/** Adds the next version of a pack (call inside a transaction that locked the pack row). */
export async function insertPackVersion(db: DbOrTx, row: Omit<typeof rulePackVersions.$inferInsert, 'number'>): Promise<RulePackVersionRow> {
  const [last] = await db.select({ number: max(rulePackVersions.number) }).from(rulePackVersions).where(eq(rulePackVersions.packId, row.packId));
  const [inserted] = await db.insert(rulePackVersions).values({ ...row, number: (last?.number ?? 0) + 1 }).returning();
  if (!inserted) throw new Error(`rule pack version of ${row.packId} was not inserted`);
  return inserted;
}

/** Locks a pack row for the rest of the transaction, so two saves number their versions one after the other. */
export async function lockRulePack(db: DbOrTx, id: string): Promise<RulePackRow | undefined> {
  const [row] = await db.select().from(rulePacks).where(eq(rulePacks.id, id)).for('update');
  return row;
}

export async function setVersionActive(db: DbOrTx, packId: string, number: number, isActive: boolean): Promise<void> {
  await db.update(rulePackVersions).set({ isActive }).where(and(eq(rulePackVersions.packId, packId), eq(rulePackVersions.number, number)));
}

/** Active versions of every pack (what a rule run chooses from). */
export async function listActiveVersions(db: DbOrTx): Promise<RulePackVersionRow[]> {
  return db.select().from(rulePackVersions).where(eq(rulePackVersions.isActive, true)).orderBy(asc(rulePackVersions.packId), desc(rulePackVersions.number));
}
