import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Locale } from '../../../platform/i18n/locale.js';
import type { DashboardChart, DashboardFrame, DashboardQuery, Provenance, SeverityCounts, TableColumn } from '../../../../shared/contracts/governance/dashboards.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { governancePermissions } from '../policies.js';
import { lastRefresh, openWarningCounts, summaryYears, type View } from '../dashboards.repository.js';
import { DEFAULT_MIN_COUNT } from '../domain/suppression.js';
import { catalogInForce, loadNames } from './dashboards-names.js';

/**
 * Which view a dashboard request is for, after authorization: the college or province asked
 * for (the caller's scope must contain it), else the caller's widest scope.
 */
export async function resolveView(deps: GovernanceDeps, actor: Actor, query: Pick<DashboardQuery, 'province' | 'college'>): Promise<View> {
  const permission = governancePermissions.readDashboards;
  if (query.college) {
    const provinceCode = await deps.authz.directory.provinceOfCollege(query.college);
    if (!provinceCode) throw new AppError('DASHBOARD_COLLEGE_NOT_FOUND', { id: query.college });
    if (query.province && query.province !== provinceCode) throw new AppError('DASHBOARD_COLLEGE_OUTSIDE_PROVINCE', { college: query.college, province: query.province }, [{ field: 'college', code: 'outside_province' }]);
    await deps.authz.authorize(actor, permission, `college:${query.college}`);
    return { level: 'college', provinceCode, collegeId: query.college };
  }
  if (query.province) {
    await deps.authz.authorize(actor, permission, `province:${query.province}`);
    return { level: 'province', provinceCode: query.province };
  }
  const filter = deps.authz.scopeFilter(actor, permission);
  if (filter.kind === 'all') return { level: 'national' };
  const province = filter.provinces[0];
  if (province) return { level: 'province', provinceCode: province };
  const college = filter.colleges[0];
  const collegeProvince = college ? await deps.authz.directory.provinceOfCollege(college) : undefined;
  if (!college || !collegeProvince) throw new AppError('SCOPE_DENIED', { action: permission.name });
  return { level: 'college', provinceCode: collegeProvince, collegeId: college };
}

export function provenanceOf(isGenerated: boolean, isSampleCatalog: boolean, locale: Locale): Provenance {
  const notices: string[] = [];
  if (isGenerated) notices.push(locale === 'en' ? 'Includes generated demo data: these are not real figures.' : '含生成的演示数据，不代表真实情况。');
  if (isSampleCatalog) notices.push(locale === 'en' ? 'Program names come from a sample catalog; codes are not official.' : '专业名称来自示例目录，代码并非官方代码。');
  return { isGenerated, isSampleCatalog, notice: notices.length > 0 ? notices.join(' ') : null };
}

export type FrameInput = {
  chart: DashboardChart;
  view: View;
  query: Pick<DashboardQuery, 'year' | 'level' | 'snapshot'>;
  columns: TableColumn[];
  isGenerated: boolean;
};

export type FrameContext = { view: View; year: number | null; years: number[]; locale: Locale; minCount: number };

/** The year shown: the one asked for, else the latest with data in the view. */
export async function contextOf(deps: GovernanceDeps, actor: Actor, query: DashboardQuery): Promise<FrameContext> {
  const view = await resolveView(deps, actor, query);
  const years = await summaryYears(deps.db, { view, level: query.level });
  return { view, years, year: query.year ?? years[years.length - 1] ?? null, locale: actor.locale, minCount: deps.config.publicMinCount ?? DEFAULT_MIN_COUNT };
}

export async function warningTotals(deps: GovernanceDeps, view: View): Promise<SeverityCounts> {
  const counts: SeverityCounts = { notice: 0, yellow: 0, red: 0 };
  for (const row of await openWarningCounts(deps.db, view, 'none')) {
    if (row.severity === 'notice' || row.severity === 'yellow' || row.severity === 'red') counts[row.severity] += row.count;
  }
  return counts;
}

export async function buildFrame(deps: GovernanceDeps, context: FrameContext, input: FrameInput): Promise<DashboardFrame> {
  const { view } = context;
  const [warnings, refreshedAt, catalog, names] = await Promise.all([
    warningTotals(deps, view),
    lastRefresh(deps.db, view),
    catalogInForce(deps),
    loadNames(deps, deps.db, { colleges: view.level === 'college' ? [view.collegeId] : [] }),
  ]);
  const nationalLabel = context.locale === 'en' ? 'National' : '全国';
  const label = view.level === 'national' ? nationalLabel : view.level === 'province' ? names.province(view.provinceCode) : names.college(view.collegeId);
  return {
    chart: input.chart,
    scope: { level: view.level, provinceCode: view.level === 'national' ? null : view.provinceCode, collegeId: view.level === 'college' ? view.collegeId : null, label },
    year: context.year,
    years: context.years,
    level: input.query.level ?? null,
    snapshot: input.query.snapshot,
    warnings,
    minCount: context.minCount,
    provenance: provenanceOf(input.isGenerated, catalog?.isSample ?? false, context.locale),
    refreshedAt: refreshedAt ? refreshedAt.toISOString() : null,
    columns: input.columns,
  };
}
