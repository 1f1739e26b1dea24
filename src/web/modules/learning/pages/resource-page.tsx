import { DownloadOutlined, ExperimentOutlined, HeartFilled, HeartOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Rate, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ResourceDetail } from '../../../../shared/contracts/learning/resources.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { fileUrl, useResource, useResourceAction } from '../api/learning.api.js';
import { ResourceComments } from '../components/resource-comments.js';
import { ResourcePreview } from '../components/resource-preview.js';
import { ReviewActions } from '../components/review-actions.js';

function localized(text: Record<string, string>, locale: string): string {
  return text[locale] || text['zh-CN'] || text.en || Object.values(text).find((value) => value.length > 0) || '';
}

function Details({ resource }: { resource: ResourceDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('learning.detail.status')}>
        <Tag color={resource.status === 'published' ? 'green' : resource.status === 'returned' ? 'red' : 'default'}>{t(`learning.statuses.${resource.status}`)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('learning.detail.visibility')}>{t(`learning.visibility.${resource.visibility}`)}</Descriptions.Item>
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
      <Descriptions.Item label={t('learning.detail.language')}>{resource.language}</Descriptions.Item>
      <Descriptions.Item label={t('learning.detail.licence')}>{resource.licence}</Descriptions.Item>
      <Descriptions.Item label={t('learning.detail.rating')}>{resource.rating.average === null ? '—' : `${resource.rating.average} (${resource.rating.count})`}</Descriptions.Item>
    </Descriptions>
  );
}

export function ResourcePage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const query = useResource(id);
  const action = useResourceAction();
  const resource = query.data;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!resource) return <Skeleton active />;

  const isPublished = resource.status === 'published';
  // the caller's own stars: the ones just given until the resource is read again, else the stored ones
  const pendingRating = action.variables?.kind === 'rate' && (action.isPending || query.isFetching) ? action.variables.stars : undefined;
  const myStars = pendingRating ?? resource.myRating ?? 0;
  const extra = (
    <Space wrap>
      {isPublished ? (
        <Button icon={resource.isFavourite ? <HeartFilled /> : <HeartOutlined />} onClick={() => action.mutate({ id, kind: 'favourite', isFavourite: !resource.isFavourite })}>
          {resource.isFavourite ? t('learning.detail.unfavourite') : t('learning.detail.favourite')}
        </Button>
      ) : null}
      {resource.type === 'virtual_simulation' ? (
        <Link to={`/learning/simulations/${id}`}>
          <Button type="primary" icon={<ExperimentOutlined />} data-testid="resource-open-simulation">
            {t('learning.detail.openSimulation')}
          </Button>
        </Link>
      ) : null}
      {resource.file ? (
        <Button icon={<DownloadOutlined />} href={fileUrl(id, { download: true })}>
          {t('learning.detail.download')}
        </Button>
      ) : null}
      {resource.can.submit ? (
        <Button type="primary" onClick={() => void action.mutateAsync({ id, kind: 'submit' }).then(() => message.success(t('learning.detail.submitted')))}>
          {t('learning.detail.submit')}
        </Button>
      ) : null}
      {resource.can.review ? <ReviewActions id={id} /> : null}
    </Space>
  );

  return (
    <>
      <PageHeader title={localized(resource.title, locale)} subtitle={`${t(`learning.types.${resource.type}`)} · ${t('learning.detail.version', { version: resource.currentVersion })}`} extra={extra} backTo="/learning" />
      {action.error ? <ErrorAlert error={action.error} /> : null}
      {resource.reviewNote && resource.status === 'returned' ? <Alert type="warning" showIcon message={t('learning.detail.reviewNote')} description={resource.reviewNote} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card style={{ marginBottom: 16 }}>
            <ResourcePreview resource={resource} />
          </Card>
          <Typography.Paragraph>{localized(resource.description, locale)}</Typography.Paragraph>
          {isPublished ? <ResourceComments resourceId={id} /> : null}
        </Col>
        <Col xs={24} lg={8}>
          <Details resource={resource} />
          {isPublished ? (
            <Card size="small" title={t('learning.detail.rating')} style={{ marginTop: 16 }}>
              <div data-testid="my-rating">
                <Rate value={myStars} allowClear={false} onChange={(stars) => action.mutate({ id, kind: 'rate', stars })} />
              </div>
            </Card>
          ) : null}
          <Card size="small" title={t('learning.detail.versions')} style={{ marginTop: 16 }}>
            <Timeline
              items={resource.versions.map((version) => ({
                key: version.version,
                children: (
                  <>
                    <Typography.Text strong>{t('learning.detail.version', { version: version.version })}</Typography.Text> <Typography.Text type="secondary">{formatDateTime(version.createdAt, locale)}</Typography.Text>
                    <div>{version.changeNote || t('learning.detail.noChangeNote')}</div>
                    {version.fileName ? <Typography.Text type="secondary">{version.fileName}</Typography.Text> : null}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
