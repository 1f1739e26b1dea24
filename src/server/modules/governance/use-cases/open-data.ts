import type { Locale } from '../../../platform/i18n/locale.js';
import { decodeCursor, encodeCursor } from '../../../platform/paging.js';
import { offeringLevelSchema } from '../../../../shared/contracts/governance/indicators.js';
import type { OpenDataOfferingRecord, OpenDataOfferingsPage, OpenDataOfferingsQuery, OpenDataProgramRecord, OpenDataProgramsPage, OpenDataProgramsQuery } from '../../../../shared/contracts/governance/open-data.js';
import type { PublicFigure } from '../../../../shared/contracts/governance/public-info.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { indicatorKeysOfYear, indicatorSeries, latestIndicatorYear, listRecordedOfferings, programYearRows } from '../public-info.repository.js';
import { publishFigure, yearsLabel } from '../domain/suppression.js';
import { catalogInForce, loadNames } from './dashboards-names.js';
import { provenanceOf } from './dashboards-view.js';
import { groupSeries, keyOf, publicSettings, publishedFigures, type PublicSettings } from './public-info.js';

/** The open-data API: the public figures as flat records (JSON or CSV), cursor-paged, same suppression. */

type FigurePrefix = 'destinationFirst' | 'destinationYearEnd' | 'relatedEmployment';
type FigureFields<P extends FigurePrefix> = Pick<OpenDataOfferingRecord, `${P}Status` | `${P}Years` | `${P}Numerator` | `${P}Denominator` | `${P}Rate`>;

const figureOf = (figure: PublicFigure | undefined) => ({
  status: figure?.status ?? 'no-data',
  years: yearsLabel(figure?.years ?? []),
  numerator: figure?.numerator ?? null,
  denominator: figure?.denominator ?? null,
  rate: figure?.rate ?? null,
});

function flatFigures(byIndicator: ReadonlyMap<string, PublicFigure>): FigureFields<'destinationFirst'> & FigureFields<'destinationYearEnd'> & FigureFields<'relatedEmployment'> {
  const first = figureOf(byIndicator.get('destination-first'));
  const yearEnd = figureOf(byIndicator.get('destination-year-end'));
  const related = figureOf(byIndicator.get('related-employment'));
  return {
    destinationFirstStatus: first.status, destinationFirstYears: first.years, destinationFirstNumerator: first.numerator, destinationFirstDenominator: first.denominator, destinationFirstRate: first.rate,
    destinationYearEndStatus: yearEnd.status, destinationYearEndYears: yearEnd.years, destinationYearEndNumerator: yearEnd.numerator, destinationYearEndDenominator: yearEnd.denominator, destinationYearEndRate: yearEnd.rate,
    relatedEmploymentStatus: related.status, relatedEmploymentYears: related.years, relatedEmploymentNumerator: related.numerator, relatedEmploymentDenominator: related.denominator, relatedEmploymentRate: related.rate,
  };
}

async function metaOf(deps: GovernanceDeps, isGenerated: boolean, locale: Locale, rules: PublicSettings) {
  const catalog = await catalogInForce(deps);
  return { minCount: rules.minCount, provenance: provenanceOf(isGenerated, catalog?.isSample ?? false, locale) };
}

/** One record per recorded offering with indicators in the year. */
export async function openDataOfferings(deps: GovernanceDeps, locale: Locale, query: OpenDataOfferingsQuery, rules: PublicSettings = publicSettings): Promise<OpenDataOfferingsPage> {
  const year = query.year ?? (await latestIndicatorYear(deps.db, query.province));
  if (year === undefined) return { items: [], nextCursor: null, meta: await metaOf(deps, false, locale, rules) };
  const cursor = decodeCursor<string>(query.cursor, 'string');
  const [provinceCode = '', collegeId = '', programCode = ''] = cursor?.split('|') ?? [];
  const keys = await indicatorKeysOfYear(deps.db, { year, provinceCode: query.province, programCode: query.program, collegeId: query.college, level: query.level, after: cursor ? { provinceCode, collegeId, programCode } : undefined, limit: query.limit + 1 });
  const pageKeys = keys.slice(0, query.limit);
  const recorded = await listRecordedOfferings(deps.db, { keys: pageKeys, year, limit: pageKeys.length });
  const series = groupSeries(await indicatorSeries(deps.db, recorded, { from: year - rules.poolYears + 1, to: year }));
  const names = await loadNames(deps, deps.db, { colleges: recorded.map((r) => r.collegeId), programs: recorded.map((r) => r.programCode) });
  const items: OpenDataOfferingRecord[] = [];
  for (const row of recorded) {
    const rows = series.get(keyOf(row)) ?? [];
    const current = rows.find((r) => r.year === year);
    if (!current) continue;
    const figures = publishedFigures(rows, rules, year);
    const byIndicator = new Map(figures.map((f) => [f.indicator, f]));
    items.push({
      offeringId: `${row.collegeId}:${row.programCode}`, year, provinceCode: row.provinceCode, collegeId: row.collegeId, collegeName: names.college(row.collegeId),
      programCode: row.programCode, programName: names.programInfo(row.programCode) ? names.program(row.programCode, locale) : row.programName,
      level: offeringLevelSchema.safeParse(current.level).data ?? 'higher', plannedPlaces: current.plannedPlaces, entrants: current.entrants, graduates: current.graduates,
      ...flatFigures(byIndicator),
      isGenerated: row.isDemo || current.isGenerated,
    });
  }
  const last = pageKeys[pageKeys.length - 1];
  const nextCursor = keys.length > query.limit && last ? encodeCursor(keyOf(last)) : null;
  return { items, nextCursor, meta: await metaOf(deps, items.some((i) => i.isGenerated), locale, rules) };
}

/** One record per program × province in the year, outcomes pooled over the program's offerings. */
export async function openDataPrograms(deps: GovernanceDeps, locale: Locale, query: OpenDataProgramsQuery, rules: PublicSettings = publicSettings): Promise<OpenDataProgramsPage> {
  const year = query.year ?? (await latestIndicatorYear(deps.db, query.province));
  if (year === undefined) return { items: [], nextCursor: null, meta: await metaOf(deps, false, locale, rules) };
  const rows = await programYearRows(deps.db, { from: year - rules.poolYears + 1, to: year, provinceCode: query.province, level: query.level });
  const groups = new Map<string, typeof rows>();
  for (const row of rows) groups.set(`${row.provinceCode}|${row.programCode}`, [...(groups.get(`${row.provinceCode}|${row.programCode}`) ?? []), row]);
  const after = decodeCursor<string>(query.cursor, 'string');
  const keys = [...groups.keys()].filter((k) => groups.get(k)?.some((r) => r.year === year && r.offerings > 0) && (after === undefined || k > after)).sort();
  const page = keys.slice(0, query.limit);
  const names = await loadNames(deps, deps.db, { programs: page.map((k) => k.split('|')[1] ?? '') });
  const items: OpenDataProgramRecord[] = page.map((key) => {
    const series = groups.get(key) ?? [];
    const current = series.find((r) => r.year === year);
    const figure = publishFigure(series.map((r) => ({ year: r.year, numerator: r.yearEndPlaced, denominator: r.graduates })), rules, year);
    return {
      provinceCode: current?.provinceCode ?? '', year, programCode: current?.programCode ?? '', programName: names.program(current?.programCode ?? '', locale),
      level: offeringLevelSchema.safeParse(current?.level).data ?? 'higher', offerings: current?.offerings ?? 0, entrants: current?.entrants ?? 0, graduates: current?.graduates ?? 0,
      destinationYearEndStatus: figure.status, destinationYearEndNumerator: figure.numerator, destinationYearEndDenominator: figure.denominator, destinationYearEndRate: figure.rate,
      isGenerated: current?.isGenerated ?? false,
    };
  });
  const last = page[page.length - 1];
  return { items, nextCursor: keys.length > query.limit && last ? encodeCursor(last) : null, meta: await metaOf(deps, items.some((i) => i.isGenerated), locale, rules) };
}

/** RFC 4180 CSV with a UTF-8 BOM (Excel opens it as UTF-8): one header row of the record keys. */
export function toCsv(columns: readonly string[], records: readonly Record<string, unknown>[]): string {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${[columns.join(','), ...records.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n')}\r\n`;
}
