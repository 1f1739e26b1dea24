import type { FastifyPluginAsync } from 'fastify';
import type { PlatformDeps } from '../../platform/context/platform-deps.js';
import type { ScopeDirectory } from '../../platform/authz/scope.js';
import { parseScope } from '../../platform/authz/scope.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { DbOrTx } from '../../db/open-db.js';
import {
  countRegions,
  findCollege,
  findColleges,
  findRegion,
  listColleges,
  listRegions,
  upsertColleges,
  upsertRegions,
} from './institutions.repository.js';
import { loadRegionsFromPackage } from './region-source.js';
import { createInstitutionsRoutes } from './http/routes.js';
import { createCollegeAdminRoutes } from './http/college-admin.routes.js';
import type { InstitutionsDeps } from './use-cases/institutions-deps.js';

export type CollegeInput = {
  id: string;
  name: string;
  nameEn: string | null;
  provinceCode: string;
  regionCode: string;
  level: 'secondary' | 'higher' | 'undergraduate';
  ownership: 'public' | 'private';
  authority: string | null;
  isDemo: boolean;
};

export type InstitutionsApi = {
  /** college → province lookups for scope checks (cached; colleges do not move between provinces). */
  directory: ScopeDirectory;
  /** A person-readable name for a scope, in the caller's language. */
  scopeLabel(scope: string, locale: Locale): Promise<string>;
  /** Does the scope name something that exists (a known province, college …)? */
  scopeExists(scope: string): Promise<boolean>;
  /** Loads GB/T 2260 regions from the bundled package when the table is empty. Returns how many were loaded. */
  ensureRegions(db: DbOrTx): Promise<number>;
  upsertColleges(db: DbOrTx, rows: CollegeInput[]): Promise<void>;
  /** The colleges among `ids` (unknown ids are left out), e.g. to name the rows of a dashboard. */
  findColleges(ids: readonly string[]): Promise<CollegeInput[]>;
  /** Every college of one province (rule runs rank and cap within a province), in id order. */
  listCollegesInProvince(db: DbOrTx, provinceCode: string): Promise<CollegeInput[]>;
  /** Province and college scopes inside a filter, matching `q`, for pickers (at most 50). */
  searchScopes(
    kind: 'province' | 'college',
    within: { provinces: string[] | 'all'; colleges: string[] | 'all' },
    q: string | undefined,
  ): Promise<{ scope: string; label: string }[]>;
};

export type InstitutionsModule = { routes: FastifyPluginAsync; api: InstitutionsApi };

/** college → province lookups, cached: colleges rarely move, and every scope check asks. */
export type CollegeDirectory = ScopeDirectory & {
  /** Records where colleges are after a write, so scope checks see an import at once. */
  remember(rows: readonly { id: string; provinceCode: string }[]): void;
};

/**
 * Created before the module, because the platform's authorizer and audit writer need it
 * and the module's routes need them: one directory, one cache.
 */
export function createCollegeDirectory(defaultDb: DbOrTx): CollegeDirectory {
  const provinceCache = new Map<string, string>();
  return {
    async provinceOfCollege(collegeId, db) {
      const cached = provinceCache.get(collegeId);
      if (cached) return cached;
      const college = await findCollege(db ?? defaultDb, collegeId);
      if (college) provinceCache.set(collegeId, college.provinceCode);
      return college?.provinceCode;
    },
    remember(rows) {
      for (const row of rows) provinceCache.set(row.id, row.provinceCode);
    },
  };
}

/** Regions (GB/T 2260) and colleges: the reference data every other module points at by code. */
export function createInstitutionsModule(deps: PlatformDeps & { directory: CollegeDirectory }): InstitutionsModule {
  const directory = deps.directory;
  const api: InstitutionsApi = {
    directory,
    async scopeLabel(scope, locale) {
      const parsed = parseScope(scope);
      switch (parsed.kind) {
        case 'national':
          return locale === 'en' ? 'National' : '全国';
        case 'self':
          return locale === 'en' ? 'Self' : '个人';
        case 'province':
          return (await findRegion(deps.db, parsed.code))?.name ?? scope;
        case 'college':
          return (await findColleges(deps.db, [parsed.id]))[0]?.name ?? scope;
        case 'enterprise':
          return scope;
      }
    },
    async scopeExists(scope) {
      const parsed = parseScope(scope);
      if (parsed.kind === 'province') return (await findRegion(deps.db, parsed.code))?.level === 'province';
      if (parsed.kind === 'college') return (await findCollege(deps.db, parsed.id)) !== undefined;
      return true;
    },
    async ensureRegions(db) {
      if ((await countRegions(db)) > 0) return 0;
      const records = loadRegionsFromPackage();
      await upsertRegions(db, records);
      return records.length;
    },
    async searchScopes(kind, within, q) {
      if (kind === 'province') {
        const provinces = await listRegions(deps.db, 'province', undefined);
        return provinces
          .filter((p) => within.provinces === 'all' || within.provinces.includes(p.code))
          .filter((p) => !q || p.name.includes(q) || p.code.startsWith(q))
          .map((p) => ({ scope: `province:${p.code}`, label: p.name }));
      }
      const rows = await listColleges(deps.db, { provinces: within.provinces, collegeIds: within.colleges, q, limit: 50 });
      return rows.map((c) => ({ scope: `college:${c.id}`, label: c.name }));
    },
    async listCollegesInProvince(db, provinceCode) {
      const rows = await listColleges(db, { provinces: 'all', collegeIds: 'all', province: provinceCode, limit: 1_000_000 });
      return rows.map((r) => ({
        id: r.id, name: r.name, nameEn: r.nameEn, provinceCode: r.provinceCode, regionCode: r.regionCode,
        level: r.level === 'secondary' ? 'secondary' : r.level === 'undergraduate' ? 'undergraduate' : 'higher',
        ownership: r.ownership === 'private' ? 'private' : 'public', authority: r.authority, isDemo: r.isDemo,
      }));
    },
    async findColleges(ids) {
      const rows: CollegeInput[] = [];
      for (let i = 0; i < ids.length; i += 1000) {
        for (const row of await findColleges(deps.db, ids.slice(i, i + 1000))) {
          rows.push({ ...row, level: row.level as CollegeInput['level'], ownership: row.ownership as CollegeInput['ownership'] });
        }
      }
      return rows;
    },
    async upsertColleges(db, rows) {
      await upsertColleges(db, rows);
      directory.remember(rows);
    },
  };

  const adminDeps: InstitutionsDeps = { db: deps.db, authz: deps.authz, audit: deps.audit, onCollegesWritten: (rows) => directory.remember(rows) };
  const routes: FastifyPluginAsync = async (app) => {
    await app.register(createInstitutionsRoutes(deps.db, deps.authz));
    await app.register(createCollegeAdminRoutes(adminDeps));
  };
  return { routes, api };
}
export { institutionsErrors } from './errors.js';

// The spreadsheet reader every import uses (colleges here; catalog and reference data in `catalog`).
export { readUpload, fingerprintOf } from './spreadsheet/upload.js';
export { isLocated, renderIssues, sortIssues, spreadsheetIssueMessages, type IssueMessages, type RowIssue } from './spreadsheet/issues.js';
export { locateTable, RowReader, splitList, type ColumnSpec, type Layout, type LocatedTable } from './spreadsheet/table.js';
export { buildCsvTemplate, buildXlsxTemplate, contentDisposition, type TemplateFile, type TemplateSheet } from './spreadsheet/template.js';
export { columnLetters, type Sheet, type SheetRow } from './spreadsheet/workbook.js';
