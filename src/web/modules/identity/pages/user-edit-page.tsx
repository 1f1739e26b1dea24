import { CheckCircleOutlined, KeyOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Popconfirm, Row, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { localeSchema } from '../../../../shared/contracts/platform/common.js';
import type { RoleAssignment } from '../../../../shared/contracts/platform/roles.js';
import {
  setAssignmentsRequestSchema,
  updateUserRequestSchema,
  type UpdateUserRequest,
  type User,
} from '../../../../shared/contracts/platform/users.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { applyProblemToForm, emptyToUndefined, useZodRule } from '../../../ui/zod-rule.js';
import { useSetAssignments, useUpdateUser, useUser } from '../api/users.api.js';
import { AssignmentsEditor } from '../components/assignments-editor.js';
import { ResetPasswordModal } from '../components/reset-password-modal.js';
import { UserStatusTags } from '../components/user-status-tags.js';

type UserCardProps = { user: User };
type BasicsValues = { displayName: string; email?: string; locale: UpdateUserRequest['locale'] };

function BasicsCard({ user }: UserCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const zodRule = useZodRule();
  const [form] = Form.useForm<BasicsValues>();
  const updateUser = useUpdateUser();
  const shape = updateUserRequestSchema.shape;

  const onFinish = (values: BasicsValues) => {
    const request = updateUserRequestSchema.parse({ ...values, email: emptyToUndefined(values.email) ?? null });
    updateUser.mutate(
      { id: user.id, request },
      { onSuccess: () => message.success(t('identity.userForm.saved')), onError: (error) => applyProblemToForm(form, error) },
    );
  };

  return (
    <Card title={t('identity.userForm.basics')}>
      {updateUser.error ? <ErrorAlert error={updateUser.error} hideFieldErrors /> : null}
      <Form<BasicsValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ displayName: user.displayName, email: user.email ?? '', locale: user.locale }}
      >
        <Form.Item label={t('identity.userForm.username')}>
          <Typography.Text code>{user.username}</Typography.Text>
        </Form.Item>
        <Form.Item name="displayName" label={t('identity.userForm.displayName')} required rules={[zodRule(shape.displayName.unwrap())]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="email" label={t('identity.userForm.email')} rules={[zodRule(shape.email)]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="locale" label={t('identity.userForm.locale')}>
          <Select options={localeSchema.options.map((value) => ({ value, label: t(`locales.${value}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={updateUser.isPending}>
          {t('actions.save')}
        </Button>
      </Form>
    </Card>
  );
}

type AssignmentsValues = { assignments: RoleAssignment[] };

function AssignmentsCard({ user }: UserCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignmentsValues>();
  const setAssignments = useSetAssignments();
  const knownLabels = useMemo(
    () => Object.fromEntries(user.assignments.map((item) => [item.scope, item.scopeLabel])),
    [user.assignments],
  );

  const onFinish = (values: AssignmentsValues) => {
    const request = setAssignmentsRequestSchema.parse(values);
    setAssignments.mutate(
      { id: user.id, request },
      {
        onSuccess: () => message.success(t('identity.userForm.assignmentsSaved')),
        onError: (error) => applyProblemToForm(form, error),
      },
    );
  };

  return (
    <Card title={t('identity.userForm.assignments')}>
      {setAssignments.error ? <ErrorAlert error={setAssignments.error} hideFieldErrors /> : null}
      <Form<AssignmentsValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ assignments: user.assignments.map(({ role, scope }) => ({ role, scope })) }}
      >
        <AssignmentsEditor knownLabels={knownLabels} />
        <Button type="primary" htmlType="submit" loading={setAssignments.isPending} style={{ marginTop: 16 }}>
          {t('identity.userForm.saveAssignments')}
        </Button>
      </Form>
    </Card>
  );
}

function AccountCard({ user }: UserCardProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const updateUser = useUpdateUser();
  const [isResetOpen, setIsResetOpen] = useState(false);
  const isActive = user.status === 'active';

  const toggle = () => {
    const status = isActive ? 'disabled' : 'active';
    updateUser.mutate(
      { id: user.id, request: { status } },
      {
        onSuccess: () =>
          message.success(t(status === 'active' ? 'identity.users.enabled' : 'identity.users.disabled', { name: user.displayName })),
      },
    );
  };

  return (
    <Card title={t('identity.userForm.dangerZone')}>
      {updateUser.error ? <ErrorAlert error={updateUser.error} /> : null}
      {user.isLocked ? <Alert type="warning" showIcon title={t('identity.userForm.lockedNotice')} style={{ marginBottom: 12 }} /> : null}
      {user.isDemo ? <Alert type="info" showIcon title={t('identity.userForm.demoNotice')} style={{ marginBottom: 12 }} /> : null}
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'status', label: t('identity.userForm.status'), children: <UserStatusTags user={user} /> },
          { key: 'created', label: t('identity.users.columns.createdAt'), children: formatDateTime(user.createdAt, locale) },
        ]}
      />
      <Space wrap>
        <Popconfirm
          title={t(isActive ? 'identity.users.disableConfirm' : 'identity.users.enableConfirm', { name: user.displayName })}
          okText={t('actions.confirm')}
          cancelText={t('actions.cancel')}
          onConfirm={toggle}
        >
          <Button danger={isActive} icon={isActive ? <StopOutlined /> : <CheckCircleOutlined />} loading={updateUser.isPending}>
            {isActive ? t('identity.users.disable') : t('identity.users.enable')}
          </Button>
        </Popconfirm>
        <Button icon={<KeyOutlined />} onClick={() => setIsResetOpen(true)}>
          {t('identity.users.resetPassword')}
        </Button>
      </Space>
      <ResetPasswordModal
        user={isResetOpen ? { id: user.id, displayName: user.displayName } : null}
        onClose={() => setIsResetOpen(false)}
      />
    </Card>
  );
}

export function UserEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser(id);

  return (
    <>
      <PageHeader title={user.data ? user.data.displayName : t('identity.userForm.editTitle')} subtitle={user.data?.username} backTo="/users" />
      {user.error ? <ErrorAlert error={user.error} onRetry={() => void user.refetch()} /> : null}
      {user.isPending ? <Skeleton active /> : null}
      {user.data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <BasicsCard key={`basics-${user.data.id}`} user={user.data} />
              <AccountCard user={user.data} />
            </Space>
          </Col>
          <Col xs={24} lg={14}>
            <AssignmentsCard key={`assignments-${user.data.id}`} user={user.data} />
          </Col>
        </Row>
      ) : null}
    </>
  );
}
