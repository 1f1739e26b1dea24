import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { ReferenceItem, ReferenceSet, SetProgramClassificationsRequest } from '../../../../shared/contracts/catalog/reference-data.js';
import { decodeCursor, toPage } from '../../../platform/paging.js';
import { findPrograms } from '../catalog.repository.js';
import { findReferenceItems, findReferenceSet, listReferenceItems, listReferenceSets, replaceProgramClassifications } from '../reference.repository.js';
import { catalogPermissions } from '../policies.js';
import type { CatalogDeps } from './catalog-deps.js';
import { requireVersion } from './read-catalog.js';
import { asReferenceKind } from './present.js';

export async function listReferenceSetsView(db: DbOrTx, kind: string | undefined): Promise<ReferenceSet[]> {
  const rows = await listReferenceSets(db, kind);
  return rows.map((r) => ({
    id: r.id, kind: asReferenceKind(r.kind), version: r.version, title: r.title, titleEn: r.titleEn, authority: r.authority,
    source: r.source, effectiveFrom: r.effectiveFrom, isSample: r.isSample, itemCount: r.itemCount, createdAt: r.createdAt.toISOString(),
  }));
}

const tierOf = (tier: string | null): ReferenceItem['tier'] => (tier === 'national-key' || tier === 'regional-pillar' || tier === 'local-distinctive' ? tier : null);

export async function listReferenceItemsPage(db: DbOrTx, setId: string, query: { q?: string | undefined; tier?: string | undefined; region?: string | undefined; cursor?: string | undefined; limit: number }) {
  if (!(await findReferenceSet(db, setId))) throw new AppError('REFERENCE_SET_NOT_FOUND', { id: setId });
  const rows = await listReferenceItems(db, { setId, q: query.q, tier: query.tier, region: query.region, afterCode: decodeCursor<string>(query.cursor, 'string'), limit: query.limit + 1 });
  const page = toPage(rows, query.limit, (r) => r.code);
  return {
    items: page.items.map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn, parentCode: r.parentCode, rank: r.rank, tier: tierOf(r.tier), regionCode: r.regionCode })),
    nextCursor: page.nextCursor,
  };
}

/** Replaces a program's classifications in one version (national administrators). */
export async function setProgramClassifications(deps: CatalogDeps, actor: Actor, versionId: string, code: string, request: SetProgramClassificationsRequest): Promise<void> {
  await deps.authz.authorize(actor, catalogPermissions.manageCatalog, 'national');
  await requireVersion(deps.db, versionId);
  const [program] = await findPrograms(deps.db, versionId, [code]);
  if (!program) throw new AppError('PROGRAM_NOT_FOUND', { versionId, code });
  const unique = [...new Map(request.items.map((i) => [`${i.setId}|${i.itemCode}`, i])).values()];
  const found = await findReferenceItems(deps.db, unique);
  for (const item of unique) {
    if (!found.some((f) => f.setId === item.setId && f.code === item.itemCode)) {
      if (!(await findReferenceSet(deps.db, item.setId))) throw new AppError('REFERENCE_SET_NOT_FOUND', { id: item.setId });
      throw new AppError('REFERENCE_ITEM_NOT_FOUND', { setId: item.setId, code: item.itemCode });
    }
  }
  await deps.db.transaction(async (tx) => {
    await replaceProgramClassifications(tx, versionId, code, unique);
    await deps.audit.record(tx, actor, {
      action: 'catalog.program.classify',
      entityType: 'catalog-program',
      entityId: `${versionId}:${code}`,
      scope: 'national',
      details: { items: unique },
    });
  });
}
