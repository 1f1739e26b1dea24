import { Card, Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Resource } from '../../../../shared/contracts/learning/resources.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useResourceList, type ResourceView } from '../api/learning.api.js';
import { ReviewActions } from '../components/review-actions.js';

export type ResourceTableProps = { view: ResourceView };

/** The review queue (with publish / return) or my own resources. */
export function ResourceTable({ view }: ResourceTableProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const list = useResourceList(view);
  const columns: TableColumnsType<Resource> = [
    { key: 'title', title: t('learning.review.columns.title'), render: (_value, resource) => <Link to={`/learning/resources/${resource.id}`}>{resource.title[locale] || resource.title['zh-CN'] || resource.title.en}</Link> },
    { key: 'type', title: t('learning.review.columns.type'), width: 120, render: (_value, resource) => <Tag color="blue">{t(`learning.types.${resource.type}`)}</Tag> },
    {
      key: 'providers',
      title: t('learning.review.columns.providers'),
      render: (_value, resource) => (
        <Flex wrap gap={4}>
          {resource.providers.map((provider) => (
            <Tag key={provider.scope}>{provider.name}</Tag>
          ))}
        </Flex>
      ),
    },
    { key: 'author', title: t('learning.review.columns.author'), width: 140, dataIndex: 'createdByName' },
    { key: 'updatedAt', title: t('learning.review.columns.updatedAt'), width: 170, render: (_value, resource) => formatDateTime(resource.updatedAt, locale) },
    view === 'review'
      ? { key: 'actions', title: t('learning.review.columns.actions'), width: 200, render: (_value, resource) => <ReviewActions id={resource.id} /> }
      : { key: 'status', title: t('learning.detail.status'), width: 110, render: (_value, resource) => <Tag>{t(`learning.statuses.${resource.status}`)}</Tag> },
  ];
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  return <Table rowKey="id" size="middle" loading={list.isLoading} columns={columns} dataSource={list.data?.items ?? []} locale={{ emptyText: t('learning.review.empty') }} pagination={false} scroll={{ x: 800 }} />;
}

export function ReviewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('learning.review.title')} subtitle={t('learning.review.subtitle')} />
      <Card>
        <ResourceTable view="review" />
      </Card>
    </>
  );
}

export function MyResourcesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('learning.mine.title')} backTo="/learning/upload" />
      <Card>
        <ResourceTable view="mine" />
      </Card>
    </>
  );
}
