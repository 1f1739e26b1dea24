import { Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ResourceDetail } from '../../../../shared/contracts/learning/resources.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useResource } from '../api/learning.api.js';
import { useMyAttempts } from '../api/simulations.api.js';
import { localizedText } from '../components/localized-text.js';
import { AttemptsTable } from '../components/simulation-attempt-view.js';
import { languageLabel } from '../components/simulation-labels.js';
import { SimulationLauncher } from '../components/simulation-launcher.js';
import { SimulationSummary } from '../components/simulation-summary.js';

function SimulationDetails({ resource }: { resource: ResourceDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} size="small" bordered>
      {resource.status !== 'published' ? (
        <Descriptions.Item label={t('learning.detail.status')}>
          <Tag>{t(`learning.statuses.${resource.status}`)}</Tag>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('learning.detail.providers')}>
        <Flex wrap gap={4}>
          {resource.providers.map((provider) => (
            <Tag key={provider.scope} color={provider.kind === 'enterprise' ? 'gold' : 'blue'}>
              {provider.name}
            </Tag>
          ))}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('learning.detail.programs')}>{resource.programCodes.join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('learning.detail.knowledgePoints')}>{resource.knowledgePoints.join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('learning.detail.level')}>{t(`learning.levels.${resource.level}`)}</Descriptions.Item>
      <Descriptions.Item label={t('learning.detail.language')}>{languageLabel(resource.language, t)}</Descriptions.Item>
      <Descriptions.Item label={t('learning.detail.licence')}>{resource.licence}</Descriptions.Item>
    </Descriptions>
  );
}

function MyAttemptsCard({ resourceId }: { resourceId: string }) {
  const { t } = useTranslation();
  const attempts = useMyAttempts(resourceId);
  return (
    <Card title={t('simulations.page.myAttempts')} style={{ marginTop: 16 }} data-testid="simulation-my-attempts">
      {attempts.error ? <ErrorAlert error={attempts.error} onRetry={() => void attempts.refetch()} /> : null}
      <AttemptsTable attempts={attempts.data?.items ?? []} loading={attempts.isLoading} />
    </Card>
  );
}

/** One simulation: its description, the launcher (sandboxed package, live progress, score and time), my attempts, and the author's summary. */
export function SimulationPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { id = '' } = useParams();
  const query = useResource(id);
  const resource = query.data;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!resource) return <Skeleton active />;
  if (resource.type !== 'virtual_simulation') return <Empty description={t('simulations.page.notSimulation')} />;
  const title = localizedText(resource.title, locale);
  const description = localizedText(resource.description, locale);

  return (
    <>
      <PageHeader title={title} subtitle={`${t('learning.types.virtual_simulation')} · ${t('learning.detail.version', { version: resource.currentVersion })}`} backTo="/learning/simulations" />
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <SimulationLauncher resourceId={resource.id} title={title} />
        </Col>
        <Col xs={24} xl={7}>
          {description ? (
            <Card size="small" style={{ marginBottom: 16 }}>
              <Typography.Paragraph style={{ margin: 0 }}>{description}</Typography.Paragraph>
            </Card>
          ) : null}
          <SimulationDetails resource={resource} />
        </Col>
      </Row>
      <MyAttemptsCard resourceId={resource.id} />
      <SimulationSummary resourceId={resource.id} />
    </>
  );
}
