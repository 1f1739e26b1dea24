import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey, CreatedApiKey } from '../../../../shared/contracts/platform/users.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { AssignmentTags } from '../../../ui/assignment-tag.js';
import { CursorPager } from '../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCursorPaging } from '../../../ui/use-cursor-paging.js';
import { useApiKeys, useRevokeApiKey } from '../api/api-keys.api.js';
import { ApiKeySecretModal } from '../components/api-key-secret-modal.js';
import { CreateApiKeyModal } from '../components/create-api-key-modal.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';

type KeyState = 'active' | 'revoked' | 'expired';

function keyState(key: ApiKey, now: number): KeyState {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

export function ApiKeysPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const [limit, setLimit] = useState(20);
  const paging = useCursorPaging(String(limit));
  const apiKeys = useApiKeys({ limit, cursor: paging.cursor });
  const revoke = useRevokeApiKey();
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const now = Date.now();

  const stateTags: Record<KeyState, { color: string; label: string }> = {
    active: { color: 'success', label: t('identity.apiKeys.statusActive') },
    revoked: { color: 'default', label: t('identity.apiKeys.statusRevoked') },
    expired: { color: 'warning', label: t('identity.apiKeys.statusExpired') },
  };

  const columns: TableColumnsType<ApiKey> = [
    { key: 'name', title: t('identity.apiKeys.columns.name'), dataIndex: 'name', fixed: isMobile ? undefined : 'left', width: 160 },
    {
      key: 'prefix',
      title: t('identity.apiKeys.columns.prefix'),
      width: 110,
      render: (_value, key) => <Typography.Text code>{key.keyPrefix}…</Typography.Text>,
    },
    {
      key: 'assignments',
      title: t('identity.apiKeys.columns.assignments'),
      width: 240,
      render: (_value, key) => <AssignmentTags assignments={key.assignments} />,
    },
    {
      key: 'status',
      title: t('identity.apiKeys.columns.status'),
      width: 90,
      render: (_value, key) => {
        const tag = stateTags[keyState(key, now)];
        return <Tag color={tag.color}>{tag.label}</Tag>;
      },
    },
    {
      key: 'createdAt',
      title: t('identity.apiKeys.columns.createdAt'),
      width: 160,
      render: (_value, key) => formatDateTime(key.createdAt, locale),
    },
    {
      key: 'expiresAt',
      title: t('identity.apiKeys.columns.expiresAt'),
      width: 160,
      render: (_value, key) => (key.expiresAt ? formatDateTime(key.expiresAt, locale) : t('identity.apiKeys.noExpiry')),
    },
    {
      key: 'lastUsedAt',
      title: t('identity.apiKeys.columns.lastUsedAt'),
      width: 160,
      render: (_value, key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt, locale) : t('time.never')),
    },
    {
      key: 'actions',
      title: t('identity.apiKeys.columns.actions'),
      fixed: isMobile ? undefined : 'right',
      width: 100,
      render: (_value, key) =>
        keyState(key, now) === 'revoked' ? null : (
          <Popconfirm
            title={t('identity.apiKeys.revokeConfirm', { name: key.name })}
            okText={t('identity.apiKeys.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('actions.cancel')}
            onConfirm={() =>
              revoke.mutate(key.id, {
                onSuccess: () => message.success(t('identity.apiKeys.revoked', { name: key.name })),
                onError: (error) => message.error(error.message),
              })
            }
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              {t('identity.apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('identity.apiKeys.title')}
        subtitle={t('identity.apiKeys.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreateOpen(true)} data-testid="api-keys-create">
            {t('identity.apiKeys.create')}
          </Button>
        }
      />
      <Card>
        {apiKeys.error ? <ErrorAlert error={apiKeys.error} onRetry={() => void apiKeys.refetch()} /> : null}
        <Table<ApiKey>
          rowKey="id"
          columns={columns}
          dataSource={apiKeys.data?.items ?? []}
          loading={apiKeys.isFetching}
          pagination={false}
          scroll={{ x: 1150 }}
          size="middle"
          locale={{ emptyText: t('identity.apiKeys.empty') }}
          data-testid="api-keys-table"
        />
        <CursorPager
          paging={paging}
          nextCursor={apiKeys.data?.nextCursor}
          pageSize={limit}
          onPageSizeChange={setLimit}
          isLoading={apiKeys.isFetching}
        />
      </Card>
      <CreateApiKeyModal
        isOpen={isCreateOpen}
        onClose={() => setIsCreateOpen(false)}
        onCreated={(key) => {
          setIsCreateOpen(false);
          setCreated(key);
        }}
      />
      <ApiKeySecretModal apiKey={created} onClose={() => setCreated(null)} />
    </>
  );
}
