import { Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapResponse } from '../../../../../shared/contracts/governance/dashboards.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { ChartCard } from '../../../../ui/chart-card.js';
import { LazyChinaMap, type ProvinceValue } from '../../../../ui/china-map/lazy-china-map.js';
import { dashboardExportHref, type DashboardView } from '../api/dashboards.api.js';
import { formatPercent, frameTable } from '../model/frame-table.js';

type MapMetric = 'destination' | 'warnings';

export type MapCardProps = {
  map: MapResponse | undefined;
  view: DashboardView;
  isLoading: boolean;
  error: unknown;
  onProvince: (provinceCode: string) => void;
};

/** The China map of provinces coloured by destination rate or by open warnings; a click drills into the province. */
export function MapCard({ map, view, isLoading, error, onProvince }: MapCardProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const [metric, setMetric] = useState<MapMetric>('destination');
  const rows = useMemo(() => map?.rows ?? [], [map]);

  const values: ProvinceValue[] = useMemo(
    () =>
      rows.map((row) =>
        metric === 'destination'
          ? {
              provinceCode: row.provinceCode,
              label: row.unitName,
              value: row.destinationRate,
              detail: `${t('dashboards.map.detail', { numerator: row.destinationNumerator.toLocaleString(), denominator: row.destinationDenominator.toLocaleString() })}${row.isInsufficient ? ` · ${t('dashboards.insufficient')}` : ''}`,
            }
          : {
              provinceCode: row.provinceCode,
              label: row.unitName,
              value: row.warningsRed + row.warningsYellow + row.warningsNotice,
              detail: t('dashboards.map.warningDetail', { red: row.warningsRed, yellow: row.warningsYellow, notice: row.warningsNotice }),
            },
      ),
    [rows, metric, t],
  );
  const seriesName = metric === 'destination' ? t('dashboards.map.destinationRate') : t('dashboards.map.warnings');

  return (
    <ChartCard
      title={t('dashboards.map.title')}
      subtitle={t('dashboards.map.clickHint')}
      extra={
        <Segmented<MapMetric>
          size="small"
          value={metric}
          onChange={setMetric}
          options={[
            { value: 'destination', label: t('dashboards.map.destinationRate') },
            { value: 'warnings', label: t('dashboards.map.warnings') },
          ]}
          data-testid="dashboard-map-metric"
        />
      }
      chart={
        <LazyChinaMap
          values={values}
          seriesName={seriesName}
          noDataText={t('dashboards.noData')}
          formatValue={metric === 'destination' ? (value) => formatPercent(value) : (value) => value.toLocaleString()}
          colors={metric === 'destination' ? ['#fff1f0', '#ffd591', '#95de64', '#237804'] : ['#fffbe6', '#ffc069', '#cf1322']}
          min={metric === 'destination' ? 0.5 : 0}
          max={metric === 'destination' ? 1 : undefined}
          onProvinceClick={onProvince}
          ariaLabel={`${t('dashboards.map.title')}: ${seriesName}`}
          testId="dashboard-map-canvas"
        />
      }
      table={map ? frameTable(map.columns, rows, locale, (row) => row.unitId) : { columns: [], rows: [], rowKey: '__key' }}
      onRowClick={(row) => {
        const code = row.provinceCode;
        if (typeof code === 'string') onProvince(code);
      }}
      exportHref={dashboardExportHref('map', view)}
      isLoading={isLoading}
      error={error}
      footnote={t('publicInfo.mapNotice')}
      isChartShownWhenEmpty
      testId="dashboard-map"
    />
  );
}
