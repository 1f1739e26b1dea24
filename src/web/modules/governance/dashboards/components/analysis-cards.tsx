import { Flex, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentRow } from '../../../../../shared/contracts/governance/dashboards.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { ChartCard, type ChartTable } from '../../../../ui/chart-card.js';
import { LazyEChart } from '../../../../ui/lazy-echart.js';
import { dashboardExportHref, useDashboardChart, type DashboardView } from '../api/dashboards.api.js';
import { adjustmentsOption, alignmentOption, deviationOption, saturationOption, trendsOption } from '../model/chart-options.js';
import { formatPercent, frameTable } from '../model/frame-table.js';

const emptyTable: ChartTable = { columns: [], rows: [], rowKey: '__key' };

export function TrendsCard({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const trends = useDashboardChart('trends', view);
  const rows = trends.data?.rows ?? [];
  const labels = { entrants: t('dashboards.trends.entrants'), graduates: t('dashboards.trends.graduates'), destinationFirst: t('dashboards.trends.destinationFirst'), destinationYearEnd: t('dashboards.trends.destinationYearEnd') };
  return (
    <ChartCard
      title={t('dashboards.trends.title')}
      chart={<LazyEChart option={trendsOption(rows, labels)} height={300} ariaLabel={t('dashboards.trends.title')} />}
      table={trends.data ? frameTable(trends.data.columns, rows, locale, (row) => String(row.year)) : emptyTable}
      exportHref={dashboardExportHref('trends', view)}
      isLoading={trends.isPending}
      error={trends.error}
      onRetry={() => void trends.refetch()}
      testId="dashboard-trends"
    />
  );
}

type SaturationGroup = 'program' | 'program-region';

export function SaturationCard({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const [groupBy, setGroupBy] = useState<SaturationGroup>('program');
  const extras = { groupBy, limit: 50 };
  const saturation = useDashboardChart('saturation', view, extras);
  const rows = saturation.data?.rows ?? [];
  return (
    <ChartCard
      title={t('dashboards.saturation.title')}
      subtitle={t('dashboards.saturation.subtitle')}
      extra={
        <Segmented<SaturationGroup>
          size="small"
          value={groupBy}
          onChange={setGroupBy}
          options={[
            { value: 'program', label: t('dashboards.saturation.byProgram') },
            { value: 'program-region', label: t('dashboards.saturation.byProgramRegion') },
          ]}
        />
      }
      chart={<LazyEChart option={saturationOption(rows, { offerings: t('dashboards.saturation.offerings'), repetitionRate: t('dashboards.saturation.repetitionRate') })} height={320} ariaLabel={t('dashboards.saturation.title')} />}
      table={saturation.data ? frameTable(saturation.data.columns, rows, locale, (row) => `${row.regionCode ?? ''}:${row.programCode}`) : emptyTable}
      exportHref={dashboardExportHref('saturation', view, extras)}
      isLoading={saturation.isPending}
      error={saturation.error}
      onRetry={() => void saturation.refetch()}
      testId="dashboard-saturation"
    />
  );
}

type AlignmentBy = 'tier' | 'chain';
const tierKeys = ['national-key', 'regional-pillar', 'local-distinctive', 'unclassified'] as const;

export function AlignmentCard({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const [by, setBy] = useState<AlignmentBy>('tier');
  const alignment = useDashboardChart('alignment', view, { by });
  const rows = alignment.data?.rows ?? [];
  const nameOf = (row: AlignmentRow) => {
    const tier = tierKeys.find((key) => key === row.key);
    return row.dimension === 'tier' && tier ? t(`dashboards.alignment.tiers.${tier}`) : row.name;
  };
  return (
    <ChartCard
      title={t('dashboards.alignment.title')}
      extra={
        <Segmented<AlignmentBy>
          size="small"
          value={by}
          onChange={setBy}
          options={[
            { value: 'tier', label: t('dashboards.alignment.byTier') },
            { value: 'chain', label: t('dashboards.alignment.byChain') },
          ]}
        />
      }
      chart={<LazyEChart option={alignmentOption(rows, { offeringShare: t('dashboards.alignment.offeringShare'), enrollmentShare: t('dashboards.alignment.enrollmentShare'), nameOf })} height={300} ariaLabel={t('dashboards.alignment.title')} />}
      table={alignment.data ? frameTable(alignment.data.columns, rows, locale, (row) => `${row.dimension}:${row.key}`) : emptyTable}
      exportHref={dashboardExportHref('alignment', view, { by })}
      isLoading={alignment.isPending}
      error={alignment.error}
      onRetry={() => void alignment.refetch()}
      testId="dashboard-alignment"
    />
  );
}

export function DeviationCard({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const deviation = useDashboardChart('structural-deviation', view);
  const rows = deviation.data?.rows ?? [];
  const industry = deviation.data?.industry;
  const footnote = industry ? (
    <Flex gap={6} wrap align="center" component="span">
      {t('dashboards.deviation.industry', { region: industry.regionCode, year: industry.year, source: industry.source ?? '—' })}
      <span>· {t(`dashboards.deviation.basis.${industry.basis}`)}</span>
      {industry.isSample ? <Tag color="orange">{t('dashboards.deviation.sampleIndustry')}</Tag> : null}
    </Flex>
  ) : deviation.data ? (
    t('dashboards.deviation.noIndustry')
  ) : undefined;
  return (
    <ChartCard
      title={t('dashboards.deviation.title')}
      subtitle={t('dashboards.deviation.subtitle')}
      chart={<LazyEChart option={deviationOption(rows, { deviation: t('dashboards.deviation.deviation') })} height={Math.max(240, rows.length * 22 + 40)} ariaLabel={t('dashboards.deviation.title')} />}
      table={deviation.data ? frameTable(deviation.data.columns, rows, locale, (row) => row.sectionCode) : emptyTable}
      exportHref={dashboardExportHref('structural-deviation', view)}
      isLoading={deviation.isPending}
      error={deviation.error}
      onRetry={() => void deviation.refetch()}
      footnote={footnote}
      testId="dashboard-deviation"
    />
  );
}

export function AdjustmentsCard({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const adjustments = useDashboardChart('adjustments', view);
  const data = adjustments.data;
  const rows = data?.rows ?? [];
  const footnote = data ? (
    <Flex vertical gap={2} component="span" data-testid="dashboard-amplitude">
      <Typography.Text strong>{t('dashboards.adjustments.totals', data.totals)}</Typography.Text>
      {data.amplitude.map((item) => (
        <span key={item.level}>
          {t('dashboards.adjustments.amplitude')} ·{' '}
          {t('dashboards.adjustments.amplitudeRow', {
            level: t(`dashboards.levels.${item.level}`),
            moe: formatPercent(item.moeRate),
            moeN: item.moeNumerator,
            moeD: item.moeDenominator,
            paper: formatPercent(item.paperRate),
            paperN: item.paperNumerator,
            paperD: item.paperDenominator,
          })}{' '}
          ({item.againstVersionId} → {item.versionId})
        </span>
      ))}
    </Flex>
  ) : undefined;
  return (
    <ChartCard
      title={t('dashboards.adjustments.title')}
      chart={<LazyEChart option={adjustmentsOption(rows, { added: t('dashboards.adjustments.added'), closed: t('dashboards.adjustments.closed') })} height={300} ariaLabel={t('dashboards.adjustments.title')} />}
      table={data ? frameTable(data.columns, rows, locale, (row) => `${row.level}:${row.programCode}`) : emptyTable}
      exportHref={dashboardExportHref('adjustments', view)}
      isLoading={adjustments.isPending}
      error={adjustments.error}
      onRetry={() => void adjustments.refetch()}
      footnote={footnote}
      testId="dashboard-adjustments"
    />
  );
}
