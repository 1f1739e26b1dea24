import { CheckCircleOutlined, EditOutlined, EllipsisOutlined, KeyOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { roleSchema } from '../../../../shared/contracts/platform/roles.js';
import { userStatusSchema, type User } from '../../../../shared/contracts/platform/users.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { AssignmentTags } from '../../../ui/assignment-tag.js';
import { CursorPager } from '../../../ui/cursor-pager.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useCursorPaging } from '../../../ui/use-cursor-paging.js';
import { useUpdateUser, useUsers } from '../api/users.api.js';
import { ResetPasswordModal, type ResetPasswordTarget } from '../components/reset-password-modal.js';
import { UserFilters, type UserFilterValues } from '../components/user-filters.js';
import { UserStatusTags } from '../components/user-status-tags.js';
import { useIsMobile } from '../../../ui/use-is-mobile.js';

const DEFAULT_LIMIT = 20;

function readFilters(params: URLSearchParams): UserFilterValues {
  const role = roleSchema.safeParse(params.get('role'));
  const status = userStatusSchema.safeParse(params.get('status'));
  return {
    q: params.get('q') ?? undefined,
    role: role.success ? role.data : undefined,
    scope: role.success ? (params.get('scope') ?? undefined) : undefined,
    status: status.success ? status.data : undefined,
  };
}

function writeFilters(filters: UserFilterValues, limit: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value) params.set(key, value);
  }
  if (limit !== DEFAULT_LIMIT) params.set('limit', String(limit));
  return params;
}

export function UsersPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const locale = useCurrentLocale();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readFilters(searchParams), [searchParams]);
  const limit = Number(searchParams.get('limit')) || DEFAULT_LIMIT;
  const paging = useCursorPaging(JSON.stringify([filters, limit]));
  const users = useUsers({ ...filters, limit, cursor: paging.cursor });
  const updateUser = useUpdateUser();
  const [resetTarget, setResetTarget] = useState<ResetPasswordTarget | null>(null);

  const confirmToggle = (user: User) => {
    const isActive = user.status === 'active';
    modal.confirm({
      title: t(isActive ? 'identity.users.disableConfirm' : 'identity.users.enableConfirm', { name: user.displayName }),
      okText: isActive ? t('identity.users.disable') : t('identity.users.enable'),
      okButtonProps: { danger: isActive },
      cancelText: t('actions.cancel'),
      onOk: () => toggleStatus(user),
    });
  };

  const toggleStatus = (user: User) => {
    const status = user.status === 'active' ? 'disabled' : 'active';
    updateUser.mutate(
      { id: user.id, request: { status } },
      {
        onSuccess: () =>
          message.success(t(status === 'active' ? 'identity.users.enabled' : 'identity.users.disabled', { name: user.displayName })),
        onError: (error) => message.error(error.message),
      },
    );
  };

  const columns: TableColumnsType<User> = [
    {
      key: 'user',
      title: t('identity.users.columns.displayName'),
      fixed: isMobile ? undefined : 'left',
      width: 190,
      render: (_value, user) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/users/${user.id}`}>{user.displayName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {user.username}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'roles',
      title: t('identity.users.columns.roles'),
      width: 300,
      render: (_value, user) => <AssignmentTags assignments={user.assignments} />,
    },
    {
      key: 'status',
      title: t('identity.users.columns.status'),
      width: 110,
      render: (_value, user) => <UserStatusTags user={user} isDemoHidden />,
    },
    {
      key: 'createdAt',
      title: t('identity.users.columns.createdAt'),
      width: 150,
      render: (_value, user) => formatDateTime(user.createdAt, locale),
    },
    {
      key: 'actions',
      title: t('identity.users.columns.actions'),
      fixed: isMobile ? undefined : 'right',
      width: 120,
      render: (_value, user) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => navigate(`/users/${user.id}`)}>
            {t('actions.edit')}
          </Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                {
                  key: 'toggle',
                  danger: user.status === 'active',
                  icon: user.status === 'active' ? <StopOutlined /> : <CheckCircleOutlined />,
                  label: (
                    <span data-testid={`user-toggle-${user.username}`}>
                      {user.status === 'active' ? t('identity.users.disable') : t('identity.users.enable')}
                    </span>
                  ),
                  onClick: () => confirmToggle(user),
                },
                {
                  key: 'reset',
                  icon: <KeyOutlined />,
                  label: t('identity.users.resetPassword'),
                  onClick: () => setResetTarget({ id: user.id, displayName: user.displayName }),
                },
              ],
            }}
          >
            <Button
              type="text"
              size="small"
              icon={<EllipsisOutlined />}
              aria-label={t('identity.users.columns.actions')}
              data-testid={`user-actions-${user.username}`}
            />
          </Dropdown>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('identity.users.title')}
        subtitle={t('identity.users.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/users/new')} data-testid="users-create">
            {t('identity.users.create')}
          </Button>
        }
      />
      <Card>
        <UserFilters value={filters} onChange={(next) => setSearchParams(writeFilters(next, limit))} />
        {users.error ? <ErrorAlert error={users.error} onRetry={() => void users.refetch()} /> : null}
        <Table<User>
          rowKey="id"
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.isFetching}
          pagination={false}
          scroll={{ x: 870 }}
          size="middle"
          locale={{ emptyText: t('identity.users.empty') }}
          data-testid="users-table"
        />
        <CursorPager
          paging={paging}
          nextCursor={users.data?.nextCursor}
          pageSize={limit}
          onPageSizeChange={(size) => setSearchParams(writeFilters(filters, size))}
          isLoading={users.isFetching}
        />
      </Card>
      <ResetPasswordModal user={resetTarget} onClose={() => setResetTarget(null)} />
    </>
  );
}
