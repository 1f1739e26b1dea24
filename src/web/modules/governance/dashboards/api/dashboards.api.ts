import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  dashboardExportPath,
  dashboardPaths,
  type AdjustmentsResponse,
  type AlignmentQuery,
  type AlignmentResponse,
  type BreakdownResponse,
  type DashboardChart,
  type DashboardQuery,
  type MapResponse,
  type OverviewResponse,
  type SaturationQuery,
  type SaturationResponse,
  type StructuralDeviationQuery,
  type StructuralDeviationResponse,
  type TrendsResponse,
} from '../../../../../shared/contracts/governance/dashboards.js';
import { apiRequest, type QueryValue } from '../../../../app/api-client.js';

const base = '/api/v1/governance';

/** The view's filters as sent: `snapshot` may be left to the server's default. */
export type DashboardView = Partial<DashboardQuery>;
type ChartExtras = Partial<Pick<SaturationQuery, 'groupBy' | 'limit'>> & Partial<Pick<AlignmentQuery, 'by'>> & Partial<Pick<StructuralDeviationQuery, 'industryYear' | 'basis'>>;

type ChartResponses = {
  overview: OverviewResponse;
  map: MapResponse;
  breakdown: BreakdownResponse;
  trends: TrendsResponse;
  saturation: SaturationResponse;
  alignment: AlignmentResponse;
  'structural-deviation': StructuralDeviationResponse;
  adjustments: AdjustmentsResponse;
};

export const dashboardKeys = {
  all: ['governance', 'dashboards'] as const,
  chart: (chart: DashboardChart, view: DashboardView, extras: ChartExtras) => [...dashboardKeys.all, chart, view, extras] as const,
};

function toQuery(view: DashboardView, extras: ChartExtras): Record<string, QueryValue> {
  return { ...view, ...extras };
}

/** The .xlsx of a chart's rows, same filters as the chart. */
export function dashboardExportHref(chart: DashboardChart, view: DashboardView, extras: ChartExtras = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toQuery(view, extras))) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return `${base}${dashboardExportPath(chart)}${text ? `?${text}` : ''}`;
}

/** One dashboard chart: its frame (scope, year, warnings, provenance, columns) and rows. */
export function useDashboardChart<C extends DashboardChart>(chart: C, view: DashboardView, extras: ChartExtras = {}, isEnabled = true) {
  return useQuery({
    queryKey: dashboardKeys.chart(chart, view, extras),
    queryFn: ({ signal }) => apiRequest<ChartResponses[C]>(`${base}${dashboardPaths[chart]}`, { query: toQuery(view, extras), signal }),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Province names for the breadcrumbs (GB/T 2260, cached for the session). */
export function useProvinceNames() {
  return useQuery({
    queryKey: [...dashboardKeys.all, 'province-names'],
    queryFn: async ({ signal }) => {
      const result = await apiRequest<{ items: Array<{ code: string; name: string }> }>('/api/v1/institutions/regions', { query: { level: 'province' }, signal });
      return new Map(result.items.map((region) => [region.code, region.name]));
    },
    staleTime: Infinity,
  });
}
