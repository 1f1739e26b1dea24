import { Alert, Card, Col, Flex, Row, Segmented, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RevisionAgeReport, RevisionAgeRow, RevisionTargetKey } from '../../../../shared/contracts/learning/textbooks.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { LazyEChart, type EChartOption } from '../../../ui/lazy-echart.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useRevisionAge } from '../api/textbooks.api.js';
import { localizedText } from '../components/localized-text.js';

type KindFilter = 'all' | RevisionTargetKey;

/** 4.5 months, or 2.3 years from two years on. */
function useAgeText() {
  const { t } = useTranslation();
  return (months: number) => (Math.abs(months) >= 24 ? t('textbooks.revisionAge.years', { value: (months / 12).toFixed(1) }) : t('textbooks.revisionAge.months', { value: months.toFixed(1) }));
}

function DistributionChart({ report }: { report: RevisionAgeReport }) {
  const { t } = useTranslation();
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: report.distribution.map((bucket) => t(`textbooks.revisionAge.buckets.${bucket.bucket}`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('textbooks.revisionAge.textbooks'), type: 'bar', stack: 'age', data: report.distribution.map((bucket) => bucket.textbooks), itemStyle: { color: '#1677ff' } },
        { name: t('textbooks.revisionAge.coreCourses'), type: 'bar', stack: 'age', data: report.distribution.map((bucket) => bucket.coreCourses), itemStyle: { color: '#13c2c2' } },
      ],
    }),
    [report.distribution, t],
  );
  return (
    <Card size="small" title={t('textbooks.revisionAge.distribution')}>
      <LazyEChart option={option} height={220} ariaLabel={t('textbooks.revisionAge.distribution')} />
    </Card>
  );
}

/**
 * Every textbook's and core course's age since its last substantive revision against its target,
 * most overdue first (the server's order); every column sorts.
 */
export function RevisionAgePage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const ageText = useAgeText();
  const [kind, setKind] = useState<KindFilter>('all');
  const [isOverdueOnly, setOverdueOnly] = useState(false);
  const report = useRevisionAge(kind === 'all' ? undefined : kind);
  const data = report.data;
  const rows = (data?.rows ?? []).filter((row) => !isOverdueOnly || row.isOverdue);
  const overdueCount = (data?.rows ?? []).filter((row) => row.isOverdue).length;

  const columns: TableColumnsType<RevisionAgeRow> = [
    {
      key: 'kind',
      title: t('textbooks.revisionAge.columns.kind'),
      dataIndex: 'kind',
      width: 120,
      render: (value: RevisionAgeRow['kind']) => <Tag color={value === 'textbook' ? 'blue' : 'cyan'}>{t(`textbooks.revisionAge.kinds.${value}`)}</Tag>,
      sorter: (a, b) => a.kind.localeCompare(b.kind),
    },
    {
      key: 'title',
      title: t('textbooks.revisionAge.columns.title'),
      render: (_value, row) => <Link to={row.kind === 'textbook' ? `/learning/textbooks/${row.id}` : `/learning/courses/${row.id}`}>{localizedText(row.title, locale)}</Link>,
      sorter: (a, b) => localizedText(a.title, locale).localeCompare(localizedText(b.title, locale), locale),
    },
    {
      key: 'categories',
      title: t('textbooks.revisionAge.columns.categories'),
      dataIndex: 'categoryCodes',
      render: (codes: string[]) => codes.join('、') || '—',
    },
    {
      key: 'lastRevised',
      title: t('textbooks.revisionAge.columns.lastRevised'),
      dataIndex: 'lastSubstantiveRevisionAt',
      render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value, locale)}</span>,
      sorter: (a, b) => a.lastSubstantiveRevisionAt.localeCompare(b.lastSubstantiveRevisionAt),
    },
    {
      key: 'age',
      title: t('textbooks.revisionAge.columns.age'),
      dataIndex: 'ageMonths',
      align: 'right',
      render: (value: number) => <span style={{ whiteSpace: 'nowrap' }}>{ageText(value)}</span>,
      sorter: (a, b) => a.ageMonths - b.ageMonths,
    },
    {
      key: 'target',
      title: t('textbooks.revisionAge.columns.target'),
      dataIndex: 'targetMonths',
      align: 'right',
      render: (value: number) => <span style={{ whiteSpace: 'nowrap' }}>{ageText(value)}</span>,
      sorter: (a, b) => a.targetMonths - b.targetMonths,
    },
    {
      key: 'overdue',
      title: t('textbooks.revisionAge.columns.overdue'),
      dataIndex: 'overdueMonths',
      align: 'right',
      render: (value: number, row) => (row.isOverdue ? <Tag color="red">{`${t('textbooks.revisionAge.overdue')} +${ageText(value)}`}</Tag> : <Tag color="green">{t('textbooks.revisionAge.onTime')}</Tag>),
      sorter: (a, b) => a.overdueMonths / (a.targetMonths || 1) - b.overdueMonths / (b.targetMonths || 1),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('textbooks.revisionAge.title')}
        subtitle={data ? t('textbooks.revisionAge.subtitle', { core: data.targets.core_course.months, textbook: data.targets.textbook.months }) : undefined}
      />
      {report.error ? <ErrorAlert error={report.error} onRetry={() => void report.refetch()} /> : null}
      {data && !data.includesCoreCourses ? <Alert type="warning" showIcon message={t('textbooks.revisionAge.noCoreCourses')} style={{ marginBottom: 16 }} /> : null}
      <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented value={kind} onChange={(value) => setKind(value as KindFilter)} options={(['all', 'textbook', 'core_course'] as const).map((value) => ({ value, label: t(`textbooks.revisionAge.kinds.${value}`) }))} />
        <Flex gap={6} align="center">
          <Switch checked={isOverdueOnly} onChange={setOverdueOnly} aria-label={t('textbooks.revisionAge.overdueOnly')} />
          <Typography.Text>{t('textbooks.revisionAge.overdueOnly')}</Typography.Text>
        </Flex>
        {data ? <Typography.Text type="secondary" data-testid="revision-age-summary">{t('textbooks.revisionAge.summary', { total: data.rows.length, overdue: overdueCount })}</Typography.Text> : null}
      </Flex>
      <Table<RevisionAgeRow>
        rowKey={(row) => `${row.kind}:${row.id}`}
        size="middle"
        loading={report.isLoading}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('textbooks.revisionAge.empty') }}
        rowClassName={(row) => (row.isOverdue ? 'revision-overdue' : '')}
        onRow={(row) => ({ style: row.isOverdue ? { background: '#fff1f0' } : undefined })}
        scroll={{ x: 900 }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('textbooks.revisionAge.coreSource')}
      </Typography.Paragraph>
      <Row>
        <Col xs={24} lg={14}>
          {data ? <DistributionChart report={data} /> : null}
        </Col>
      </Row>
    </>
  );
}
