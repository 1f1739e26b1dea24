import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { MAX_CHUNK_BYTES, type CreateUploadInput, type Upload } from '../../../../shared/contracts/learning/uploads.js';
import { resourceTypeSchema } from '../../../../shared/contracts/learning/resources.js';
import { formatBytes, sizeLimits } from '../domain/limits.js';
import { checkContent, isMimeAllowed, SNIFF_BYTES } from '../domain/sniff.js';
import { learningPermissions } from '../policies.js';
import { advanceUpload, completeUploadRow, findUpload, insertUpload, type UploadRow } from '../uploads.repository.js';
import { authorScopeOf, requireUser, type LearningDeps } from './learning-deps.js';
import { unpackUploadedPackage } from './unpack-simulation-package.js';

function present(row: UploadRow): Upload {
  return {
    id: row.id,
    resourceType: resourceTypeSchema.parse(row.resourceType),
    fileName: row.fileName,
    mimeType: row.mimeType,
    totalSize: row.totalSize,
    receivedBytes: row.receivedBytes,
    status: row.status === 'complete' ? 'complete' : 'open',
    maxChunkBytes: MAX_CHUNK_BYTES,
  };
}

/** Starts a resumable upload after checking the declared type and size against the resource type's limits. */
export async function createUpload(deps: LearningDeps, actor: Actor, input: CreateUploadInput): Promise<Upload> {
  const user = requireUser(actor);
  const ownerScope = authorScopeOf(actor);
  if (ownerScope === undefined) throw new AppError('SCOPE_DENIED', { action: learningPermissions.authorResources.name });
  await deps.authz.authorize(actor, learningPermissions.authorResources, ownerScope);
  const mimeType = input.mimeType.toLowerCase();
  if (!isMimeAllowed(input.resourceType, mimeType)) {
    throw new AppError('UPLOAD_TYPE_NOT_ALLOWED', { type: input.resourceType, mimeType }, [{ field: 'mimeType', code: 'type_not_allowed' }]);
  }
  const limit = sizeLimits[input.resourceType];
  if (input.totalSize > limit) {
    throw new AppError('UPLOAD_TOO_LARGE', { limit: formatBytes(limit), type: input.resourceType }, [{ field: 'totalSize', code: 'too_large', params: { limit: formatBytes(limit) } }]);
  }
  const now = deps.now();
  const row: UploadRow = { id: randomUUID(), userId: user.userId, ownerScope, resourceType: input.resourceType, fileName: input.fileName, mimeType, totalSize: input.totalSize, receivedBytes: 0, status: 'open', fileHash: null, createdAt: now, updatedAt: now };
  await deps.db.transaction(async (tx) => {
    await insertUpload(tx, row);
    await deps.audit.record(tx, actor, { action: 'learning.upload.created', entityType: 'learning_upload', entityId: row.id, scope: ownerScope, details: { fileName: row.fileName, mimeType, totalSize: row.totalSize } });
  });
  return present(row);
}

async function ownUpload(deps: LearningDeps, actor: Actor, id: string): Promise<UploadRow> {
  const user = requireUser(actor);
  deps.authz.scopeFilter(actor, learningPermissions.authorResources);
  const row = await findUpload(deps.db, id);
  if (!row || row.userId !== user.userId) throw new AppError('UPLOAD_NOT_FOUND', { id });
  return row;
}

export async function getUpload(deps: LearningDeps, actor: Actor, id: string): Promise<Upload> {
  return present(await ownUpload(deps, actor, id));
}

function assertContent(row: UploadRow, head: Uint8Array): void {
  const check = checkContent(resourceTypeSchema.parse(row.resourceType), row.mimeType, head);
  if (check.ok) return;
  throw new AppError(check.code, { declared: row.mimeType, detected: check.format, type: row.resourceType, mimeType: row.mimeType });
}

/** Stores one chunk at `offset`, which must be where the upload stands (a restart asks first, then resumes). */
export async function putChunk(deps: LearningDeps, actor: Actor, id: string, offset: number, bytes: Buffer | undefined): Promise<Upload> {
  const row = await ownUpload(deps, actor, id);
  if (bytes === undefined || bytes.length === 0) throw new AppError('VALIDATION_FAILED', { summary: 'body' }, [{ field: 'body', code: 'expected_octet_stream' }]);
  if (row.status !== 'open') throw new AppError('UPLOAD_ALREADY_COMPLETE');
  if (offset !== row.receivedBytes) throw new AppError('UPLOAD_OFFSET_MISMATCH', { offset, expected: row.receivedBytes });
  if (offset + bytes.length > row.totalSize) throw new AppError('UPLOAD_CHUNK_OVERFLOW', { total: row.totalSize });
  // refuse a disguised file at its first bytes, before storing the rest
  if (offset === 0) assertContent(row, bytes.subarray(0, SNIFF_BYTES));
  await deps.staging.write(id, offset, bytes);
  const to = offset + bytes.length;
  if (!(await advanceUpload(deps.db, id, offset, to, deps.now()))) {
    const current = await findUpload(deps.db, id);
    throw new AppError('UPLOAD_OFFSET_MISMATCH', { offset, expected: current?.receivedBytes ?? 0 });
  }
  return present({ ...row, receivedBytes: to });
}

/** Checks the whole file arrived and its content again, then moves it into the store under its hash. */
export async function completeUpload(deps: LearningDeps, actor: Actor, id: string): Promise<Upload> {
  const row = await ownUpload(deps, actor, id);
  if (row.status !== 'open') throw new AppError('UPLOAD_ALREADY_COMPLETE');
  const staged = await deps.staging.size(id);
  if (row.receivedBytes !== row.totalSize || staged < row.totalSize) throw new AppError('UPLOAD_INCOMPLETE', { received: row.receivedBytes, total: row.totalSize });
  assertContent(row, await deps.staging.head(id, SNIFF_BYTES));
  // a simulation package is unpacked and checked entry by entry before the upload completes
  const savePackage = await unpackUploadedPackage(deps, row, () => deps.staging.read(id));
  const stored = await deps.files.put(deps.staging.read(id));
  if (stored.size !== row.totalSize) throw new AppError('UPLOAD_INCOMPLETE', { received: stored.size, total: row.totalSize });
  await deps.db.transaction(async (tx) => {
    await completeUploadRow(tx, id, stored.hash, row.mimeType, deps.now());
    await savePackage?.(tx, stored.hash);
    await deps.audit.record(tx, actor, { action: 'learning.upload.completed', entityType: 'learning_upload', entityId: id, scope: row.ownerScope, details: { hash: stored.hash, size: stored.size } });
  });
  await deps.staging.discard(id);
  return present({ ...row, status: 'complete', fileHash: stored.hash });
}
