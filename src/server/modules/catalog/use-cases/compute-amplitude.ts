import { AppError } from '../../../platform/errors/app-error.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { Amplitude, CatalogLevel } from '../../../../shared/contracts/catalog/catalog.js';
import { listRevisions, listVersions, programCodesOf } from '../catalog.repository.js';
import { computeAmplitude } from '../domain/amplitude.js';
import { amplitudeFrame } from '../domain/version-chain.js';
import { asKind, asLevel } from './present.js';

/** The adjustment amplitude of a version against an earlier one, both ways, with the counts behind each. */
export async function getAmplitude(db: DbOrTx, versionId: string, level: CatalogLevel, againstId: string | undefined, locale: 'zh-CN' | 'en'): Promise<Amplitude> {
  const versions = await listVersions(db);
  if (!versions.some((v) => v.id === versionId)) throw new AppError('CATALOG_VERSION_NOT_FOUND', { id: versionId });
  if (againstId && !versions.some((v) => v.id === againstId)) throw new AppError('CATALOG_VERSION_NOT_FOUND', { id: againstId });
  const frame = amplitudeFrame(versions, versionId, againstId);
  if (!frame) {
    if (againstId) throw new AppError('VERSIONS_NOT_ON_ONE_CHAIN', { from: againstId, to: versionId });
    throw new AppError('NO_AMPLITUDE_BASELINE', { id: versionId });
  }
  const [revisions, oldCodes] = await Promise.all([
    listRevisions(db, frame.between.map((v) => v.id), { level }),
    programCodesOf(db, frame.oldEdition.map((v) => v.id), level),
  ]);
  const editionCodes = new Set([...oldCodes.values()].flatMap((set) => [...set]));
  const result = computeAmplitude(
    {
      level,
      revisions: revisions.map((r) => ({ kind: asKind(r.kind), level: asLevel(r.level) })),
      oldVersionPrograms: oldCodes.get(frame.against.id)?.size ?? 0,
      oldEditionPrograms: editionCodes.size,
    },
    locale,
  );
  return { versionId, againstVersionId: frame.against.id, level, ...result };
}
