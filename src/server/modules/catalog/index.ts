import type { FastifyPluginAsync } from 'fastify';
import type { PlatformDeps } from '../../platform/context/platform-deps.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { Amplitude, CatalogLevel, CatalogVersion, FollowResult, Program, ProgramDetail } from '../../../shared/contracts/catalog/catalog.js';
import type { ReferenceKind } from '../../../shared/contracts/catalog/reference-data.js';
import { createCatalogReadRoutes } from './http/routes.js';
import { createCatalogAdminRoutes } from './http/admin.routes.js';
import { followProgram } from './use-cases/follow-program.js';
import { findProgramsIn, getProgramDetail, listCatalogVersions } from './use-cases/read-catalog.js';
import { seedSampleCatalog } from './use-cases/seed-sample-catalog.js';
import { getAmplitude } from './use-cases/compute-amplitude.js';
import { listVersionClassifications } from './reference.repository.js';
import { loadSnapshot } from './catalog.repository.js';

/** One program's attachment to a reference item, with the item's name and tier. */
export type ProgramClassification = {
  programCode: string;
  setId: string;
  kind: ReferenceKind;
  itemCode: string;
  name: string | null;
  nameEn: string | null;
  tier: string | null;
  regionCode: string | null;
};

/** A program with the names of its major category and category (controlled-program matching, rule runs, seeds). */
export type ProgramNames = {
  code: string;
  level: CatalogLevel;
  name: string;
  majorCode: string;
  majorName: string;
  categoryCode: string;
  categoryName: string;
};

export type CatalogApi = {
  /** Every version, with `isCurrent` on the one the platform uses by default. */
  listVersions(): Promise<CatalogVersion[]>;
  getProgram(versionId: string, code: string): Promise<ProgramDetail>;
  /** The programs of a version among `codes` (unknown codes are left out), e.g. to check offerings. */
  findPrograms(versionId: string, codes: readonly string[]): Promise<Program[]>;
  /** Where a program code of version `from` went by version `to` (or where it came from, backward). */
  followProgram(query: { code: string; from: string; to: string }): Promise<FollowResult>;
  /** Loads the labelled sample catalog (demo) unless present; true when it loaded it. */
  seedSampleCatalog(actor: Actor): Promise<boolean>;
  /** Every classification of a version's programs (industry sections, ISCED-F, alignment tiers, chains), e.g. for dashboards. */
  listClassifications(versionId: string): Promise<ProgramClassification[]>;
  /** Adjustment amplitude of a version against its default baseline, both definitions (throws NO_AMPLITUDE_BASELINE when it has none). */
  getAmplitude(versionId: string, level: CatalogLevel, locale: 'zh-CN' | 'en'): Promise<Amplitude>;
  /** Every program of a version with its major-category and category names, in code order. */
  listProgramNames(versionId: string): Promise<ProgramNames[]>;
};

export type CatalogModule = { routes: FastifyPluginAsync; api: CatalogApi };

/**
 * The program catalog: versioned editions and supplements at three levels, change records,
 * adjustment amplitude, continuity between levels, and the reference data programs are
 * classified by. Reading is public; writing is for national administrators.
 */
export function createCatalogModule(deps: Pick<PlatformDeps, 'db' | 'authz' | 'audit'>): CatalogModule {
  const routes: FastifyPluginAsync = async (app) => {
    await app.register(createCatalogReadRoutes(deps.db));
    await app.register(createCatalogAdminRoutes(deps));
  };
  return {
    routes,
    api: {
      listVersions: () => listCatalogVersions(deps.db),
      getProgram: (versionId, code) => getProgramDetail(deps.db, versionId, code),
      findPrograms: (versionId, codes) => findProgramsIn(deps.db, versionId, codes),
      followProgram: (query) => followProgram(deps.db, query),
      seedSampleCatalog: (actor) => seedSampleCatalog(deps, actor),
      listClassifications: async (versionId) => (await listVersionClassifications(deps.db, versionId)).map((row) => ({ ...row, kind: row.kind as ReferenceKind })),
      getAmplitude: (versionId, level, locale) => getAmplitude(deps.db, versionId, level, undefined, locale),
      listProgramNames: async (versionId) => {
        const snapshot = await loadSnapshot(deps.db, versionId);
        const nameOf = (code: string) => snapshot.categories.get(code)?.name ?? code;
        return [...snapshot.programs.values()]
          .map((p) => ({ code: p.code, level: p.level, name: p.name, majorCode: p.majorCode, majorName: nameOf(p.majorCode), categoryCode: p.categoryCode, categoryName: nameOf(p.categoryCode) }))
          .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      },
    },
  };
}

export { catalogErrors } from './errors.js';
