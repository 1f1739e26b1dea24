import { and, eq, gt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-db.js';
import type { DocumentRecord } from './domain/documents.js';
import { activityProfiles, agentProfiles, stateDocuments } from './lrs.tables.js';

/** Where a document lives: the resource, the tenant scope and the resource's own keys. */
export type DocumentTarget =
  | { kind: 'state'; scope: string; agentKey: string; activityId: string; registration: string }
  | { kind: 'activityProfile'; scope: string; activityId: string }
  | { kind: 'agentProfile'; scope: string; agentKey: string };

type Located = { conditions: SQL[]; idColumn: typeof stateDocuments.stateId | typeof activityProfiles.profileId | typeof agentProfiles.profileId };

function locate(target: DocumentTarget): Located & { table: typeof stateDocuments | typeof activityProfiles | typeof agentProfiles } {
  switch (target.kind) {
    case 'state':
      return {
        table: stateDocuments,
        idColumn: stateDocuments.stateId,
        conditions: [
          eq(stateDocuments.agentKey, target.agentKey),
          eq(stateDocuments.scope, target.scope),
          eq(stateDocuments.activityId, target.activityId),
          eq(stateDocuments.registration, target.registration),
        ],
      };
    case 'activityProfile':
      return {
        table: activityProfiles,
        idColumn: activityProfiles.profileId,
        conditions: [eq(activityProfiles.activityId, target.activityId), eq(activityProfiles.scope, target.scope)],
      };
    case 'agentProfile':
      return {
        table: agentProfiles,
        idColumn: agentProfiles.profileId,
        conditions: [eq(agentProfiles.agentKey, target.agentKey), eq(agentProfiles.scope, target.scope)],
      };
  }
}

/** One document; `isLocked` (inside a transaction) holds it until commit, for If-Match checks. */
export async function findDocument(db: DbOrTx, target: DocumentTarget, documentId: string, isLocked = false): Promise<DocumentRecord | undefined> {
  const { table, idColumn, conditions } = locate(target);
  const query = db
    .select({ content: table.content, contentType: table.contentType, etag: table.etag, updated: table.updated })
    .from(table)
    .where(and(...conditions, eq(idColumn, documentId)));
  const [row] = isLocked ? await query.for('update') : await query;
  return row;
}

/** The ids of the documents at a target, optionally only those updated after `since`. */
export async function listDocumentIds(db: DbOrTx, target: DocumentTarget, since: Date | undefined): Promise<{ id: string; updated: Date }[]> {
  const { table, idColumn, conditions } = locate(target);
  const filter = since ? and(...conditions, gt(table.updated, since)) : and(...conditions);
  return db.select({ id: idColumn, updated: table.updated }).from(table).where(filter).orderBy(idColumn);
}

export async function saveDocument(db: DbOrTx, target: DocumentTarget, documentId: string, record: DocumentRecord): Promise<void> {
  const set = { content: record.content, contentType: record.contentType, etag: record.etag, updated: record.updated };
  switch (target.kind) {
    case 'state':
      await db
        .insert(stateDocuments)
        .values({ ...set, agentKey: target.agentKey, scope: target.scope, activityId: target.activityId, registration: target.registration, stateId: documentId })
        .onConflictDoUpdate({
          target: [stateDocuments.agentKey, stateDocuments.scope, stateDocuments.activityId, stateDocuments.registration, stateDocuments.stateId],
          set,
        });
      return;
    case 'activityProfile':
      await db
        .insert(activityProfiles)
        .values({ ...set, activityId: target.activityId, scope: target.scope, profileId: documentId })
        .onConflictDoUpdate({ target: [activityProfiles.activityId, activityProfiles.scope, activityProfiles.profileId], set });
      return;
    case 'agentProfile':
      await db
        .insert(agentProfiles)
        .values({ ...set, agentKey: target.agentKey, scope: target.scope, profileId: documentId })
        .onConflictDoUpdate({ target: [agentProfiles.agentKey, agentProfiles.scope, agentProfiles.profileId], set });
      return;
  }
}

/** Deletes one document, or every document at the target when `documentId` is undefined. */
export async function deleteDocuments(db: DbOrTx, target: DocumentTarget, documentId: string | undefined): Promise<void> {
  const { table, idColumn, conditions } = locate(target);
  await db.delete(table).where(documentId === undefined ? and(...conditions) : and(...conditions, eq(idColumn, documentId)));
}
