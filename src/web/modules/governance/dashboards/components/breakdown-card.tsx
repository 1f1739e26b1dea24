import { useTranslation } from 'react-i18next';
import type { BreakdownResponse, UnitRow } from '../../../../../shared/contracts/governance/dashboards.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { ChartCard } from '../../../../ui/chart-card.js';
import { LazyEChart } from '../../../../ui/lazy-echart.js';
import { dashboardExportHref, type DashboardView } from '../api/dashboards.api.js';
import { unitsBarOption } from '../model/chart-options.js';
import { frameTable } from '../model/frame-table.js';

export type BreakdownCardProps = {
  breakdown: BreakdownResponse | undefined;
  view: DashboardView;
  isLoading: boolean;
  error: unknown;
  onUnit: (row: UnitRow) => void;
};

/** The units one level down (provinces, colleges or offerings) with their destination rates; a row click drills into it. */
export function BreakdownCard({ breakdown, view, isLoading, error, onUnit }: BreakdownCardProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const rows = breakdown?.rows ?? [];
  const kind = rows[0]?.unitKind ?? (view.college ? 'offering' : view.province ? 'college' : 'province');
  const title = kind === 'offering' ? t('dashboards.breakdown.offerings') : kind === 'college' ? t('dashboards.breakdown.colleges') : t('dashboards.breakdown.provinces');
  const byId = new Map(rows.map((row) => [row.unitId, row]));
  const height = Math.max(240, Math.min(30, rows.length) * 24 + 40);

  return (
    <ChartCard
      title={title}
      subtitle={t('dashboards.breakdown.clickHint')}
      chart={<LazyEChart option={unitsBarOption(rows, { destinationRate: t('dashboards.map.destinationRate'), insufficient: t('dashboards.insufficient') })} height={height} ariaLabel={title} />}
      table={breakdown ? frameTable(breakdown.columns, rows, locale, (row) => row.unitId) : { columns: [], rows: [], rowKey: '__key' }}
      defaultView="table"
      onRowClick={(row) => {
        const unit = byId.get(String(row.unitId ?? ''));
        if (unit) onUnit(unit);
      }}
      exportHref={dashboardExportHref('breakdown', view)}
      isLoading={isLoading}
      error={error}
      footnote={breakdown ? t('dashboards.minCountNote', { min: breakdown.minCount }) : undefined}
      testId="dashboard-breakdown"
    />
  );
}
