import type { Locale } from '../../../platform/i18n/locale.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { programNamesFromOfferings } from '../dashboards.repository.js';

/**
 * Names for the codes in dashboard and public rows: provinces (GB/T 2260, from the institutions
 * module), colleges, and programs (the catalog version in force, else the name the offering
 * was filed with, else the code). Province names never change and are cached for the process.
 */
export type ProgramInfo = { code: string; name: string; nameEn: string | null; level: string | null; majorCode: string | null; categoryCode: string | null };
export type CatalogInForce = { versionId: string; isSample: boolean } | null;

export type Names = {
  province(code: string): string;
  college(id: string): string;
  program(code: string, locale: Locale): string;
  programInfo(code: string): ProgramInfo | undefined;
  /** The catalog version the program names come from; null when none is in force or no program names were asked for. */
  catalog: CatalogInForce;
};

let provinceNames: Map<string, string> | undefined;

async function loadProvinceNames(deps: Pick<GovernanceDeps, 'institutions'>): Promise<Map<string, string>> {
  provinceNames ??= new Map((await deps.institutions.searchScopes('province', { provinces: 'all', colleges: 'all' }, undefined)).map((s) => [s.scope.slice('province:'.length), s.label]));
  return provinceNames;
}

export async function catalogInForce(deps: Pick<GovernanceDeps, 'catalog'>): Promise<CatalogInForce> {
  const current = (await deps.catalog.listVersions()).find((v) => v.isCurrent);
  return current ? { versionId: current.id, isSample: current.isSample } : null;
}

export async function loadNames(deps: Pick<GovernanceDeps, 'institutions' | 'catalog'>, db: DbOrTx, codes: { colleges?: readonly string[]; programs?: readonly string[] }): Promise<Names> {
  const provinces = await loadProvinceNames(deps);
  const collegeIds = [...new Set(codes.colleges ?? [])];
  const colleges = new Map((collegeIds.length > 0 ? await deps.institutions.findColleges(collegeIds) : []).map((c) => [c.id, c]));
  const programCodes = [...new Set(codes.programs ?? [])];
  // the catalog in force costs two catalog queries: only when program names are asked for
  const catalog = programCodes.length > 0 ? await catalogInForce(deps) : null;
  const programs = new Map<string, ProgramInfo>();
  if (catalog && programCodes.length > 0) {
    for (const p of await deps.catalog.findPrograms(catalog.versionId, programCodes)) {
      programs.set(p.code, { code: p.code, name: p.name, nameEn: p.nameEn, level: p.level, majorCode: p.majorCode, categoryCode: p.categoryCode });
    }
  }
  const missing = programCodes.filter((code) => !programs.has(code));
  for (const [code, name] of await programNamesFromOfferings(db, missing)) programs.set(code, { code, name, nameEn: null, level: null, majorCode: null, categoryCode: null });
  return {
    province: (code) => provinces.get(code) ?? code,
    college: (id) => colleges.get(id)?.name ?? id,
    program: (code, locale) => {
      const info = programs.get(code);
      return (locale === 'en' ? info?.nameEn : undefined) ?? info?.name ?? code;
    },
    programInfo: (code) => programs.get(code),
    catalog,
  };
}
