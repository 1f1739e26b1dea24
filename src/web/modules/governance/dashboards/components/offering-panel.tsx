import { ExportOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitRow } from '../../../../../shared/contracts/governance/dashboards.js';
import type { PublicOfferingYear } from '../../../../../shared/contracts/governance/public-info.js';
import { ErrorAlert } from '../../../../ui/error-alert.js';
import { usePublicOffering } from '../../public/api/public.api.js';
import { displayFigure, findFigure } from '../../public/model/figure-display.js';
import { formatRateWithCounts } from '../model/frame-table.js';

export type OfferingPanelProps = { offeringId: string; row: UnitRow | undefined };

/** The last step of the drill-down: one offering's figures this year and its published yearly outcomes. */
export function OfferingPanel({ offeringId, row }: OfferingPanelProps) {
  const { t } = useTranslation();
  const detail = usePublicOffering(offeringId);
  const figures: ReadonlyArray<{ key: 'planned' | 'entrants' | 'enrollment' | 'graduates'; value: string }> = row
    ? [
        { key: 'planned', value: row.plannedPlaces.toLocaleString() },
        { key: 'entrants', value: row.entrants.toLocaleString() },
        { key: 'enrollment', value: row.enrollment.toLocaleString() },
        { key: 'graduates', value: row.graduates.toLocaleString() },
      ]
    : [];
  const columns: TableColumnsType<PublicOfferingYear> = [
    { key: 'year', title: t('dashboards.filters.year'), dataIndex: 'year', width: 80 },
    { key: 'planned', title: t('dashboards.offering.planned'), dataIndex: 'plannedPlaces', align: 'right' },
    { key: 'entrants', title: t('dashboards.offering.entrants'), dataIndex: 'entrants', align: 'right' },
    { key: 'graduates', title: t('dashboards.offering.graduates'), dataIndex: 'graduates', align: 'right' },
    {
      key: 'destination',
      title: t('dashboards.offering.destination'),
      align: 'right',
      render: (_value, year) => {
        const shown = displayFigure(findFigure(year, 'destination-year-end'));
        return shown.rate ? `${shown.rate} (${shown.counts ?? ''})` : t(`publicInfo.status.${shown.status}`);
      },
    },
  ];

  return (
    <Card
      size="small"
      title={`${t('dashboards.offering.title')} · ${row?.unitName ?? offeringId}`}
      extra={
        <Button size="small" icon={<ExportOutlined />} href={`/public/offerings/${encodeURIComponent(offeringId)}`} target="_blank">
          {t('dashboards.offering.openPublic')}
        </Button>
      }
      data-testid="dashboard-offering-panel"
    >
      {row ? (
        <Row gutter={[12, 12]}>
          {figures.map((figure) => (
            <Col key={figure.key} xs={12} md={4}>
              <Statistic title={t(`dashboards.offering.${figure.key}`)} value={figure.value} />
            </Col>
          ))}
          <Col xs={24} md={8}>
            <Statistic title={t('dashboards.offering.destination')} value={formatRateWithCounts(row.destinationRate, row.destinationNumerator, row.destinationDenominator)} />
            {row.isInsufficient ? <Typography.Text type="warning">{t('dashboards.insufficient')}</Typography.Text> : null}
          </Col>
        </Row>
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('dashboards.offering.history')}
      </Typography.Title>
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
      <Table<PublicOfferingYear> rowKey="year" size="small" columns={columns} dataSource={detail.data?.years ?? []} loading={detail.isPending} pagination={false} scroll={{ x: 560 }} />
    </Card>
  );
}
