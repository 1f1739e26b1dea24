import { AppError } from '../../../platform/errors/app-error.js';
import { checkPostedJson, checkPreconditions, etagOf, mergeDocument, type DocumentRecord, type Preconditions } from '../domain/documents.js';
import type { XapiVersion } from '../domain/validation.js';
import { deleteDocuments, findDocument, listDocumentIds, saveDocument, type DocumentTarget } from '../documents.repository.js';
import type { LrsDeps, LrsPrincipal } from './lrs-deps.js';

export type DocumentWrite = {
  target: DocumentTarget;
  documentId: string;
  content: Buffer;
  contentType: string;
  preconditions: Preconditions;
  version: XapiVersion;
};

function requireWrite(principal: LrsPrincipal): void {
  if (!principal.permissions.has('write')) throw new AppError('LRS_FORBIDDEN', { action: 'write documents' });
}

/** Documents are shared by every client of a scope; any permission lets a client read them. */
function requireRead(principal: LrsPrincipal): void {
  if (principal.permissions.size === 0) throw new AppError('LRS_FORBIDDEN', { action: 'read documents' });
}

/**
 * xAPI 2.0 refuses a blind PUT over an existing document for every document resource; 1.0.3
 * only for the Activity and Agent Profile resources.
 */
function refusesBlindOverwrite(write: DocumentWrite): boolean {
  return write.version === '2.0.0' || write.target.kind !== 'state';
}

/** xAPI 1.0.3 makes the profile resources' PUT always carry If-Match or If-None-Match. */
function requiresPreconditions(write: DocumentWrite): boolean {
  return write.version === '1.0.3' && write.target.kind !== 'state';
}

/** PUT: store or replace the document, subject to If-Match / If-None-Match. */
export async function putDocument(deps: LrsDeps, principal: LrsPrincipal, write: DocumentWrite): Promise<void> {
  requireWrite(principal);
  await deps.db.transaction(async (tx) => {
    const existing = await findDocument(tx, write.target, write.documentId, true);
    checkPreconditions(existing, write.preconditions, refusesBlindOverwrite(write));
    const hasPrecondition = write.preconditions.ifMatch !== undefined || write.preconditions.ifNoneMatch !== undefined;
    if (!hasPrecondition && requiresPreconditions(write)) throw new AppError('LRS_PRECONDITION_REQUIRED');
    const record: DocumentRecord = { content: write.content, contentType: write.contentType, etag: etagOf(write.content), updated: deps.now() };
    await saveDocument(tx, write.target, write.documentId, record);
  });
}

/** POST: store, or merge JSON objects into the existing document. */
export async function postDocument(deps: LrsDeps, principal: LrsPrincipal, write: DocumentWrite): Promise<void> {
  requireWrite(principal);
  checkPostedJson(write.content, write.contentType);
  await deps.db.transaction(async (tx) => {
    const existing = await findDocument(tx, write.target, write.documentId, true);
    checkPreconditions(existing, write.preconditions, false);
    const content = existing ? mergeDocument(existing, write.content, write.contentType) : write.content;
    const contentType = existing ? existing.contentType : write.contentType;
    await saveDocument(tx, write.target, write.documentId, { content, contentType, etag: etagOf(content), updated: deps.now() });
  });
}

export async function getDocument(deps: LrsDeps, principal: LrsPrincipal, target: DocumentTarget, documentId: string): Promise<DocumentRecord> {
  requireRead(principal);
  const document = await findDocument(deps.db, target, documentId);
  if (!document) throw new AppError('LRS_DOCUMENT_NOT_FOUND', { id: documentId });
  return document;
}

/** The ids at a target (optionally updated after `since`) and the newest update among them. */
export async function getDocumentIds(deps: LrsDeps, principal: LrsPrincipal, target: DocumentTarget, since: Date | undefined) {
  requireRead(principal);
  const rows = await listDocumentIds(deps.db, target, since);
  const lastModified = rows.reduce<Date | undefined>((latest, row) => (!latest || row.updated > latest ? row.updated : latest), undefined);
  return { ids: rows.map((row) => row.id), lastModified };
}

/** DELETE one document (If-Match honoured), or every State document at the target. */
export async function removeDocuments(
  deps: LrsDeps,
  principal: LrsPrincipal,
  target: DocumentTarget,
  documentId: string | undefined,
  preconditions: Preconditions,
): Promise<void> {
  requireWrite(principal);
  await deps.db.transaction(async (tx) => {
    if (documentId !== undefined) {
      const existing = await findDocument(tx, target, documentId, true);
      checkPreconditions(existing, preconditions, false);
    }
    await deleteDocuments(tx, target, documentId);
  });
}
