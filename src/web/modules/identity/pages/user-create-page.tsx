import { App, Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localeSchema } from '../../../../shared/contracts/platform/common.js';
import { createUserRequestSchema, type CreateUserRequest } from '../../../../shared/contracts/platform/users.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { PageHeader } from '../../../ui/page-header.js';
import { applyProblemToForm, emptyToUndefined, useZodRule } from '../../../ui/zod-rule.js';
import { useCreateUser } from '../api/users.api.js';
import { AssignmentsEditor } from '../components/assignments-editor.js';

type CreateUserValues = Omit<CreateUserRequest, 'email'> & { email?: string };

export function UserCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const locale = useCurrentLocale();
  const zodRule = useZodRule();
  const [form] = Form.useForm<CreateUserValues>();
  const createUser = useCreateUser();
  const shape = createUserRequestSchema.shape;

  const onFinish = (values: CreateUserValues) => {
    const request = createUserRequestSchema.parse({ ...values, email: emptyToUndefined(values.email) });
    createUser.mutate(request, {
      onSuccess: (user) => {
        message.success(t('identity.userForm.created', { name: user.displayName }));
        navigate(`/users/${user.id}`);
      },
      onError: (error) => applyProblemToForm(form, error),
    });
  };

  return (
    <>
      <PageHeader title={t('identity.userForm.createTitle')} subtitle={t('identity.userForm.createSubtitle')} backTo="/users" />
      {createUser.error ? <ErrorAlert error={createUser.error} hideFieldErrors /> : null}
      <Form<CreateUserValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ locale, assignments: [{ role: undefined, scope: undefined }] }}
        data-testid="user-create-form"
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={11}>
            <Card title={t('identity.userForm.basics')}>
              <Form.Item
                name="username"
                label={t('identity.userForm.username')}
                extra={t('identity.userForm.usernameHelp')}
                required
                rules={[zodRule(shape.username, t('validation.usernameFormat'))]}
              >
                <Input autoComplete="off" autoCapitalize="none" maxLength={64} data-testid="user-username" />
              </Form.Item>
              <Form.Item name="displayName" label={t('identity.userForm.displayName')} required rules={[zodRule(shape.displayName)]}>
                <Input maxLength={100} data-testid="user-display-name" />
              </Form.Item>
              <Form.Item name="email" label={t('identity.userForm.email')} rules={[zodRule(shape.email)]}>
                <Input type="email" autoComplete="off" data-testid="user-email" />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('identity.userForm.password')}
                extra={t('identity.userForm.passwordHelp')}
                required
                rules={[zodRule(shape.password)]}
              >
                <Input.Password autoComplete="new-password" data-testid="user-password" />
              </Form.Item>
              <Form.Item name="locale" label={t('identity.userForm.locale')}>
                <Select options={localeSchema.options.map((value) => ({ value, label: t(`locales.${value}`) }))} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={13}>
            <Card title={t('identity.userForm.assignments')}>
              <AssignmentsEditor />
            </Card>
          </Col>
        </Row>
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={createUser.isPending} data-testid="user-create-submit">
            {t('actions.create')}
          </Button>
          <Button onClick={() => navigate('/users')}>{t('actions.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
