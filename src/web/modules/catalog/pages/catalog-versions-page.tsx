import { CloudUploadOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CatalogVersion } from '../../../../shared/contracts/catalog/catalog.js';
import { useVisibleNavContext } from '../../../app/nav-context.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCatalogVersions } from '../api/catalog.api.js';
import { SampleTag } from '../components/catalog-tags.js';

export function CatalogVersionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const versions = useCatalogVersions();
  const { heldRoles } = useVisibleNavContext();
  const canImport = heldRoles.has('national_admin');

  const columns: TableColumnsType<CatalogVersion> = [
    {
      key: 'id',
      title: t('catalog.versions.columns.id'),
      width: 160,
      render: (_value, version) => (
        <Link to={`/catalog/versions/${encodeURIComponent(version.id)}`} data-testid={`catalog-version-${version.id}`}>
          <Typography.Text code>{version.id}</Typography.Text>
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('catalog.versions.columns.title'),
      render: (_value, version) => (
        <Flex gap={4} wrap align="center">
          <span>{version.title}</span>
          {version.isSample ? <SampleTag /> : null}
          {version.isCurrent ? <Tag color="green">{t('catalog.currentTag')}</Tag> : null}
        </Flex>
      ),
    },
    { key: 'kind', title: t('catalog.versions.columns.kind'), width: 90, render: (_value, version) => t(`catalog.kinds.${version.kind}`) },
    { key: 'year', title: t('catalog.versions.columns.year'), dataIndex: 'year', width: 80 },
    { key: 'source', title: t('catalog.versions.columns.source'), width: 220, render: (_value, version) => version.source ?? '—' },
    {
      key: 'programs',
      title: t('catalog.versions.columns.programs'),
      width: 200,
      align: 'right',
      render: (_value, version) => `${version.programCounts.secondary} / ${version.programCounts.higher} / ${version.programCounts.undergraduate}`,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('catalog.title')}
        subtitle={t('catalog.subtitle')}
        extra={
          <>
            <Button icon={<NodeIndexOutlined />} onClick={() => navigate('/catalog/follow')} data-testid="catalog-follow-link">
              {t('catalog.actions.follow')}
            </Button>
            {canImport ? (
              <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => navigate('/catalog/import')} data-testid="catalog-import-link">
                {t('catalog.actions.import')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card title={t('catalog.versions.title')}>
        {versions.error ? <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} /> : null}
        <Table<CatalogVersion>
          rowKey="id"
          columns={columns}
          dataSource={versions.data ?? []}
          loading={versions.isPending}
          pagination={false}
          scroll={{ x: 900 }}
          size="middle"
          locale={{ emptyText: t('catalog.versions.empty') }}
          data-testid="catalog-versions-table"
        />
      </Card>
    </>
  );
}
