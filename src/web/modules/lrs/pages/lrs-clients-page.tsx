import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedLrsClient, LrsClient } from '../../../../shared/contracts/lrs/clients.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { CursorPager } from '../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCursorPaging } from '../../../ui/use-cursor-paging.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';
import { useLrsClients, useRevokeLrsClient } from '../api/lrs-clients.api.js';
import { ClientSecretModal } from '../components/client-secret-modal.js';
import { CreateClientModal } from '../components/create-client-modal.js';
import { LrsTabs } from '../components/lrs-tabs.js';

const permissionColors = { write: 'blue', 'read-own': 'cyan', 'read-all': 'purple' } as const;

export function LrsClientsPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const [limit, setLimit] = useState(20);
  const [isRevokedShown, setIsRevokedShown] = useState(false);
  const paging = useCursorPaging(JSON.stringify([limit, isRevokedShown]));
  const clients = useLrsClients({ limit, cursor: paging.cursor, includeRevoked: isRevokedShown ? 'true' : undefined });
  const revoke = useRevokeLrsClient();
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const [created, setCreated] = useState<CreatedLrsClient | null>(null);

  const columns: TableColumnsType<LrsClient> = [
    { key: 'name', title: t('lrs.clients.columns.name'), dataIndex: 'name', width: 150, fixed: isMobile ? undefined : 'left' },
    {
      key: 'key',
      title: t('lrs.clients.columns.key'),
      width: 200,
      render: (_value, client) => (
        <Typography.Text code copyable={{ text: client.key }}>
          {client.key}
        </Typography.Text>
      ),
    },
    { key: 'scope', title: t('lrs.clients.columns.scope'), width: 150, render: (_value, client) => <Tag>{client.scope}</Tag> },
    {
      key: 'permissions',
      title: t('lrs.clients.columns.permissions'),
      width: 200,
      render: (_value, client) =>
        client.permissions.map((permission) => (
          <Tag key={permission} color={permissionColors[permission]} style={{ marginBlock: 2 }}>
            {t(`lrs.clients.permissions.${permission}`)}
          </Tag>
        )),
    },
    {
      key: 'status',
      title: t('lrs.clients.columns.status'),
      width: 80,
      render: (_value, client) =>
        client.revokedAt ? <Tag>{t('lrs.clients.statusRevoked')}</Tag> : <Tag color="success">{t('lrs.clients.statusActive')}</Tag>,
    },
    { key: 'createdAt', title: t('lrs.clients.columns.createdAt'), width: 150, render: (_value, client) => formatDateTime(client.createdAt, locale) },
    {
      key: 'actions',
      title: t('lrs.clients.columns.actions'),
      width: 100,
      fixed: isMobile ? undefined : 'right',
      render: (_value, client) =>
        client.revokedAt ? null : (
          <Popconfirm
            title={t('lrs.clients.revokeConfirm', { name: client.name })}
            okText={t('lrs.clients.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('actions.cancel')}
            onConfirm={() =>
              revoke.mutate(client.id, {
                onSuccess: () => message.success(t('lrs.clients.revoked', { name: client.name })),
                onError: (error) => message.error(error.message),
              })
            }
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />} data-testid={`lrs-revoke-${client.key}`}>
              {t('lrs.clients.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <LrsTabs current="clients" />
      <PageHeader
        title={t('lrs.clients.title')}
        subtitle={t('lrs.clients.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreateOpen(true)} data-testid="lrs-client-create">
            {t('lrs.clients.create')}
          </Button>
        }
      />
      <Card>
        <Flex justify="flex-end" align="center" gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text>{t('lrs.clients.includeRevoked')}</Typography.Text>
          <Switch checked={isRevokedShown} onChange={setIsRevokedShown} size="small" />
        </Flex>
        {clients.error ? <ErrorAlert error={clients.error} onRetry={() => void clients.refetch()} /> : null}
        <Table<LrsClient>
          rowKey="id"
          columns={columns}
          dataSource={clients.data?.items ?? []}
          loading={clients.isFetching}
          pagination={false}
          scroll={{ x: 1030 }}
          size="middle"
          locale={{ emptyText: t('lrs.clients.empty') }}
          data-testid="lrs-clients-table"
        />
        <CursorPager paging={paging} nextCursor={clients.data?.nextCursor} pageSize={limit} onPageSizeChange={setLimit} isLoading={clients.isFetching} />
      </Card>
      <CreateClientModal
        isOpen={isCreateOpen}
        onClose={() => setIsCreateOpen(false)}
        onCreated={(client) => {
          setIsCreateOpen(false);
          setCreated(client);
        }}
      />
      <ClientSecretModal client={created} onClose={() => setCreated(null)} />
    </>
  );
}
