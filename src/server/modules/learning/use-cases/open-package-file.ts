import type { Readable } from 'node:stream';
import { AppError } from '../../../platform/errors/app-error.js';
import { findFileVersion } from '../resources.repository.js';
import { findPackage } from '../simulations.repository.js';
import type { LearningDeps } from './learning-deps.js';
import { attemptOfCredential } from './report-simulation-events.js';

export type OpenedPackageFile = { stream: Readable; mimeType: string; size: number };

/**
 * A file of the package an unexpired launch credential opened. Only paths listed in the unpacked
 * package exist: no directory listings, and `..` or encoded tricks match nothing.
 */
export async function openPackageFile(deps: LearningDeps, token: string, path: string): Promise<OpenedPackageFile> {
  const attempt = await attemptOfCredential(deps, token, 'files');
  const version = await findFileVersion(deps.db, attempt.resourceId, attempt.version);
  const stored = version?.fileHash ? await findPackage(deps.db, version.fileHash) : undefined;
  const file = stored?.files.find((candidate) => candidate.path === path);
  if (!file) throw new AppError('ROUTE_NOT_FOUND', { method: 'GET', path: `package file ${path}` });
  return { stream: await deps.files.get(file.hash), mimeType: file.mimeType, size: file.size };
}
