import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PublicIndicator, PublicOffering } from '../../../../../shared/contracts/governance/public-info.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { PageHeader } from '../../../../ui/page-header.js';
import { useCompare } from '../api/public.api.js';
import { FigureView } from '../components/figure-view.js';
import { PublicLayout } from '../components/public-layout.js';
import { useCompareList } from '../model/compare-store.js';
import { findFigure, publicIndicators, readCompareIds } from '../model/figure-display.js';

type CompareRow = { key: string; indicator: PublicIndicator | null; label: string };

/** Up to four offerings side by side: one column per offering, one row per outcome. */
export function PublicComparePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const compare = useCompareList();
  const linked = readCompareIds(searchParams.get('ids'));
  const { replace } = compare;
  // A shared link (?ids=…) becomes this device's compare list.
  useEffect(() => {
    if (linked.length > 0) {
      replace(linked);
      setSearchParams({}, { replace: true });
    }
  }, [linked, replace, setSearchParams]);
  const ids = linked.length > 0 ? linked : compare.ids;
  const result = useCompare(ids);
  const items = result.data?.items ?? [];

  const rows: CompareRow[] = [
    { key: 'program', indicator: null, label: t('publicInfo.compare.program') },
    ...publicIndicators.map((indicator) => ({ key: indicator, indicator, label: t(`publicInfo.indicators.${indicator}`) })),
  ];
  const columns: TableColumnsType<CompareRow> = [
    { key: 'label', title: '', dataIndex: 'label', width: 140, fixed: 'left', render: (label: string) => <Typography.Text strong>{label}</Typography.Text> },
    ...items.map((offering: PublicOffering) => ({
      key: offering.id,
      width: 220,
      title: (
        <Flex justify="space-between" align="flex-start" gap={4}>
          <Link to={`/public/offerings/${encodeURIComponent(offering.id)}`}>{offering.collegeName}</Link>
          <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('publicInfo.compare.remove')} onClick={() => compare.toggle(offering.id)} />
        </Flex>
      ),
      render: (_value: unknown, row: CompareRow) =>
        row.indicator ? (
          <FigureView indicator={row.indicator} figure={findFigure(offering, row.indicator)} meta={result.data?.meta} isCompact />
        ) : (
          <Flex vertical gap={2}>
            <span>{offering.programName}</span>
            <Flex gap={4} wrap>
              <Tag>{offering.programCode}</Tag>
              <Tag>{offering.provinceName}</Tag>
              {offering.isGenerated ? <Tag color="orange">{t('publicInfo.offering.generated')}</Tag> : null}
            </Flex>
          </Flex>
        ),
    })),
  ];

  return (
    <PublicLayout provenance={result.data?.meta.provenance}>
      <PageHeader
        backTo="/public"
        title={t('publicInfo.compare.title')}
        extra={
          ids.length > 0 ? (
            <Button onClick={compare.clear} data-testid="public-compare-clear">
              {t('publicInfo.compare.clear')}
            </Button>
          ) : null
        }
      />
      {result.error ? <ErrorAlert error={result.error} onRetry={() => void result.refetch()} /> : null}
      {ids.length === 0 ? (
        <Card>
          <Empty description={t('publicInfo.compare.empty')} />
        </Card>
      ) : (
        <Card size="small">
          <Table<CompareRow> rowKey="key" columns={columns} dataSource={rows} loading={result.isPending} pagination={false} scroll={{ x: 140 + items.length * 220 }} data-testid="public-compare-table" />
        </Card>
      )}
    </PublicLayout>
  );
}
