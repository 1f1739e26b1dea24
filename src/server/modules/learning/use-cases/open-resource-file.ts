import type { Readable } from 'node:stream';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { parseRange } from '../domain/range.js';
import { findFileVersion, findResource } from '../resources.repository.js';
import { assertReadable, type LearningDeps } from './learning-deps.js';
import { recordLearnerEvent } from './learner-events.js';

export type OpenedFile = {
  stream: Readable | undefined;
  fileName: string;
  mimeType: string;
  size: number;
  /** set for a 206 answer; `unsatisfiable` for 416 */
  range: { start: number; end: number } | 'unsatisfiable' | undefined;
};

/** The file of a version the reader may see (a byte range of it for seeking); a download records `downloaded`. */
export async function openResourceFile(deps: LearningDeps, actor: Actor, id: string, options: { version?: number | undefined; rangeHeader?: string | undefined; isDownload: boolean }): Promise<OpenedFile> {
  const { row } = await assertReadable(deps, actor, await findResource(deps.db, id), id);
  const version = Math.min(options.version ?? row.currentVersion, row.currentVersion);
  const file = await findFileVersion(deps.db, id, version);
  if (!file?.fileHash || !file.mimeType || !file.fileName || file.size === null) throw new AppError('RESOURCE_HAS_NO_FILE', { version });
  const answer = parseRange(options.rangeHeader, file.size);
  const opened = { fileName: file.fileName, mimeType: file.mimeType, size: file.size };
  if (answer.kind === 'unsatisfiable') return { ...opened, stream: undefined, range: 'unsatisfiable' };
  const range = answer.kind === 'partial' ? { start: answer.start, end: answer.end } : undefined;
  const stream = await deps.files.get(file.fileHash, range);
  if (options.isDownload && row.status === 'published') await recordLearnerEvent(deps, actor, 'downloaded', row, file.version);
  return { ...opened, stream, range };
}
