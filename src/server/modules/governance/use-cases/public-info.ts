import { AppError } from '../../../platform/errors/app-error.js';
import type { Locale } from '../../../platform/i18n/locale.js';
import { decodeCursor, encodeCursor } from '../../../platform/paging.js';
import { offeringLevelSchema } from '../../../../shared/contracts/governance/indicators.js';
import type {
  CompareQuery, CompareResponse, ListProgramOfferingsQuery, ListPublicProgramsQuery, PublicFigure, PublicIndicator, PublicMeta, PublicOffering, PublicOfferingDetail, PublicOfferingPage, PublicProgramPage,
} from '../../../../shared/contracts/governance/public-info.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { indicatorSeries, listRecordedOfferings, recordedProgramCounts, type OfferingKey, type PublicOfferingRow } from '../public-info.repository.js';
import { defaultSuppressionRules, publishFigure, type SuppressionRules, type YearCount } from '../domain/suppression.js';
import { catalogInForce, loadNames, type Names } from './dashboards-names.js';
import { provenanceOf } from './dashboards-view.js';

/**
 * The public information service: no sign-in, recorded offerings only, every rate published
 * with its numerator and denominator or pooled or suppressed below the minimum count.
 */
export type SeriesRow = Awaited<ReturnType<typeof indicatorSeries>>[number];
export const publicIndicators: readonly PublicIndicator[] = ['destination-first', 'destination-year-end', 'related-employment', 'fill-rate'];

export function countsOf(row: SeriesRow, indicator: PublicIndicator): YearCount {
  const firstPlaced = row.firstContractJobs + row.firstFlexibleJobs + row.firstSelfEmployed + row.firstFurtherStudy;
  const yearEndEmployed = row.yearEndContractJobs + row.yearEndFlexibleJobs + row.yearEndSelfEmployed;
  switch (indicator) {
    case 'destination-first':
      return { year: row.year, numerator: firstPlaced, denominator: row.graduates };
    case 'destination-year-end':
      return { year: row.year, numerator: yearEndEmployed + row.yearEndFurtherStudy, denominator: row.graduates };
    case 'related-employment':
      return { year: row.year, numerator: row.relatedEmployed, denominator: yearEndEmployed };
    case 'fill-rate':
      return { year: row.year, numerator: row.entrants, denominator: row.plannedPlaces };
  }
}

export function publishedFigures(series: readonly SeriesRow[], rules: SuppressionRules, year: number | undefined): PublicFigure[] {
  return publicIndicators.map((indicator) => ({ indicator, ...publishFigure(series.map((row) => countsOf(row, indicator)), rules, year) }));
}

export const keyOf = (k: OfferingKey) => `${k.provinceCode}|${k.collegeId}|${k.programCode}`;

export function groupSeries(rows: readonly SeriesRow[]): Map<string, SeriesRow[]> {
  const grouped = new Map<string, SeriesRow[]>();
  for (const row of rows) grouped.set(keyOf(row), [...(grouped.get(keyOf(row)) ?? []), row]);
  return grouped;
}

function presentOffering(row: PublicOfferingRow, series: readonly SeriesRow[], names: Names, rules: SuppressionRules, year: number | undefined, locale: Locale): PublicOffering {
  const upTo = series.filter((s) => year === undefined || s.year <= year);
  const latest = upTo[upTo.length - 1];
  const level = offeringLevelSchema.safeParse(latest?.level ?? names.programInfo(row.programCode)?.level).data ?? 'higher';
  const catalogName = names.programInfo(row.programCode) ? names.program(row.programCode, locale) : row.programName;
  return {
    id: `${row.collegeId}:${row.programCode}`, collegeId: row.collegeId, collegeName: names.college(row.collegeId), provinceCode: row.provinceCode, provinceName: names.province(row.provinceCode),
    regionCode: null, programCode: row.programCode, programName: catalogName, level, openedYear: row.openedYear ?? latest?.year ?? 0, closedYear: null,
    isGenerated: row.isDemo || upTo.some((s) => s.isGenerated), latestYear: latest?.year ?? null,
    outcomes: publishedFigures(upTo, rules, latest?.year),
  };
}

export type PublicSettings = SuppressionRules;
export const publicSettings: PublicSettings = defaultSuppressionRules;
/** The configured minimum count (LUBAN_PUBLIC_MIN_COUNT), else the default 30. */
export const settingsOf = (deps: Pick<GovernanceDeps, 'config'>): PublicSettings => ({ ...defaultSuppressionRules, minCount: deps.config.publicMinCount ?? defaultSuppressionRules.minCount });

async function meta(deps: GovernanceDeps, isGenerated: boolean, locale: Locale, rules: PublicSettings): Promise<PublicMeta> {
  const catalog = await catalogInForce(deps);
  return { minCount: rules.minCount, poolYears: rules.poolYears, provenance: provenanceOf(isGenerated, catalog?.isSample ?? false, locale) };
}

export async function getPublicMeta(deps: GovernanceDeps, locale: Locale, rules: PublicSettings = publicSettings): Promise<PublicMeta> {
  const counts = await recordedProgramCounts(deps.db, undefined);
  return meta(deps, counts.some((c) => c.isGenerated), locale, rules);
}

/** Programs with recorded offerings, filtered by region, level, category or name, paged by code. */
export async function listPublicPrograms(deps: GovernanceDeps, locale: Locale, query: ListPublicProgramsQuery, rules: PublicSettings = publicSettings): Promise<PublicProgramPage> {
  const counts = await recordedProgramCounts(deps.db, query.region);
  const names = await loadNames(deps, deps.db, { programs: counts.map((c) => c.programCode) });
  const q = query.q?.toLowerCase();
  const after = decodeCursor<string>(query.cursor, 'string');
  const programs = counts
    .map((c) => {
      const info = names.programInfo(c.programCode);
      const level = offeringLevelSchema.safeParse(c.level ?? info?.level).data;
      return level ? { code: c.programCode, name: info?.name ?? c.programCode, nameEn: info?.nameEn ?? null, level, majorCode: info?.majorCode ?? null, categoryCode: info?.categoryCode ?? null, collegeCount: c.colleges } : undefined;
    })
    .filter((p) => p !== undefined)
    .filter((p) => (!query.level || p.level === query.level) && (!query.major || p.majorCode === query.major) && (!query.category || p.categoryCode === query.category))
    .filter((p) => !q || p.code.toLowerCase().includes(q) || p.name.toLowerCase().includes(q) || (p.nameEn ?? '').toLowerCase().includes(q))
    .filter((p) => after === undefined || p.code > after);
  const items = programs.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: programs.length > query.limit && last ? encodeCursor(last.code) : null, meta: await meta(deps, counts.some((c) => c.isGenerated), locale, rules) };
}

async function present(deps: GovernanceDeps, rows: readonly PublicOfferingRow[], year: number | undefined, locale: Locale, rules: PublicSettings): Promise<PublicOffering[]> {
  const series = groupSeries(await indicatorSeries(deps.db, rows, { to: year }));
  const names = await loadNames(deps, deps.db, { colleges: rows.map((r) => r.collegeId), programs: rows.map((r) => r.programCode) });
  return rows.map((row) => presentOffering(row, series.get(keyOf(row)) ?? [], names, rules, year, locale));
}

/** Colleges with a recorded offering of the program, each with its latest published outcomes. */
export async function listProgramOfferings(deps: GovernanceDeps, locale: Locale, programCode: string, query: ListProgramOfferingsQuery, rules: PublicSettings = publicSettings): Promise<PublicOfferingPage> {
  const cursor = decodeCursor<string>(query.cursor, 'string');
  const [provinceCode = '', collegeId = ''] = cursor?.split('|') ?? [];
  const rows = await listRecordedOfferings(deps.db, { programCode, provinceCode: query.region, year: query.year, after: cursor ? { provinceCode, collegeId, programCode } : undefined, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const items = await present(deps, page, query.year, locale, rules);
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(`${last.provinceCode}|${last.collegeId}`) : null, meta: await meta(deps, items.some((i) => i.isGenerated), locale, rules) };
}

async function findRecorded(deps: GovernanceDeps, ids: readonly string[], year: number | undefined): Promise<PublicOfferingRow[]> {
  const keys: OfferingKey[] = [];
  for (const id of ids) {
    const [collegeId = '', programCode = ''] = id.split(':');
    const provinceCode = await deps.authz.directory.provinceOfCollege(collegeId);
    if (!provinceCode) throw new AppError('PUBLIC_OFFERING_NOT_FOUND', { id });
    keys.push({ provinceCode, collegeId, programCode });
  }
  const rows = await listRecordedOfferings(deps.db, { keys, year, limit: keys.length });
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k, i) => {
    const row = byKey.get(keyOf(k));
    if (!row) throw new AppError('PUBLIC_OFFERING_NOT_FOUND', { id: ids[i] ?? '' });
    return row;
  });
}

/** One recorded offering: every year's counts and published outcomes. */
export async function getPublicOffering(deps: GovernanceDeps, locale: Locale, id: string, rules: PublicSettings = publicSettings): Promise<PublicOfferingDetail> {
  const [row] = await findRecorded(deps, [id], undefined);
  if (!row) throw new AppError('PUBLIC_OFFERING_NOT_FOUND', { id });
  const series = await indicatorSeries(deps.db, [row]);
  const [offering] = await present(deps, [row], undefined, locale, rules);
  if (!offering) throw new AppError('PUBLIC_OFFERING_NOT_FOUND', { id });
  const years = series.map((s) => ({ year: s.year, plannedPlaces: s.plannedPlaces, entrants: s.entrants, graduates: s.graduates, outcomes: publishedFigures(series.filter((e) => e.year <= s.year), rules, s.year) }));
  return { offering, years, meta: await meta(deps, offering.isGenerated, locale, rules) };
}

/** Up to four recorded offerings side by side (the contract refuses more, naming `ids`). */
export async function compareOfferings(deps: GovernanceDeps, locale: Locale, query: CompareQuery, rules: PublicSettings = publicSettings): Promise<CompareResponse> {
  const rows = await findRecorded(deps, query.ids, query.year);
  const items = await present(deps, rows, query.year, locale, rules);
  return { items, meta: await meta(deps, items.some((i) => i.isGenerated), locale, rules) };
}
