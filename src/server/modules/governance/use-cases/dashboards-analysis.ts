import { isAppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { AdjustmentsResponse, AlignmentQuery, AlignmentResponse, AmplitudeSummary, DashboardQuery, SaturationQuery, SaturationResponse, StructuralDeviationQuery, StructuralDeviationResponse } from '../../../../shared/contracts/governance/dashboards.js';
import { offeringLevelSchema, type OfferingLevel } from '../../../../shared/contracts/governance/indicators.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { collegeAdjustments, collegeOfferingRows, collegesByProvinceLevel, figuresByProgram, graduatesByProgram, type View } from '../dashboards.repository.js';
import { industryFigures, latestIndustryYear } from '../industry-data.repository.js';
import { alignmentShares } from '../domain/alignment.js';
import { saturationRows } from '../domain/saturation.js';
import { clusterGraduates, structuralDeviation } from '../domain/structural-deviation.js';
import { rateOf } from '../domain/suppression.js';
import { dashboardColumns } from './dashboards-columns.js';
import { catalogInForce, loadNames } from './dashboards-names.js';
import { buildFrame, contextOf } from './dashboards-view.js';

/** Saturation, alignment shares, structural deviation and the year's adjustments. */

const asLevel = (level: string | null): OfferingLevel => offeringLevelSchema.safeParse(level).data ?? 'higher';
/** Saturation is regional: a college sees its own programs' saturation in its province. */
const regionalView = (view: View): View => (view.level === 'college' ? { level: 'province', provinceCode: view.provinceCode } : view);

type ProgramFigures = Awaited<ReturnType<typeof figuresByProgram>>[number];

/** Per program of the view: the summaries for a country or province, the college's own offerings for a college. */
async function programFigures(deps: GovernanceDeps, view: View, year: number, level: string | undefined): Promise<ProgramFigures[]> {
  if (view.level !== 'college') return figuresByProgram(deps.db, { view, year, level }, { perProvince: false });
  const [offerings, changes] = await Promise.all([collegeOfferingRows(deps.db, view.provinceCode, view.collegeId, year, level), collegeAdjustments(deps.db, view.provinceCode, view.collegeId, year)]);
  const changeOf = new Map(changes.map((c) => [c.programCode, c]));
  const rows: ProgramFigures[] = offerings.map((o) => ({
    provinceCode: null, programCode: o.programCode, level: o.level, offerings: 1, recordedOfferings: 1, plannedPlaces: o.plannedPlaces, entrants: o.entrants, enrollment: o.enrollment, graduates: o.graduates,
    firstPlaced: o.firstContractJobs + o.firstFlexibleJobs + o.firstSelfEmployed + o.firstFurtherStudy,
    yearEndPlaced: o.yearEndContractJobs + o.yearEndFlexibleJobs + o.yearEndSelfEmployed + o.yearEndFurtherStudy,
    yearEndEmployed: o.yearEndContractJobs + o.yearEndFlexibleJobs + o.yearEndSelfEmployed, relatedEmployed: o.relatedEmployed, isGenerated: o.isGenerated,
    addedOfferings: changeOf.get(o.programCode)?.added ?? 0, closedOfferings: changeOf.get(o.programCode)?.closed ?? 0,
  }));
  const offered = new Set(rows.map((r) => r.programCode));
  for (const change of changes) {
    if (offered.has(change.programCode) || (change.added === 0 && change.closed === 0)) continue;
    rows.push({ provinceCode: null, programCode: change.programCode, level: null, offerings: 0, recordedOfferings: 0, plannedPlaces: 0, entrants: 0, enrollment: 0, graduates: 0, firstPlaced: 0, yearEndPlaced: 0, yearEndEmployed: 0, relatedEmployed: 0, isGenerated: false, addedOfferings: change.added, closedOfferings: change.closed });
  }
  return rows;
}

export async function getSaturation(deps: GovernanceDeps, actor: Actor, query: SaturationQuery): Promise<SaturationResponse> {
  const context = await contextOf(deps, actor, query);
  const view = regionalView(context.view);
  const year = context.year;
  const perProvince = query.groupBy === 'program-region';
  const [programs, colleges] = year === null ? [[], []] : await Promise.all([
    figuresByProgram(deps.db, { view, year, level: query.level }, { perProvince, limit: perProvince ? query.limit : undefined }),
    collegesByProvinceLevel(deps.db, { view, year, level: query.level }),
  ]);
  const own = context.view.level === 'college' && year !== null ? new Set((await programFigures(deps, context.view, year, query.level)).map((p) => p.programCode)) : undefined;
  const counts = programs
    .filter((p) => p.offerings > 0 && (own === undefined || own.has(p.programCode)))
    .map((p) => ({ regionCode: p.provinceCode ?? '', programCode: p.programCode, level: asLevel(p.level), offerings: p.offerings, entrants: p.entrants, enrollment: p.enrollment, graduates: p.graduates, placed: query.snapshot === 'first' ? p.firstPlaced : p.yearEndPlaced }));
  const entries = saturationRows(counts, colleges.map((c) => ({ regionCode: c.provinceCode, level: asLevel(c.level), colleges: c.colleges })), query.groupBy, query.limit);
  const names = await loadNames(deps, deps.db, { programs: entries.map((e) => e.programCode) });
  const nationalName = actor.locale === 'en' ? 'National' : '全国';
  const rows = entries.map((e) => ({
    regionCode: e.regionCode ?? (view.level === 'national' ? null : view.provinceCode),
    regionName: e.regionCode ? names.province(e.regionCode) : view.level === 'national' ? nationalName : names.province(view.provinceCode),
    programCode: e.programCode, programName: names.program(e.programCode, actor.locale), level: e.level,
    offerings: e.offerings, collegesInRegion: e.collegesInRegion, repetitionRate: e.repetitionRate,
    entrants: e.entrants, enrollment: e.enrollment, graduates: e.graduates, destinationRate: rateOf(e.placed, e.graduates),
  }));
  const frame = await buildFrame(deps, context, { chart: 'saturation', view: context.view, query, columns: dashboardColumns.saturation, isGenerated: programs.some((p) => p.isGenerated) });
  return { ...frame, rows };
}

const tierNames = {
  'national-key': { 'zh-CN': '国家重点产业', en: 'National key industries' },
  'regional-pillar': { 'zh-CN': '区域支柱产业', en: 'Regional pillar industries' },
  'local-distinctive': { 'zh-CN': '地方特色产业', en: 'Local distinctive industries' },
} as const;

export async function getAlignment(deps: GovernanceDeps, actor: Actor, query: AlignmentQuery): Promise<AlignmentResponse> {
  const context = await contextOf(deps, actor, query);
  const view = context.view;
  const programs = context.year === null ? [] : await programFigures(deps, view, context.year, query.level);
  const catalog = await catalogInForce(deps);
  const classifications = catalog ? await deps.catalog.listClassifications(catalog.versionId) : [];
  const keysOf = new Map<string, string[]>();
  const chainNames = new Map<string, string>();
  const provincePrefix = view.level === 'national' ? null : view.provinceCode.slice(0, 2);
  for (const c of classifications) {
    // a regional item (a province's pillar, a city's distinctive industry) counts in its province; the country view counts every item
    if (c.regionCode !== null && provincePrefix !== null && c.regionCode.slice(0, 2) !== provincePrefix) continue;
    const key = query.by === 'tier' ? (c.kind === 'alignment' ? c.tier : null) : c.kind === 'chain' ? c.itemCode : null;
    if (!key) continue;
    keysOf.set(c.programCode, [...(keysOf.get(c.programCode) ?? []), key]);
    if (query.by === 'chain') chainNames.set(key, (actor.locale === 'en' ? c.nameEn : null) ?? c.name ?? key);
  }
  const keys = query.by === 'tier' ? Object.entries(tierNames).map(([key, name]) => ({ key, name: name[actor.locale] })) : [];
  const shares = alignmentShares(programs.filter((p) => p.offerings > 0), keysOf, keys, actor.locale === 'en' ? 'Unclassified' : '未归类');
  const rows = shares.map((s) => ({ ...s, dimension: query.by, name: chainNames.get(s.key) ?? s.name }));
  const frame = await buildFrame(deps, context, { chart: 'alignment', view, query, columns: dashboardColumns.alignment, isGenerated: programs.some((p) => p.isGenerated) });
  return { ...frame, rows };
}

export async function getStructuralDeviation(deps: GovernanceDeps, actor: Actor, query: StructuralDeviationQuery): Promise<StructuralDeviationResponse> {
  const context = await contextOf(deps, actor, query);
  const view = regionalView(context.view);
  const regions = view.level === 'national' ? 'all' : [view.provinceCode];
  const industryYear = query.industryYear ?? (await latestIndustryYear(deps.db, regions, context.year ?? undefined));
  const industry = industryYear === undefined ? undefined : await industryFigures(deps.db, regions, industryYear);
  const provinces = [...new Set(industry?.provenance.map((p) => p.regionCode) ?? [])];
  const graduates = context.year === null ? [] : await graduatesByProgram(deps.db, provinces, context.year, query.level);
  const catalog = await catalogInForce(deps);
  const classifications = catalog ? await deps.catalog.listClassifications(catalog.versionId) : [];
  const sectionsOf = new Map<string, string[]>();
  const sectionNames = new Map<string, string>();
  for (const c of classifications.filter((item) => item.kind === 'industry')) {
    sectionsOf.set(c.programCode, [...(sectionsOf.get(c.programCode) ?? []), c.itemCode]);
    sectionNames.set(c.itemCode, (actor.locale === 'en' ? c.nameEn : null) ?? c.name ?? c.itemCode);
  }
  const figures = (industry?.sections ?? []).map((s) => ({ sectionCode: s.sectionCode, value: query.basis === 'employment' ? s.employment : (s.valueAdded ?? 0) }));
  for (const s of industry?.sections ?? []) if (s.sectionName && !sectionNames.has(s.sectionCode)) sectionNames.set(s.sectionCode, s.sectionName);
  const entries = structuralDeviation(clusterGraduates(graduates, sectionsOf), figures);
  const rows = entries.map((e) => ({ ...e, sectionName: sectionNames.get(e.sectionCode) ?? e.sectionCode }));
  const isSample = industry?.provenance.some((p) => p.isSample) ?? false;
  const frame = await buildFrame(deps, context, { chart: 'structural-deviation', view: context.view, query, columns: dashboardColumns['structural-deviation'], isGenerated: isSample || graduates.some((g) => g.isGenerated) });
  const sources = [...new Set(industry?.provenance.map((p) => p.source) ?? [])];
  const industryInfo = industryYear === undefined ? null : { regionCode: view.level === 'national' ? '000000' : view.provinceCode, year: industryYear, basis: query.basis, source: sources.length > 0 ? sources.join('; ') : null, isSample };
  return { ...frame, industry: industryInfo, rows };
}

async function amplitudes(deps: GovernanceDeps, locale: Actor['locale']): Promise<AmplitudeSummary[]> {
  const catalog = await catalogInForce(deps);
  if (!catalog) return [];
  const result: AmplitudeSummary[] = [];
  for (const level of offeringLevelSchema.options) {
    try {
      const a = await deps.catalog.getAmplitude(catalog.versionId, level, locale);
      result.push({ versionId: a.versionId, againstVersionId: a.againstVersionId, level, moeRate: a.moe.rate, moeNumerator: a.moe.numerator, moeDenominator: a.moe.denominator, paperRate: a.paper.rate, paperNumerator: a.paper.numerator, paperDenominator: a.paper.denominator });
    } catch (error) {
      // a first edition has nothing to compare with: no amplitude, not an error
      if (!(isAppError(error) && error.code === 'NO_AMPLITUDE_BASELINE')) throw error;
    }
  }
  return result;
}

export async function getAdjustments(deps: GovernanceDeps, actor: Actor, query: DashboardQuery): Promise<AdjustmentsResponse> {
  const context = await contextOf(deps, actor, query);
  const view = context.view;
  const programs = context.year === null ? [] : await programFigures(deps, view, context.year, query.level);
  const changed = programs.filter((p) => p.addedOfferings > 0 || p.closedOfferings > 0);
  const names = await loadNames(deps, deps.db, { programs: changed.map((p) => p.programCode) });
  const rows = changed
    .map((p) => ({ programCode: p.programCode, programName: names.program(p.programCode, actor.locale), level: asLevel(p.level), added: p.addedOfferings, closed: p.closedOfferings, net: p.addedOfferings - p.closedOfferings }))
    .sort((a, b) => b.added + b.closed - (a.added + a.closed) || a.programCode.localeCompare(b.programCode));
  const totals = { added: rows.reduce((s, r) => s + r.added, 0), closed: rows.reduce((s, r) => s + r.closed, 0) };
  const frame = await buildFrame(deps, context, { chart: 'adjustments', view, query, columns: dashboardColumns.adjustments, isGenerated: programs.some((p) => p.isGenerated) });
  return { ...frame, totals, amplitude: await amplitudes(deps, actor.locale), rows };
}
