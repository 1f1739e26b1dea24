import { randomUUID } from 'node:crypto';
import type { Tx } from '../../../db/open-db.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { CreateResourceInput, UpdateResourceInput } from '../../../../shared/contracts/learning/resources.js';
import { canEdit, statusAfterEdit } from '../domain/access.js';
import { learningPermissions } from '../policies.js';
import { findResource, insertResource, insertVersion, updateResource, type ResourceRow, type ResourceVersionRow } from '../resources.repository.js';
import { deleteSearchDocument } from '../search.repository.js';
import { findUpload } from '../uploads.repository.js';
import { asState, assertReadable, authorScopeOf, requireUser, type LearningDeps } from './learning-deps.js';

/** Category codes of the programs, from the current catalog version; unknown codes are refused. */
export async function resolvePrograms(deps: LearningDeps, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const versions = await deps.catalog.listVersions();
  const version = versions.find((v) => v.isCurrent) ?? versions[0];
  const programs = version ? await deps.catalog.findPrograms(version.id, codes) : [];
  const known = new Set(programs.map((p) => p.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new AppError('PROGRAM_CODES_UNKNOWN', { versionId: version?.id ?? '-', codes: unknown.join(', ') }, [{ field: 'programCodes', code: 'unknown_program', params: { codes: unknown.join(', ') } }]);
  }
  return [...new Set(programs.map((p) => p.categoryCode))];
}

async function resolveProviders(deps: LearningDeps, ownerScope: string, requested: readonly string[]): Promise<string[]> {
  const providers = [...new Set([ownerScope, ...requested])];
  for (const [index, scope] of providers.entries()) {
    const invalid = (reason: string) => new AppError('RESOURCE_PROVIDER_INVALID', { scope, reason }, [{ field: `providers.${index}`, code: 'invalid_provider' }]);
    if (!(await deps.institutions.scopeExists(scope))) throw invalid('unknown college');
    if (providers.filter((other) => other.split(':')[0] === scope.split(':')[0]).length > 1) throw invalid('one college and one enterprise at most');
  }
  return providers;
}

/** A completed upload of the actor's, for this resource type, as a version's file. */
async function fileOfUpload(tx: Tx, uploadId: string | undefined, userId: string, type: string) {
  if (uploadId === undefined) return { fileHash: null, fileName: null, mimeType: null, size: null };
  const upload = await findUpload(tx, uploadId);
  const unusable = (reason: string) => new AppError('UPLOAD_NOT_USABLE', { id: uploadId, reason }, [{ field: 'uploadId', code: 'upload_not_usable' }]);
  if (!upload || upload.userId !== userId) throw new AppError('UPLOAD_NOT_FOUND', { id: uploadId });
  if (upload.status !== 'complete' || upload.fileHash === null) throw unusable('not complete');
  if (upload.resourceType !== type) throw unusable(`it was uploaded for ${upload.resourceType} resources`);
  return { fileHash: upload.fileHash, fileName: upload.fileName, mimeType: upload.mimeType, size: upload.totalSize };
}

export async function createResource(deps: LearningDeps, actor: Actor, input: CreateResourceInput): Promise<string> {
  const user = requireUser(actor);
  const ownerScope = authorScopeOf(actor);
  if (ownerScope === undefined) throw new AppError('SCOPE_DENIED', { action: learningPermissions.authorResources.name });
  await deps.authz.authorize(actor, learningPermissions.authorResources, ownerScope);
  const providerScopes = await resolveProviders(deps, ownerScope, input.providers);
  const categoryCodes = await resolvePrograms(deps, input.programCodes);
  const id = randomUUID();
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const file = await fileOfUpload(tx, input.uploadId, user.userId, input.type);
    const row: ResourceRow = {
      id, type: input.type, status: 'draft', audience: input.audience, ownerScope, providerScopes,
      title: input.title, description: input.description ?? {}, programCodes: input.programCodes, categoryCodes,
      knowledgePoints: input.knowledgePoints, level: input.level, language: input.language, licence: input.licence,
      currentVersion: 1, createdBy: user.userId, createdByName: user.displayName, reviewNote: null, reviewedBy: null,
      publishedAt: null, createdAt: now, updatedAt: now,
    };
    const version: ResourceVersionRow = { resourceId: id, version: 1, ...file, title: input.title, changeNote: input.changeNote ?? '', createdBy: user.displayName, createdAt: now };
    await insertResource(tx, row, version);
    await deps.audit.record(tx, actor, { action: 'learning.resource.created', entityType: 'learning_resource', entityId: id, scope: ownerScope, details: { type: input.type, providers: providerScopes, file: file.fileHash } });
  });
  return id;
}

/** A new version (metadata and/or file) with its change note; a published resource goes back to draft. */
export async function updateResourceVersion(deps: LearningDeps, actor: Actor, id: string, input: UpdateResourceInput): Promise<void> {
  const user = requireUser(actor);
  const categoryCodes = input.programCodes ? await resolvePrograms(deps, input.programCodes) : undefined;
  const now = deps.now();
  // reach is decided before the transaction (scope lookups use the pool; providers never change)
  const { reach } = await assertReadable(deps, actor, await findResource(deps.db, id), id);
  await deps.db.transaction(async (tx) => {
    const row = await findResource(tx, id, { forUpdate: true });
    if (!row) throw new AppError('RESOURCE_NOT_FOUND', { id });
    if (!canEdit(asState(row), reach)) {
      if (row.status === 'in_review' && (reach.authorsProvider || row.createdBy === user.userId)) throw new AppError('RESOURCE_NOT_EDITABLE', { status: row.status });
      throw new AppError('SCOPE_DENIED', { action: learningPermissions.authorResources.name });
    }
    const file = await fileOfUpload(tx, input.uploadId, user.userId, row.type);
    const version = row.currentVersion + 1;
    const title = input.title ?? row.title;
    const status = statusAfterEdit(asState(row).status);
    await insertVersion(tx, { resourceId: id, version, ...file, title, changeNote: input.changeNote, createdBy: user.displayName, createdAt: now });
    await updateResource(tx, id, {
      title,
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.programCodes !== undefined && categoryCodes !== undefined ? { programCodes: input.programCodes, categoryCodes } : {}),
      ...(input.knowledgePoints !== undefined ? { knowledgePoints: input.knowledgePoints } : {}),
      ...(input.level !== undefined ? { level: input.level } : {}),
      ...(input.language !== undefined ? { language: input.language } : {}),
      ...(input.licence !== undefined ? { licence: input.licence } : {}),
      ...(input.audience !== undefined ? { audience: input.audience } : {}),
      currentVersion: version,
      status,
      updatedAt: now,
    });
    if (row.status === 'published') await deleteSearchDocument(tx, 'resource', id);
    await deps.audit.record(tx, actor, { action: 'learning.resource.revised', entityType: 'learning_resource', entityId: id, scope: row.ownerScope, details: { version, changeNote: input.changeNote, file: file.fileHash, status } });
  });
}
