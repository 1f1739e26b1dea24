import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import { revisionTargets, textbookChapters, textbookEditions, textbookReadingPositions, textbookRevisions, textbooks } from './textbooks.tables.js';

export type TextbookRow = typeof textbooks.$inferSelect;
export type EditionRow = typeof textbookEditions.$inferSelect;
export type ChapterRow = typeof textbookChapters.$inferSelect;
export type RevisionRow = typeof textbookRevisions.$inferSelect;
export type RevisionTargetRow = typeof revisionTargets.$inferSelect;

export async function insertTextbook(db: DbOrTx, row: TextbookRow, edition: EditionRow, revision: RevisionRow): Promise<void> {
  await db.insert(textbooks).values(row);
  await db.insert(textbookEditions).values(edition);
  await db.insert(textbookRevisions).values(revision);
}

export async function findTextbook(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<TextbookRow | undefined> {
  const query = db.select().from(textbooks).where(eq(textbooks.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateTextbook(db: DbOrTx, id: string, patch: Partial<Omit<TextbookRow, 'id'>>): Promise<void> {
  await db.update(textbooks).set(patch).where(eq(textbooks.id, id));
}

type Cursor = { updatedAt: Date; id: string } | undefined;
const before = (cursor: Cursor) =>
  cursor ? or(lt(textbooks.updatedAt, cursor.updatedAt), and(eq(textbooks.updatedAt, cursor.updatedAt), lt(textbooks.id, cursor.id))) : undefined;

/** The author's own, or (for co-authors) every textbook of the author's college. */
export async function listTextbooksOf(db: DbOrTx, userId: string, ownerScope: string | undefined, cursor: Cursor, limit: number): Promise<TextbookRow[]> {
  const mine = ownerScope === undefined ? eq(textbooks.createdBy, userId) : or(eq(textbooks.createdBy, userId), eq(textbooks.ownerScope, ownerScope));
  return db.select().from(textbooks).where(and(mine, before(cursor))).orderBy(desc(textbooks.updatedAt), desc(textbooks.id)).limit(limit + 1);
}

/** Published textbooks: public ones and college-only ones of the given owner scopes (undefined = every scope). */
export async function listPublishedTextbooks(db: DbOrTx, ownerScopes: readonly string[] | undefined, cursor: Cursor, limit: number): Promise<TextbookRow[]> {
  const visible = ownerScopes === undefined ? undefined : or(eq(textbooks.audience, 'public'), ownerScopes.length > 0 ? sql`${textbooks.ownerScope} = any(${sql.param([...ownerScopes])}::text[])` : sql`false`);
  return db
    .select()
    .from(textbooks)
    .where(and(eq(textbooks.status, 'published'), visible, before(cursor)))
    .orderBy(desc(textbooks.updatedAt), desc(textbooks.id))
    .limit(limit + 1);
}

export async function listEditions(db: DbOrTx, textbookId: string): Promise<EditionRow[]> {
  return db.select().from(textbookEditions).where(eq(textbookEditions.textbookId, textbookId)).orderBy(desc(textbookEditions.edition));
}

export async function insertEdition(db: DbOrTx, edition: EditionRow): Promise<void> {
  await db.insert(textbookEditions).values(edition);
}

export async function listChapters(db: DbOrTx, textbookId: string): Promise<ChapterRow[]> {
  return db.select().from(textbookChapters).where(eq(textbookChapters.textbookId, textbookId)).orderBy(asc(textbookChapters.position));
}

/** Replaces the table of contents in one statement pair (inside the caller's transaction). */
export async function replaceChapters(db: DbOrTx, textbookId: string, chapters: readonly ChapterRow[]): Promise<void> {
  await db.delete(textbookChapters).where(eq(textbookChapters.textbookId, textbookId));
  if (chapters.length > 0) await db.insert(textbookChapters).values([...chapters]);
}

export async function insertRevision(db: DbOrTx, revision: RevisionRow): Promise<void> {
  await db.insert(textbookRevisions).values(revision);
}

export async function listRevisions(db: DbOrTx, textbookId: string): Promise<RevisionRow[]> {
  return db.select().from(textbookRevisions).where(eq(textbookRevisions.textbookId, textbookId)).orderBy(desc(textbookRevisions.revisedAt));
}

export async function findReadingPosition(db: DbOrTx, userId: string, textbookId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ chapterId: textbookReadingPositions.chapterId })
    .from(textbookReadingPositions)
    .where(and(eq(textbookReadingPositions.userId, userId), eq(textbookReadingPositions.textbookId, textbookId)));
  return row?.chapterId;
}

export async function saveReadingPosition(db: DbOrTx, userId: string, textbookId: string, chapterId: string, now: Date): Promise<void> {
  await db
    .insert(textbookReadingPositions)
    .values({ userId, textbookId, chapterId, updatedAt: now })
    .onConflictDoUpdate({ target: [textbookReadingPositions.userId, textbookReadingPositions.textbookId], set: { chapterId, updatedAt: now } });
}

/** Published textbooks for the revision-age report (a national report: small table of titles and dates). */
export async function listPublishedForRevisionAge(db: DbOrTx, category: string | undefined): Promise<Pick<TextbookRow, 'id' | 'title' | 'categoryCodes' | 'lastSubstantiveRevisionAt' | 'audience' | 'ownerScope'>[]> {
  return db
    .select({ id: textbooks.id, title: textbooks.title, categoryCodes: textbooks.categoryCodes, lastSubstantiveRevisionAt: textbooks.lastSubstantiveRevisionAt, audience: textbooks.audience, ownerScope: textbooks.ownerScope })
    .from(textbooks)
    .where(and(eq(textbooks.status, 'published'), category === undefined ? undefined : sql`${category} = any(${textbooks.categoryCodes})`))
    .orderBy(asc(textbooks.lastSubstantiveRevisionAt))
    .limit(5000);
}

export async function listRevisionTargets(db: DbOrTx): Promise<RevisionTargetRow[]> {
  return db.select().from(revisionTargets);
}

export async function upsertRevisionTarget(db: DbOrTx, row: RevisionTargetRow): Promise<void> {
  await db.insert(revisionTargets).values(row).onConflictDoUpdate({ target: revisionTargets.key, set: { months: row.months, updatedBy: row.updatedBy, updatedByName: row.updatedByName, updatedAt: row.updatedAt } });
}
