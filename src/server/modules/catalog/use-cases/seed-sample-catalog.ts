import type { Actor } from '../../../platform/authz/actor.js';
import type { DbOrTx } from '../../../db/open-db.js';
import { findVersion, insertVersion, loadSnapshot } from '../catalog.repository.js';
import { findReferenceSet, insertReferenceSet, referenceCodes } from '../reference.repository.js';
import { buildVersion } from '../domain/build-version.js';
import type { ReferenceLookup } from '../domain/catalog-draft.js';
import {
  SAMPLE_EDITION_ID,
  SAMPLE_SUPPLEMENT_ID,
  sampleEditionPrograms,
  sampleReferenceSets,
  sampleSupplementPrograms,
  sampleSupplementRevisions,
} from '../domain/sample-catalog.js';
import type { CatalogDeps } from './catalog-deps.js';

async function seedReferenceSets(db: DbOrTx): Promise<ReferenceLookup> {
  const lookup: ReferenceLookup = {};
  for (const set of sampleReferenceSets) {
    if (!(await findReferenceSet(db, set.id))) {
      await insertReferenceSet(
        db,
        { id: set.id, kind: set.kind, version: 'sample', title: set.title, titleEn: set.titleEn, authority: set.authority, source: set.source, effectiveFrom: null, isSample: true },
        set.items.map((i) => ({ code: i.code, name: i.name, nameEn: i.nameEn, parentCode: null, rank: null, tier: i.tier ?? null, regionCode: i.regionCode ?? null })),
      );
    }
    lookup[set.kind] = { setId: set.id, codes: await referenceCodes(db, set.id) };
  }
  return lookup;
}

function assertClean(result: ReturnType<typeof buildVersion>, versionId: string): void {
  if (result.issues.length > 0) throw new Error(`sample catalog ${versionId} is inconsistent: ${JSON.stringify(result.issues.slice(0, 3))}`);
}

/**
 * Loads the demo's sample catalog (an edition and a supplement, every code SAMPLE-…, every
 * version and reference set flagged isSample) unless it is there already. Returns whether it did.
 */
export async function seedSampleCatalog(deps: CatalogDeps, actor: Actor): Promise<boolean> {
  if (await findVersion(deps.db, SAMPLE_EDITION_ID)) return false;
  await deps.db.transaction(async (tx) => {
    const references = await seedReferenceSets(tx);
    const edition = buildVersion({ mode: 'full', previous: undefined, programs: sampleEditionPrograms, revisions: [], references });
    assertClean(edition, SAMPLE_EDITION_ID);
    await insertVersion(tx, {
      id: SAMPLE_EDITION_ID, title: '职业教育专业目录 2021（示例，非官方，代码为示例代码）', titleEn: 'Vocational program catalog 2021 (SAMPLE — not official, sample codes)',
      kind: 'edition', year: 2021, editionId: SAMPLE_EDITION_ID, previousVersionId: null, source: '示例数据 / sample data', authority: null, effectiveFrom: '2021-03-12', isSample: true,
    }, edition.snapshot, edition.revisions);
    const supplement = buildVersion({ mode: 'delta', previous: await loadSnapshot(tx, SAMPLE_EDITION_ID), programs: sampleSupplementPrograms, revisions: sampleSupplementRevisions, references });
    assertClean(supplement, SAMPLE_SUPPLEMENT_ID);
    await insertVersion(tx, {
      id: SAMPLE_SUPPLEMENT_ID, title: '2024 年增补（示例，非官方）', titleEn: '2024 supplement (SAMPLE — not official)',
      kind: 'supplement', year: 2024, editionId: SAMPLE_EDITION_ID, previousVersionId: SAMPLE_EDITION_ID, source: '示例数据 / sample data', authority: null, effectiveFrom: null, isSample: true,
    }, supplement.snapshot, supplement.revisions);
    await deps.audit.record(tx, actor, {
      action: 'catalog.sample.seed', entityType: 'catalog-version', entityId: SAMPLE_EDITION_ID, scope: 'national',
      details: { versions: [SAMPLE_EDITION_ID, SAMPLE_SUPPLEMENT_ID], isSample: true },
    });
  });
  return true;
}
