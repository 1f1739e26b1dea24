import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { severitySchema } from '../../../../../shared/contracts/governance/findings.js';
import type { WarningCountsQuery } from '../../../../../shared/contracts/governance/warnings.js';
import { useWarningCounts } from '../api/warnings.api.js';

const severityColors = { notice: '#1677ff', yellow: '#d48806', red: '#cf1322' } as const;

/** Open warnings by severity within the caller's scope, and the total of open ones. */
export function WarningCountsBar({ query }: { query: WarningCountsQuery }) {
  const { t } = useTranslation();
  const counts = useWarningCounts(query);
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="warning-counts">
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={t('warnings.list.counts')} value={counts.data?.open ?? 0} loading={counts.isPending} />
        </Card>
      </Col>
      {severitySchema.options.map((severity) => (
        <Col key={severity} xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t(`warnings.severities.${severity}`)}
              value={counts.data?.openBySeverity[severity] ?? 0}
              loading={counts.isPending}
              styles={{ content: { color: severityColors[severity] } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
