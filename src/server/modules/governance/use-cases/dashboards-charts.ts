import type { Actor } from '../../../platform/authz/actor.js';
import type { BreakdownResponse, DashboardQuery, MapResponse, OverviewResponse, OverviewRow, TrendsResponse, UnitRow } from '../../../../shared/contracts/governance/dashboards.js';
import { placedOf, employedOf } from '../../../../shared/contracts/governance/indicators.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { adjustmentsPerYear, collegeOfferingRows, figuresByCollege, figuresByProgram, figuresByProvince, figuresByYear, openWarningCounts, type Figures, type View, type WarningGroup } from '../dashboards.repository.js';
import { rateOf } from '../domain/suppression.js';
import { dashboardColumns } from './dashboards-columns.js';
import { loadNames } from './dashboards-names.js';
import { buildFrame, contextOf, type FrameContext } from './dashboards-view.js';

/** Overview, the China map, the drill-down breakdown and the trends: figures from the summaries. */

type SeverityByKey = Map<string, { notice: number; yellow: number; red: number }>;

async function warningsBy(deps: GovernanceDeps, view: View, groupBy: WarningGroup): Promise<SeverityByKey> {
  const byKey: SeverityByKey = new Map();
  for (const row of await openWarningCounts(deps.db, view, groupBy)) {
    const key = row.key ?? '';
    const entry = byKey.get(key) ?? { notice: 0, yellow: 0, red: 0 };
    if (row.severity === 'notice' || row.severity === 'yellow' || row.severity === 'red') entry[row.severity] += row.count;
    byKey.set(key, entry);
  }
  return byKey;
}

type UnitFigures = Figures & { colleges: number };

function unitRow(unit: Pick<UnitRow, 'unitKind' | 'unitId' | 'unitName' | 'provinceCode' | 'collegeId' | 'programCode'>, figures: UnitFigures, snapshot: DashboardQuery['snapshot'], minCount: number, warnings: SeverityByKey): UnitRow {
  const numerator = snapshot === 'first' ? figures.firstPlaced : figures.yearEndPlaced;
  const severity = warnings.get(unit.unitKind === 'offering' ? (unit.programCode ?? '') : unit.unitId) ?? { notice: 0, yellow: 0, red: 0 };
  return {
    ...unit,
    offerings: figures.offerings,
    colleges: figures.colleges,
    plannedPlaces: figures.plannedPlaces,
    entrants: figures.entrants,
    enrollment: figures.enrollment,
    graduates: figures.graduates,
    destinationNumerator: numerator,
    destinationDenominator: figures.graduates,
    destinationRate: rateOf(numerator, figures.graduates),
    isInsufficient: figures.graduates < minCount,
    warningsNotice: severity.notice,
    warningsYellow: severity.yellow,
    warningsRed: severity.red,
  };
}

type Units = { rows: UnitRow[]; isGenerated: boolean };
const noUnits: Units = { rows: [], isGenerated: false };
const anyGenerated = (rows: readonly { isGenerated: boolean }[]) => rows.some((r) => r.isGenerated);

async function provinceRows(deps: GovernanceDeps, context: FrameContext, query: DashboardQuery, view: View): Promise<Units> {
  if (context.year === null) return noUnits;
  const [figures, warnings, names] = await Promise.all([figuresByProvince(deps.db, { view, year: context.year, level: query.level }), warningsBy(deps, view, 'province'), loadNames(deps, deps.db, {})]);
  const rows = figures.map((f) => unitRow({ unitKind: 'province', unitId: f.provinceCode, unitName: names.province(f.provinceCode), provinceCode: f.provinceCode, collegeId: null, programCode: null }, f, query.snapshot, context.minCount, warnings));
  return { rows, isGenerated: anyGenerated(figures) };
}

async function collegeRows(deps: GovernanceDeps, context: FrameContext, query: DashboardQuery, view: View): Promise<Units> {
  if (context.year === null) return noUnits;
  const [figures, warnings] = await Promise.all([figuresByCollege(deps.db, { view, year: context.year, level: query.level }), warningsBy(deps, view, 'college')]);
  const names = await loadNames(deps, deps.db, { colleges: figures.map((f) => f.collegeId) });
  const rows = figures.map((f) => unitRow({ unitKind: 'college', unitId: f.collegeId, unitName: names.college(f.collegeId), provinceCode: f.provinceCode, collegeId: f.collegeId, programCode: null }, { ...f, colleges: 1 }, query.snapshot, context.minCount, warnings));
  return { rows, isGenerated: anyGenerated(figures) };
}

async function offeringRows(deps: GovernanceDeps, context: FrameContext, query: DashboardQuery, view: Extract<View, { level: 'college' }>): Promise<Units> {
  if (context.year === null) return noUnits;
  const [rows, warnings] = await Promise.all([collegeOfferingRows(deps.db, view.provinceCode, view.collegeId, context.year, query.level), warningsBy(deps, view, 'program')]);
  const names = await loadNames(deps, deps.db, { programs: rows.map((r) => r.programCode) });
  const units = rows.map((r) => {
    const first = { contractJobs: r.firstContractJobs, flexibleJobs: r.firstFlexibleJobs, selfEmployed: r.firstSelfEmployed, furtherStudy: r.firstFurtherStudy, seekingWork: r.firstSeekingWork, notSeeking: r.firstNotSeeking };
    const yearEnd = { contractJobs: r.yearEndContractJobs, flexibleJobs: r.yearEndFlexibleJobs, selfEmployed: r.yearEndSelfEmployed, furtherStudy: r.yearEndFurtherStudy, seekingWork: r.yearEndSeekingWork, notSeeking: r.yearEndNotSeeking };
    const figures: UnitFigures = {
      offerings: 1, colleges: 1, plannedPlaces: r.plannedPlaces, entrants: r.entrants, enrollment: r.enrollment, graduates: r.graduates,
      firstPlaced: placedOf(first), yearEndPlaced: placedOf(yearEnd), yearEndEmployed: employedOf(yearEnd), relatedEmployed: r.relatedEmployed, isGenerated: r.isGenerated,
    };
    const unit = { unitKind: 'offering' as const, unitId: `${r.collegeId}:${r.programCode}`, unitName: names.program(r.programCode, context.locale), provinceCode: r.provinceCode, collegeId: r.collegeId, programCode: r.programCode };
    return unitRow(unit, figures, query.snapshot, context.minCount, warnings);
  });
  return { rows: units, isGenerated: anyGenerated(rows) };
}

/** The China map: one row per province of the view (a province view has its own province only). */
export async function getMap(deps: GovernanceDeps, actor: Actor, query: DashboardQuery): Promise<MapResponse> {
  const context = await contextOf(deps, actor, query);
  const provinceView: View = context.view.level === 'national' ? context.view : { level: 'province', provinceCode: context.view.provinceCode };
  const units = await provinceRows(deps, context, query, provinceView);
  const frame = await buildFrame(deps, context, { chart: 'map', view: context.view, query, columns: dashboardColumns.map, isGenerated: units.isGenerated });
  return { ...frame, rows: units.rows };
}

/** The next level down: provinces of the country, colleges of a province, offerings of a college. */
export async function getBreakdown(deps: GovernanceDeps, actor: Actor, query: DashboardQuery): Promise<BreakdownResponse> {
  const context = await contextOf(deps, actor, query);
  const view = context.view;
  const units = view.level === 'national' ? await provinceRows(deps, context, query, view) : view.level === 'province' ? await collegeRows(deps, context, query, view) : await offeringRows(deps, context, query, view);
  const frame = await buildFrame(deps, context, { chart: 'breakdown', view, query, columns: dashboardColumns.breakdown, isGenerated: units.isGenerated });
  return { ...frame, rows: units.rows };
}

/** Per year of the view: destination rates at both snapshots, enrollment, fill rate, adjustments. */
export async function getTrends(deps: GovernanceDeps, actor: Actor, query: DashboardQuery): Promise<TrendsResponse> {
  const context = await contextOf(deps, actor, query);
  const view = context.view;
  const [years, programYears] = await Promise.all([figuresByYear(deps.db, { view, level: query.level }), view.level === 'college' ? Promise.resolve([]) : adjustmentsPerYear(deps.db, { view, level: query.level })]);
  const rows = years.map((y) => {
    const adjustments = programYears.find((p) => p.year === y.year);
    return {
      year: y.year, offerings: y.offerings, plannedPlaces: y.plannedPlaces, entrants: y.entrants, enrollment: y.enrollment, graduates: y.graduates,
      fillRate: rateOf(y.entrants, y.plannedPlaces),
      destinationFirstNumerator: y.firstPlaced, destinationFirstDenominator: y.graduates, destinationFirstRate: rateOf(y.firstPlaced, y.graduates),
      destinationYearEndNumerator: y.yearEndPlaced, destinationYearEndDenominator: y.graduates, destinationYearEndRate: rateOf(y.yearEndPlaced, y.graduates),
      addedOfferings: adjustments?.added ?? 0, closedOfferings: adjustments?.closed ?? 0,
    };
  });
  const frame = await buildFrame(deps, context, { chart: 'trends', view, query, columns: dashboardColumns.trends, isGenerated: anyGenerated(years) });
  return { ...frame, rows };
}

function overviewRows(f: UnitFigures, added: number, closed: number, warnings: { notice: number; yellow: number; red: number }, locale: Actor['locale']): OverviewRow[] {
  const zh = locale !== 'en';
  const metric = (key: OverviewRow['metric'], labelZh: string, labelEn: string, value: number | null, numerator: number | null = null, denominator: number | null = null): OverviewRow => ({ metric: key, label: zh ? labelZh : labelEn, value, numerator, denominator });
  return [
    metric('offerings', '专业点数', 'Offerings', f.offerings),
    metric('colleges', '院校数', 'Colleges', f.colleges),
    metric('planned-places', '招生计划数', 'Planned places', f.plannedPlaces),
    metric('entrants', '新生报到数', 'Entrants', f.entrants),
    metric('enrollment', '在校生数', 'Enrollment', f.enrollment),
    metric('graduates', '毕业生数', 'Graduates', f.graduates),
    metric('fill-rate', '报到率', 'Fill rate', rateOf(f.entrants, f.plannedPlaces), f.entrants, f.plannedPlaces),
    metric('destination-first', '初次毕业去向落实率', 'Destination rate (first)', rateOf(f.firstPlaced, f.graduates), f.firstPlaced, f.graduates),
    metric('destination-year-end', '年终毕业去向落实率', 'Destination rate (year end)', rateOf(f.yearEndPlaced, f.graduates), f.yearEndPlaced, f.graduates),
    metric('added-offerings', '新增专业点', 'Added offerings', added),
    metric('closed-offerings', '撤销专业点', 'Closed offerings', closed),
    metric('warnings-red', '红色预警（未关闭）', 'Open red warnings', warnings.red),
    metric('warnings-yellow', '黄色预警（未关闭）', 'Open yellow warnings', warnings.yellow),
    metric('warnings-notice', '提示（未关闭）', 'Open notices', warnings.notice),
  ];
}

/** Headline figures of the view's year, with numerators and denominators. */
export async function getOverview(deps: GovernanceDeps, actor: Actor, query: DashboardQuery): Promise<OverviewResponse> {
  const context = await contextOf(deps, actor, query);
  const view = context.view;
  const empty: UnitFigures = { offerings: 0, colleges: 0, plannedPlaces: 0, entrants: 0, enrollment: 0, graduates: 0, firstPlaced: 0, yearEndPlaced: 0, yearEndEmployed: 0, relatedEmployed: 0, isGenerated: false };
  const [figures] = context.year === null ? [empty] : await figuresByYear(deps.db, { view, year: context.year, level: query.level });
  const programs = context.year === null || view.level === 'college' ? [] : await figuresByProgram(deps.db, { view, year: context.year, level: query.level }, { perProvince: false });
  const frame = await buildFrame(deps, context, { chart: 'overview', view, query, columns: dashboardColumns.overview, isGenerated: figures?.isGenerated ?? false });
  const added = programs.reduce((s, p) => s + p.addedOfferings, 0);
  const closed = programs.reduce((s, p) => s + p.closedOfferings, 0);
  return { ...frame, rows: overviewRows(figures ?? empty, added, closed, frame.warnings, context.locale) };
}
