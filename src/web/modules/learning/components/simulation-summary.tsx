import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api-client.js';
import { useVisibleNavContext } from '../../../app/nav-context.js';
import type { Role } from '../../../../shared/contracts/platform/roles.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { useAttemptSummary } from '../api/simulations.api.js';
import { AttemptsTable, formatDuration } from './simulation-attempt-view.js';

/** Roles that can be a simulation's author or its provider's reviewer (the server decides per simulation). */
const summaryRoles: readonly Role[] = ['teacher', 'enterprise', 'college_admin', 'national_admin'];

export type SimulationSummaryProps = { resourceId: string };

/**
 * The author's and reviewers' view of a simulation's attempts: totals over every learner, and the
 * recent attempts of learners in the viewer's own scopes. Shows nothing to anyone else (the
 * server answers 403 to those who are neither).
 */
export function SimulationSummary({ resourceId }: SimulationSummaryProps) {
  const { t } = useTranslation();
  const { heldRoles } = useVisibleNavContext();
  const mayAsk = summaryRoles.some((role) => heldRoles.has(role));
  const summary = useAttemptSummary(resourceId, mayAsk);
  if (!mayAsk) return null;
  if (summary.error) {
    if (summary.error instanceof ApiError && (summary.error.status === 403 || summary.error.status === 404)) return null;
    return <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />;
  }
  const data = summary.data;
  return (
    <Card title={t('simulations.page.summary')} loading={summary.isLoading} style={{ marginTop: 16 }} data-testid="simulation-summary">
      {data ? (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={4}>
              <Statistic title={t('simulations.page.attempts')} value={data.attempts} valueRender={(node) => <span data-testid="summary-attempts">{node}</span>} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('simulations.page.learners')} value={data.learners} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('simulations.page.completed')} value={data.completed} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('simulations.page.passed')} value={data.passed} suffix={data.failed > 0 ? <Typography.Text type="secondary" style={{ fontSize: 14 }}>{` / ${t('simulations.page.failed')} ${data.failed}`}</Typography.Text> : null} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('simulations.page.averageScore')} value={data.averageScaledScore === null ? '—' : `${Math.round(data.averageScaledScore * 100)} %`} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('simulations.page.averageDuration')} value={data.averageDurationSeconds === null ? '—' : formatDuration(data.averageDurationSeconds, t)} />
            </Col>
          </Row>
          <Typography.Title level={5}>{t('simulations.page.recent')}</Typography.Title>
          <AttemptsTable attempts={data.recent} show={{ learner: true }} />
        </>
      ) : null}
    </Card>
  );
}
