import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import type { OverviewResponse, OverviewRow } from '../../../../../shared/contracts/governance/dashboards.js';
import { formatPercent } from '../model/frame-table.js';

const shownMetrics: ReadonlyArray<OverviewRow['metric']> = ['offerings', 'colleges', 'entrants', 'enrollment', 'graduates', 'destination-first', 'destination-year-end', 'fill-rate'];
const rateMetrics = new Set<OverviewRow['metric']>(['fill-rate', 'destination-first', 'destination-year-end']);

function MetricCard({ row }: { row: OverviewRow }) {
  const isRate = rateMetrics.has(row.metric);
  const value = row.value === null ? '—' : isRate ? formatPercent(row.value) : row.value.toLocaleString();
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={`overview-${row.metric}`}>
      <Statistic title={row.label} value={value} styles={{ content: { fontSize: 22 } }} />
      {isRate && row.numerator !== null && row.denominator !== null ? (
        <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {row.numerator.toLocaleString()} / {row.denominator.toLocaleString()}
        </Typography.Text>
      ) : null}
    </Card>
  );
}

/** Headline figures of the view; rates carry their numerator and denominator. */
export function OverviewCards({ overview }: { overview: OverviewResponse | undefined }) {
  if (!overview) return <Skeleton active paragraph={{ rows: 2 }} />;
  const byMetric = new Map(overview.rows.map((row) => [row.metric, row]));
  const rows = shownMetrics.flatMap((metric) => {
    const row = byMetric.get(metric);
    return row ? [row] : [];
  });
  return (
    <Row gutter={[12, 12]} data-testid="dashboard-overview">
      {rows.map((row) => (
        <Col key={row.metric} xs={12} md={6} xl={3}>
          <MetricCard row={row} />
        </Col>
      ))}
    </Row>
  );
}
